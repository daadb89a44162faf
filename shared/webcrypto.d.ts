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
    verify(
      algorithm: { name: 'Ed25519' },
      key: SharedCryptoKey,
      signature: Uint8Array,
      data: Uint8Array,
    ): Promise<boolean>;
  }

  var crypto: { subtle: SharedSubtleCrypto; randomUUID(): string };
}

export {};
