// bundle.import.dossiers.2000: ms from the file's bytes to the committed base for a bundle of
// 2 000 demo dossiers (about 15 MB, no attachments), through the app's import service:
// verification, preview, the write transaction (fake-indexeddb in Node), against `unzip` +
// `sha256sum -c` of the same bundle. `…history-proof`: the check, run after the commit, that each
// new dossier's view equals its history (see renderer/db/history-proof.ts). Zod validates without
// eval, as in the renderer whose CSP forbids it (imported first: zod reads it as schemas are built;
// in `npm run bench`, every bench after this one in the same process runs so too).
import '../../renderer/zod-without-eval';
import 'fake-indexeddb/auto';
import '@automerge/automerge';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReferentiel } from '../../cli/referentiel-node';
import { CtaiDatabase } from '../../renderer/db/database';
import { importBundle } from '../../renderer/db/import-bundle';
import type { RepositoryContext } from '../../renderer/db/dossiers-repository';
import { writeBundle, type BundleDossier } from '../../shared/bundle/write-bundle';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { createDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { result, type BenchResult } from './bench-result';

const COUNT = 2000;
const NAME = 'CTAI_00_Bench_2026-01-01_1';

/** The bundle, as the sending site writes it. */
export async function dossiersBundle(count = COUNT): Promise<Uint8Array> {
  const author = { nom: 'Banc', service: '', site: 'Essai' };
  const dossiers: BundleDossier[] = generateDemoDossiers(loadReferentiel().entries, { count, seed: 21 }).map(
    (dossier) => ({
      dossier,
      doc: saveDossierDoc(createDossierDoc(dossier, { author, summary: 'bench', paths: [] }, new Date())),
    }),
  );
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return writeBundle({
    name: NAME,
    bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
    sequence: 1,
    createdAt: new Date(),
    sender: author,
    recipient: '',
    dossiers,
    publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
    sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
  });
}

export function benchContext(): RepositoryContext {
  return {
    db: new CtaiDatabase(`bench-import-${crypto.randomUUID()}`),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    author: () => ({ nom: 'Banc d’essai', service: 'Performance', site: 'Local' }),
    automergeReady: async () => undefined,
  };
}

export async function run(): Promise<BenchResult[]> {
  const bytes = await dossiersBundle();
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-dossiers-'));
  const file = path.join(dir, `${NAME}.ctai`);
  writeFileSync(file, bytes);

  const context = benchContext();
  const start = performance.now();
  const outcome = await importBundle(context, bytes, { askUnknownSender: async () => true });
  const importMs = performance.now() - start;
  if (outcome.status !== 'imported' || (await context.db.dossiers.count()) !== COUNT)
    throw new Error(`Banc d’essai : import incomplet (${outcome.status}).`);
  const proofStart = performance.now();
  const proof = await outcome.historyProof;
  const proofMs = performance.now() - proofStart;
  if (proof.proven !== COUNT) throw new Error(`Banc d’essai : ${proof.withdrawn.length} historique(s) refusé(s).`);

  const toolsStart = performance.now();
  execFileSync(
    'sh',
    ['-c', `mkdir out && cd out && unzip -q ../${NAME}.ctai && cd ${NAME} && sha256sum -c --quiet manifest-sha256.txt`],
    {
      cwd: dir,
    },
  );
  const toolsMs = performance.now() - toolsStart;
  return [
    result('bundle.import.dossiers.2000', importMs, 'ms', {
      name: 'unzip + sha256sum -c of the same bundle',
      value: toolsMs,
    }),
    result('bundle.import.dossiers.2000.history-proof', Math.round(proofMs), 'ms'),
    result('bundle.import.dossiers.2000.size', bytes.length / 1024 / 1024, 'MB'),
  ];
}
