import type { OutgoingDocument } from '../../../shared/bundle/write-bundle';

/** A signed scan as a bundle carries it; the writer computes its SHA-256 from its bytes. */
export function scanDocument(bytes: Uint8Array, name = 'contrat-signe.pdf'): OutgoingDocument {
  return {
    kind: 'signed-scan',
    year: null,
    version: 1,
    format: 'pdf',
    name,
    createdAt: '2026-03-02T10:00:00.000Z',
    author: 'Claire Martin',
    signed: false,
    read: async () => bytes,
  };
}
