// Browser mode's signing key: a non-extractable Ed25519 WebCrypto key kept in its own
// IndexedDB store, so the private key can sign but can never be read back.
const KEY_DATABASE = 'contrats-ctai-keys';
const STORE = 'keys';
const KEY_ID = 'agent';

function openKeyDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(KEY_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Base des clés inaccessible.'));
  });
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Accès à la base des clés impossible.'));
  });
}

let keyPair: Promise<CryptoKeyPair> | null = null;

async function loadOrCreateKeyPair(): Promise<CryptoKeyPair> {
  const db = await openKeyDatabase();
  try {
    const stored = await requestResult<CryptoKeyPair | undefined>(
      db.transaction(STORE).objectStore(STORE).get(KEY_ID) as IDBRequest<CryptoKeyPair | undefined>,
    );
    if (stored) return stored;
    const created = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    await requestResult(db.transaction(STORE, 'readwrite').objectStore(STORE).put(created, KEY_ID));
    return created;
  } finally {
    db.close();
  }
}

function agentKeyPair(): Promise<CryptoKeyPair> {
  keyPair ??= loadOrCreateKeyPair().catch((error: unknown) => {
    keyPair = null;
    throw error;
  });
  return keyPair;
}

export async function browserPublicKey(): Promise<Uint8Array> {
  const { publicKey } = await agentKeyPair();
  return new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
}

export async function browserSign(bytes: Uint8Array): Promise<Uint8Array> {
  const { privateKey } = await agentKeyPair();
  return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, bytes as BufferSource));
}
