// A bundle to write in tests: demo dossiers, each with its history and a scan of its own bytes.
import { generateKeyPairSync, sign } from 'node:crypto';
import type { BundleInput } from '../../../shared/bundle/write-bundle';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import { demoDossiers } from './demo';
import { scanDocument } from './scan-document';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');

/** `count` dossiers, each with a scan of `scanSize` bytes filled with its own letter (A, B, C…). */
export function testBundleInput(count: number, scanSize = 4000): BundleInput {
  const author = { nom: 'Claire Martin', service: '', site: 'Préfecture de l’Isère' };
  return {
    name: 'CTAI_38_Prefecture-de-l-Isere_2026-03-01_1',
    bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
    sequence: 1,
    createdAt: new Date('2026-03-01T10:00:00Z'),
    sender: author,
    recipient: '',
    dossiers: demoDossiers({ count }).map((dossier, i) => {
      const scan = new Uint8Array(scanSize).fill(65 + i);
      scan.set(new TextEncoder().encode('%PDF-1.7\n'));
      return {
        dossier,
        doc: saveDossierDoc(createDossierDoc(dossier, { author, summary: 'essai', paths: [] }, new Date())),
        documents: [scanDocument(scan, `scan-${i}.pdf`)],
      };
    }),
    publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
    sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}
