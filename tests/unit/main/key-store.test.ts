import { createPublicKey, verify } from 'node:crypto';
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
});
