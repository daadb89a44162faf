// The agent's Ed25519 signing key, held by the main process only and encrypted at rest with
// the operating system's store (Electron safeStorage, passed in). Screens never see it.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface KeyStoreDeps {
  read: () => Promise<Uint8Array | null>;
  write: (bytes: Uint8Array) => Promise<void>;
  encrypt: (plain: string) => Uint8Array;
  decrypt: (cipher: Uint8Array) => string;
}

export function createKeyStore(deps: KeyStoreDeps) {
  let key: KeyObject | null = null;

  async function privateKey(): Promise<KeyObject> {
    if (key) return key;
    const stored = await deps.read();
    if (stored) {
      key = createPrivateKey(deps.decrypt(stored));
    } else {
      const pair = generateKeyPairSync('ed25519');
      const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      await deps.write(deps.encrypt(pem));
      key = pair.privateKey;
    }
    return key;
  }

  return {
    async publicKey(): Promise<Uint8Array> {
      const der = createPublicKey(await privateKey()).export({ format: 'der', type: 'spki' });
      return new Uint8Array(der);
    },
    async sign(bytes: Uint8Array): Promise<Uint8Array> {
      return new Uint8Array(sign(null, bytes, await privateKey()));
    },
  };
}
