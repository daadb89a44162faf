import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyStore } from '../../../main/key-store';

function memoryStore() {
  let stored: Uint8Array | null = null;
  return {
    deps: {
      read: async () => stored,
      write: async (bytes: Uint8Array) => {
        stored = bytes;
      },
      // A reversible stand-in for safeStorage that makes the stored bytes differ from the PEM.
      encrypt: (plain: string) => new TextEncoder().encode([...plain].reverse().join('')),
      decrypt: (cipher: Uint8Array) => [...new TextDecoder().decode(cipher)].reverse().join(''),
    },
    stored: () => stored,
  };
}

describe('main-process key store', () => {
  it('creates a key once, stores it encrypted and signs verifiably', async () => {
    const memory = memoryStore();
    const store = createKeyStore(memory.deps);
    const publicKey = await store.publicKey();
    const message = new TextEncoder().encode('tagmanifest');
    const signature = await store.sign(message);
    expect(signature).toHaveLength(64);
    const key = createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' });
    expect(verify(null, message, key, signature)).toBe(true);
    expect(new TextDecoder().decode(memory.stored()!)).not.toContain('PRIVATE KEY-----');

    const reopened = createKeyStore(memory.deps);
    expect(await reopened.publicKey()).toEqual(publicKey);
  });

  it('gives its sealed file for backups, and takes back one this machine can open', async () => {
    const memory = memoryStore();
    const store = createKeyStore(memory.deps);
    const before = await store.publicKey();
    const sealed = await store.sealed();
    expect(sealed).toEqual(memory.stored());

    // Another key replaces it (the file was lost and a new key made), then the backup's comes back.
    const other = createKeyStore(memoryStore().deps);
    await other.publicKey();
    expect(await store.restoreSealed((await other.sealed())!)).toBe(true);
    expect(await store.publicKey()).toEqual(await other.publicKey());
    expect(await store.restoreSealed(sealed!)).toBe(true);
    expect(await store.publicKey()).toEqual(before);
    expect(memory.stored()).toEqual(sealed);
  });

  it('keeps its key when a backup holds one sealed elsewhere, or not an Ed25519 key', async () => {
    const memory = memoryStore();
    const store = createKeyStore(memory.deps);
    const before = await store.publicKey();
    const stored = memory.stored();
    expect(await store.restoreSealed(new TextEncoder().encode('scellé par un autre système'))).toBe(false);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' });
    expect(await store.restoreSealed(memory.deps.encrypt(rsa.toString()))).toBe(false);
    expect(await store.publicKey()).toEqual(before);
    expect(memory.stored()).toBe(stored);
  });
});
