// WebCrypto is a standard of both the browser and Node (globalThis.crypto): shared/ uses the few
// calls below, without taking in the DOM or Node type libraries.
declare global {
  interface SharedCryptoKey {
    readonly type: string;
  }

  interface SharedSubtleCrypto {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
    importKey(
      format: 'spki',
      keyData: Uint8Array,
      algorithm: { name: 'Ed25519' },
      extractable: boolean,
      usages: ['verify'],
    ): Promise<SharedCryptoKey>;
    importKey(
      format: 'raw',
      keyData: Uint8Array,
      algorithm: 'PBKDF2',
      extractable: false,
      usages: ['deriveKey'],
    ): Promise<SharedCryptoKey>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
      baseKey: SharedCryptoKey,
      derivedKeyType: { name: 'AES-GCM'; length: 256 },
      extractable: false,
      usages: ('encrypt' | 'decrypt')[],
    ): Promise<SharedCryptoKey>;
    encrypt(
      algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
      key: SharedCryptoKey,
      data: Uint8Array,
    ): Promise<ArrayBuffer>;
    decrypt(
      algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
      key: SharedCryptoKey,
      data: Uint8Array,
    ): Promise<ArrayBuffer>;
    verify(
      algorithm: { name: 'Ed25519' },
      key: SharedCryptoKey,
      signature: Uint8Array,
      data: Uint8Array,
    ): Promise<boolean>;
  }

  var crypto: {
    subtle: SharedSubtleCrypto;
    randomUUID(): string;
    getRandomValues<T extends Uint8Array>(array: T): T;
  };
}

export {};
