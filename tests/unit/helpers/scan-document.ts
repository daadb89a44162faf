import type { BundleDocument } from '../../../shared/bundle/bundle-documents';

/**
 * A signed scan as a bundle carries it. Its `sha256` is left for the writer to compute (it hashes
 * every document itself), so the tests never hard-code one.
 */
export function scanDocument(bytes: Uint8Array, name = 'contrat-signe.pdf'): BundleDocument {
  return {
    kind: 'signed-scan',
    year: null,
    version: 1,
    format: 'pdf',
    name,
    createdAt: '2026-03-02T10:00:00.000Z',
    author: 'Claire Martin',
    signed: false,
    sha256: '',
    bytes,
  };
}
