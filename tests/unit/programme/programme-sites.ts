// Bundles as they would arrive from two sites of the programme: site A and site B each send the
// dossiers they follow, some dossiers followed (and edited) by both. For the report's tests and
// benchmark.
import '@automerge/automerge';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeBundle, type BundleDossier } from '../../../shared/bundle/write-bundle';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import {
  changeDossierDoc,
  createDossierDoc,
  loadDossierDoc,
  saveDossierDoc,
  type DossierEdit,
} from '../../../shared/sync/dossier-doc';

export interface Site {
  name: string;
  privateKey: KeyObject;
  spki: Uint8Array;
  pem: string;
}

export function aSite(name: string): Site {
  const pair = generateKeyPairSync('ed25519');
  return {
    name,
    privateKey: pair.privateKey,
    spki: new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' })),
    pem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

const AT = new Date('2026-03-01T10:00:00Z');

/** A dossier's history as its first site created it. */
export function firstHistory(dossier: Dossier, site: Site): Uint8Array {
  const author = { nom: 'Agent', service: '', site: site.name };
  return saveDossierDoc(createDossierDoc(dossier, { author, summary: 'Création', paths: [] }, AT));
}

/** The history another site holds after editing the dossier it received. */
export function editedHistory(doc: Uint8Array, site: Site, edits: DossierEdit[]): Uint8Array {
  const author = { nom: 'Agent', service: '', site: site.name };
  return saveDossierDoc(
    changeDossierDoc(
      loadDossierDoc(doc),
      edits,
      { author, summary: 'Modification', paths: [] },
      new Date(AT.getTime() + 86_400_000),
    ),
  );
}

/** A signed bundle of `dossiers` from `site`. */
export function siteBundle(site: Site, dossiers: BundleDossier[], sequence: number): Promise<Uint8Array> {
  return writeBundle({
    name: `CTAI_00_${site.name.replace(/[^A-Za-z]/g, '-')}_2026-03-01_${sequence}`,
    bundleId: randomUUID(),
    sequence,
    createdAt: AT,
    sender: { nom: 'Agent', service: '', site: site.name },
    recipient: 'DGEF',
    dossiers,
    publicKey: site.spki,
    sign: async (message) => new Uint8Array(sign(null, message, site.privateKey)),
  });
}

export function writeFiles(folder: string, files: Record<string, Uint8Array | string>): void {
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
}
