// Passphrase encryption of a bundle's payload: AES-256-GCM in chunks, each chunk bound to the
// bundle id, its index and whether it is the last (so chunks cannot be reordered, moved to
// another bundle or cut off), with a key derived by PBKDF2-SHA256. The ciphertext is what the
// manifests hash and the signature covers, so a bundle is verified before anything is decrypted.
import { BundleError } from './bundle-error';
import { utf8 } from './bytes';

export const CHUNK_SIZE = 1024 * 1024;
export const KDF_ITERATIONS = 600_000;
// A bundle names its own iteration count: bounded, so that a forged one cannot stall the reader.
const MAX_KDF_ITERATIONS = 10_000_000;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const SALT_LENGTH = 16;
export const MIN_PASSPHRASE_LENGTH = 12;

export interface EncryptionParams {
  salt: Uint8Array;
  iterations: number;
  chunkSize: number;
}

async function deriveKey(
  passphrase: string,
  params: EncryptionParams,
  usage: 'encrypt' | 'decrypt',
): Promise<SharedCryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

function associatedData(bundleId: string, index: number, last: boolean): Uint8Array {
  return utf8.encode(`CTAI ${bundleId} ${index} ${last ? 'last' : 'more'}`);
}

/** Refuses a passphrase too short to resist guessing, in French. */
export function passphraseProblem(passphrase: string): string | null {
  return passphrase.length < MIN_PASSPHRASE_LENGTH
    ? `La phrase de passe doit compter au moins ${MIN_PASSPHRASE_LENGTH} caractères (par exemple quatre mots sans rapport entre eux).`
    : null;
}

export async function encryptPayload(
  plaintext: Uint8Array,
  passphrase: string,
  bundleId: string,
  chunkSize = CHUNK_SIZE,
): Promise<{ ciphertext: Uint8Array; params: EncryptionParams }> {
  const params = { salt: crypto.getRandomValues(new Uint8Array(SALT_LENGTH)), iterations: KDF_ITERATIONS, chunkSize };
  const key = await deriveKey(passphrase, params, 'encrypt');
  const count = Math.max(1, Math.ceil(plaintext.length / chunkSize));
  const out = new Uint8Array(plaintext.length + count * (IV_LENGTH + TAG_LENGTH));
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const iv = crypto.getRandomValues(new Uint8Array(IV_LENGTH));
    const chunk = plaintext.subarray(index * chunkSize, (index + 1) * chunkSize);
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: associatedData(bundleId, index, index === count - 1) },
        key,
        chunk,
      ),
    );
    out.set(iv, offset);
    out.set(sealed, offset + IV_LENGTH);
    offset += IV_LENGTH + sealed.length;
  }
  return { ciphertext: out, params };
}

export async function decryptPayload(
  ciphertext: Uint8Array,
  passphrase: string,
  bundleId: string,
  params: EncryptionParams,
): Promise<Uint8Array> {
  if (
    !Number.isInteger(params.iterations) ||
    params.iterations < KDF_ITERATIONS ||
    params.iterations > MAX_KDF_ITERATIONS ||
    !Number.isInteger(params.chunkSize) ||
    params.chunkSize < 1024 ||
    params.chunkSize > 64 * 1024 * 1024 ||
    params.salt.length < SALT_LENGTH
  ) {
    throw new BundleError(
      'bundle-bad-bag-info',
      'Les paramètres de chiffrement de l’échange sont invalides : il est refusé. Demandez à l’expéditeur de le renvoyer.',
    );
  }
  const key = await deriveKey(passphrase, params, 'decrypt');
  const sealedSize = IV_LENGTH + params.chunkSize + TAG_LENGTH;
  const count = Math.max(1, Math.ceil(ciphertext.length / sealedSize));
  const plaintext = new Uint8Array(Math.max(0, ciphertext.length - count * (IV_LENGTH + TAG_LENGTH)));
  let written = 0;
  for (let index = 0; index < count; index++) {
    const sealed = ciphertext.subarray(index * sealedSize, (index + 1) * sealedSize);
    if (sealed.length < IV_LENGTH + TAG_LENGTH)
      throw new BundleError(
        'bundle-decryption-failed',
        'Le contenu chiffré de l’échange est tronqué : il est refusé. Demandez à l’expéditeur de le renvoyer.',
      );
    let chunk: Uint8Array;
    try {
      chunk = new Uint8Array(
        await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: sealed.subarray(0, IV_LENGTH),
            additionalData: associatedData(bundleId, index, index === count - 1),
          },
          key,
          sealed.subarray(IV_LENGTH),
        ),
      );
    } catch {
      throw index === 0
        ? new BundleError(
            'bundle-wrong-passphrase',
            'La phrase de passe ne permet pas d’ouvrir cet échange. Vérifiez-la auprès de l’expéditeur (par téléphone, pas par courriel) et recommencez.',
          )
        : new BundleError(
            'bundle-decryption-failed',
            'Une partie du contenu chiffré ne se déchiffre pas : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
          );
    }
    plaintext.set(chunk, written);
    written += chunk.length;
  }
  return plaintext;
}
