// The signing key's protection at rest, checked against a stand-in safeStorage: a Linux desktop
// without a keyring (basic_text backend) gets a passphrase, which the key store then requires.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createKeySealer,
  isPassphraseSealed,
  keyProtection,
  openWithPassphrase,
  sealWithPassphrase,
} from '../../../main/key-protection';
import { createKeyStore } from '../../../main/key-store';

/** A stand-in for Electron's safeStorage, with the backend it reports. */
function fakeSafeStorage(available: boolean, backend?: string) {
  return {
    isEncryptionAvailable: () => available,
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
    // basic_text: a fixed, public key; reversing the text stands for it here.
    encryptString: (plain: string) => new TextEncoder().encode([...plain].reverse().join('')),
    decryptString: (cipher: Uint8Array) => [...new TextDecoder().decode(cipher)].reverse().join(''),
  };
}

function keyStoreOn(storage: ReturnType<typeof fakeSafeStorage>, platform: string, initial: Uint8Array | null = null) {
  let stored = initial;
  const sealer = createKeySealer({
    protection: keyProtection(storage, platform),
    osEncrypt: (plain) => storage.encryptString(plain),
    osDecrypt: (cipher) => storage.decryptString(cipher),
  });
  const store = createKeyStore({
    read: async () => stored,
    write: async (bytes) => {
      stored = bytes;
    },
    moveAside: async () => {
      stored = null;
    },
    encrypt: (plain) => sealer.encrypt(plain),
    decrypt: (cipher) => sealer.decrypt(cipher),
    sealer,
  });
  return { store, sealer, stored: () => stored };
}

describe('the signing key’s protection', () => {
  it('is the OS store with a keyring, on Windows and macOS, and a passphrase otherwise', () => {
    expect(keyProtection(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')).toBe('systeme');
    expect(keyProtection(fakeSafeStorage(true, 'kwallet6'), 'linux')).toBe('systeme');
    expect(keyProtection(fakeSafeStorage(true, 'basic_text'), 'linux')).toBe('phrase-de-passe');
    expect(keyProtection(fakeSafeStorage(true, 'unknown'), 'linux')).toBe('phrase-de-passe');
    expect(keyProtection(fakeSafeStorage(true), 'win32')).toBe('systeme');
    expect(keyProtection(fakeSafeStorage(false), 'darwin')).toBe('phrase-de-passe');
  });

  it('seals with the passphrase, and opens only with it', () => {
    const sealed = sealWithPassphrase('-----BEGIN PRIVATE KEY-----', 'phrase de passe du poste');
    expect(isPassphraseSealed(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed)).not.toContain('PRIVATE KEY');
    expect(openWithPassphrase(sealed, 'phrase de passe du poste')).toBe('-----BEGIN PRIVATE KEY-----');
    expect(() => openWithPassphrase(sealed, 'une autre phrase de passe')).toThrow();
  });

  it('with basic_text, keeps the key locked until the passphrase is given, and seals the key with it', async () => {
    const { store, stored } = keyStoreOn(fakeSafeStorage(true, 'basic_text'), 'linux');
    await expect(store.state()).resolves.toBe('locked');
    await expect(store.sign(new Uint8Array([1]))).rejects.toThrow(/protégée par votre phrase de passe/);
    await expect(store.unlock('phrase de passe du poste')).resolves.toBe(true);
    const publicKey = await store.publicKey();
    expect(isPassphraseSealed(stored()!)).toBe(true);

    // Next session: only the same passphrase opens the same key.
    const next = keyStoreOn(fakeSafeStorage(true, 'basic_text'), 'linux', stored());
    await expect(next.store.unlock('pas la bonne phrase')).resolves.toBe(false);
    await expect(next.store.state()).resolves.toBe('locked');
    await expect(next.store.unlock('phrase de passe du poste')).resolves.toBe(true);
    await expect(next.store.publicKey()).resolves.toEqual(publicKey);
  });

  it('seals again with the passphrase a key the basic_text fallback sealed before', async () => {
    const storage = fakeSafeStorage(true, 'basic_text');
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const { store, stored } = keyStoreOn(storage, 'linux', storage.encryptString(pem));
    await expect(store.unlock('phrase de passe du poste')).resolves.toBe(true);
    expect(isPassphraseSealed(stored()!)).toBe(true);
    await expect(store.state()).resolves.toBe('ready');
  });

  it('with a keyring, never asks for a passphrase', async () => {
    const { store, stored } = keyStoreOn(fakeSafeStorage(true, 'gnome_libsecret'), 'linux');
    await expect(store.state()).resolves.toBe('absent');
    await store.publicKey();
    expect(isPassphraseSealed(stored()!)).toBe(false);
    await expect(store.state()).resolves.toBe('ready');
  });
});
