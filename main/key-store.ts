// The agent's Ed25519 signing key, held by the main process only and encrypted at rest with
// the operating system's store (Electron safeStorage, passed in). Screens never see it: backups
// carry the key file only as the OS store sealed it.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { userFacingError } from '../shared/ipc/user-facing-error';
import { isPassphraseSealed, type KeySealer } from './key-protection';

export interface KeyStoreDeps {
  read: () => Promise<Uint8Array | null>;
  write: (bytes: Uint8Array) => Promise<void>;
  /** Keeps an unreadable key file aside (renamed, never deleted) before a new key is made. */
  moveAside: () => Promise<void>;
  encrypt: (plain: string) => Uint8Array;
  decrypt: (cipher: Uint8Array) => string;
  /** Where no OS store protects the key: the passphrase that does (see key-protection.ts). */
  sealer?: Pick<KeySealer, 'locked' | 'unlock'>;
}

/**
 * ready: the key opens; absent: none yet (made at first use); unreadable: the OS store cannot open
 * it; locked: protected by the agent's passphrase, not yet given this session.
 */
export type KeyState = 'ready' | 'absent' | 'unreadable' | 'locked';

const UNREADABLE =
  'La clé de signature de cet ordinateur ne peut plus être ouverte (le système qui la protège ne la reconnaît pas) : rien ne peut être signé. Ouvrez Paramètres → Votre clé de signature pour en créer une nouvelle.';

export function createKeyStore(deps: KeyStoreDeps) {
  let key: KeyObject | null = null;

  function unseal(sealed: Uint8Array): KeyObject {
    const opened = createPrivateKey(deps.decrypt(sealed));
    if (opened.asymmetricKeyType !== 'ed25519') throw new Error('Clé de signature qui n’est pas Ed25519.');
    return opened;
  }

  async function privateKey(): Promise<KeyObject> {
    if (key) return key;
    const stored = await deps.read();
    if (stored) {
      try {
        key = unseal(stored);
      } catch (error) {
        if (deps.sealer?.locked()) throw error;
        throw userFacingError(UNREADABLE);
      }
    } else {
      const pair = generateKeyPairSync('ed25519');
      const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      await deps.write(deps.encrypt(pem));
      key = pair.privateKey;
    }
    return key;
  }

  async function state(): Promise<KeyState> {
    if (key) return 'ready';
    if (deps.sealer?.locked()) return 'locked';
    const stored = await deps.read();
    if (!stored) return 'absent';
    try {
      key = unseal(stored);
      return 'ready';
    } catch {
      return 'unreadable';
    }
  }

  return {
    state,
    async publicKey(): Promise<Uint8Array> {
      const der = createPublicKey(await privateKey()).export({ format: 'der', type: 'spki' });
      return new Uint8Array(der);
    },
    async sign(bytes: Uint8Array): Promise<Uint8Array> {
      return new Uint8Array(sign(null, bytes, await privateKey()));
    },
    /** The key file as the OS store sealed it, for backups; null before the key exists. */
    async sealed(): Promise<Uint8Array | null> {
      return deps.read();
    },
    /**
     * Puts back a key file taken from a backup. Refused (false) when this machine's OS store
     * cannot open it (another computer or another user account): the current key then stays.
     */
    async restoreSealed(sealed: Uint8Array): Promise<boolean> {
      let restored: KeyObject;
      try {
        restored = unseal(sealed);
      } catch {
        return false;
      }
      await deps.write(sealed);
      key = restored;
      return true;
    },
    /**
     * Takes the agent's passphrase where it protects the key (true where the OS store does). A key
     * file the OS store's fallback sealed earlier is sealed again with the passphrase.
     */
    async unlock(passphrase: string): Promise<boolean> {
      if (!deps.sealer) return true;
      const stored = await deps.read();
      if (!deps.sealer.unlock(passphrase, stored)) return false;
      if (stored && !isPassphraseSealed(stored)) {
        try {
          await deps.write(deps.encrypt(deps.decrypt(stored)));
        } catch {
          // Unreadable by the fallback too: state() says so and Paramètres offers a new key.
        }
      }
      return true;
    },
    /** Makes a new key when the stored one cannot be opened (kept aside); false otherwise. */
    async renewUnreadable(): Promise<boolean> {
      if ((await state()) !== 'unreadable') return false;
      await deps.moveAside();
      await privateKey();
      return true;
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;
