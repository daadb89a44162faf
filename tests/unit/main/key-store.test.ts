import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyStore } from '../../../main/key-store';
import { userFacingMessage } from '../../../shared/ipc/user-facing-error';

function memoryStore() {
  let stored: Uint8Array | null = null;
  const aside: Uint8Array[] = [];
  return {
    deps: {
      read: async () => stored,
      write: async (bytes: Uint8Array) => {
        stored = bytes;
      },
      moveAside: async () => {
        if (stored) aside.push(stored);
        stored = null;
      },
      // A reversible stand-in for safeStorage that makes the stored bytes differ from the PEM.
      encrypt: (plain: string) => new TextEncoder().encode([...plain].reverse().join('')),
      decrypt: (cipher: Uint8Array) => [...new TextDecoder().decode(cipher)].reverse().join(''),
    },
    stored: () => stored,
    aside,
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

  it('says when its key file no longer opens, and makes a new key keeping the old file aside', async () => {
    const memory = memoryStore();
    expect(await createKeyStore(memory.deps).state()).toBe('absent');
    const unreadable = new TextEncoder().encode('scellé par une session disparue');
    await memory.deps.write(unreadable);
    const store = createKeyStore(memory.deps);
    expect(await store.state()).toBe('unreadable');
    const refusal = await store.sign(new Uint8Array([1])).catch((error: unknown) => error);
    expect(userFacingMessage(refusal)).toMatch(
      /^La clé de signature de cet ordinateur ne peut plus être ouverte.*Paramètres/,
    );

    expect(await store.renewUnreadable()).toBe(true);
    expect(memory.aside).toEqual([unreadable]);
    expect(await store.state()).toBe('ready');
    expect(await store.sign(new Uint8Array([1]))).toHaveLength(64);
    // A key that opens is never replaced this way.
    expect(await store.renewUnreadable()).toBe(false);
    expect(memory.aside).toHaveLength(1);
  });
});
