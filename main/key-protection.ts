// How the signing key is protected at rest on this computer. Electron's safeStorage encrypts with
// the operating system's store (DPAPI, Keychain, the Linux keyring); on a Linux desktop without a
// keyring it falls back to « basic_text », a key written in Chromium's source: the signing key
// (and its copy in every backup) would then be protected by nothing. So the backend is checked,
// and where no OS protection exists the key is sealed with a passphrase the agent chooses,
// asked once per session (Paramètres says so).
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { userFacingError } from '../shared/ipc/user-facing-error';

/** 'systeme': the OS store protects the key; 'phrase-de-passe': the agent's passphrase does. */
export type KeyProtection = 'systeme' | 'phrase-de-passe';

/** The part of Electron's safeStorage this check reads. */
export interface SafeStorageProbe {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text', 'gnome_libsecret', 'kwallet5', 'kwallet6', 'unknown'… */
  getSelectedStorageBackend?(): string;
}

/** Backends that are not a keyring: Chromium's fixed key, or none chosen yet. */
const NO_KEYRING = new Set(['basic_text', 'unknown']);

/**
 * Which protection the key gets on this computer: the OS store when encryption is available and,
 * on Linux, backed by a keyring; the passphrase otherwise. `platform` is `process.platform`.
 */
export function keyProtection(safeStorage: SafeStorageProbe, platform: string): KeyProtection {
  if (!safeStorage.isEncryptionAvailable()) return 'phrase-de-passe';
  if (platform === 'linux' && NO_KEYRING.has(safeStorage.getSelectedStorageBackend?.() ?? 'unknown'))
    return 'phrase-de-passe';
  return 'systeme';
}

/** Marks a key file sealed with a passphrase (a file sealed by the OS store does not start so). */
const MAGIC = new TextEncoder().encode('CTAI-CLE-1\n');
// scrypt's usual interactive cost (RFC 7914 §2): about 100 ms, 32 MiB.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

const LOCKED =
  'Sur cet ordinateur, le système ne protège pas la clé de signature : elle est protégée par votre phrase de passe. Ouvrez Paramètres → Votre clé de signature et saisissez-la.';

/** Whether a key file is sealed with a passphrase (rather than by the OS store). */
export function isPassphraseSealed(bytes: Uint8Array): boolean {
  return bytes.length > MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}

/** Seals `plain` with `passphrase`: magic, salt (16), nonce (12), AES-256-GCM tag (16), ciphertext. */
export function sealWithPassphrase(plain: string, passphrase: string): Uint8Array {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(passphrase, salt, 32, SCRYPT), nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return new Uint8Array(Buffer.concat([MAGIC, salt, nonce, cipher.getAuthTag(), body]));
}

/** Opens what {@link sealWithPassphrase} sealed; throws on a wrong passphrase or another format. */
export function openWithPassphrase(sealed: Uint8Array, passphrase: string): string {
  if (!isPassphraseSealed(sealed)) throw new Error('not sealed with a passphrase');
  const at = MAGIC.length;
  const salt = sealed.subarray(at, at + 16);
  const nonce = sealed.subarray(at + 16, at + 28);
  const tag = sealed.subarray(at + 28, at + 44);
  const decipher = createDecipheriv('aes-256-gcm', scryptSync(passphrase, salt, 32, SCRYPT), nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(at + 44)), decipher.final()]).toString('utf8');
}

export interface KeySealerDeps {
  protection: KeyProtection;
  /** safeStorage's own encryption (whatever its backend). */
  osEncrypt: (plain: string) => Uint8Array;
  osDecrypt: (cipher: Uint8Array) => string;
}

/**
 * The encrypt/decrypt pair the key store uses, by protection. With a passphrase: locked until
 * {@link unlock} (sealing or opening then throws a French sentence saying where to type it); a key
 * file sealed earlier by the OS store's fallback still opens, and is sealed with the passphrase at
 * its next write.
 */
export function createKeySealer(deps: KeySealerDeps) {
  let passphrase: string | null = null;
  const locked = () => deps.protection === 'phrase-de-passe' && passphrase === null;
  return {
    protection: deps.protection,
    locked,
    encrypt(plain: string): Uint8Array {
      if (deps.protection === 'systeme') return deps.osEncrypt(plain);
      if (passphrase === null) throw userFacingError(LOCKED);
      return sealWithPassphrase(plain, passphrase);
    },
    decrypt(cipher: Uint8Array): string {
      if (deps.protection === 'systeme') return deps.osDecrypt(cipher);
      if (passphrase === null) throw userFacingError(LOCKED);
      return isPassphraseSealed(cipher) ? openWithPassphrase(cipher, passphrase) : deps.osDecrypt(cipher);
    },
    /**
     * Takes the agent's passphrase for this session. With a key file sealed by a passphrase, only
     * the one that opens it is taken (false otherwise); with none yet, the passphrase is chosen.
     */
    unlock(candidate: string, stored: Uint8Array | null): boolean {
      if (deps.protection === 'systeme') return true;
      if (stored && isPassphraseSealed(stored)) {
        try {
          openWithPassphrase(stored, candidate);
        } catch {
          return false;
        }
      }
      passphrase = candidate;
      return true;
    },
  };
}

export type KeySealer = ReturnType<typeof createKeySealer>;
