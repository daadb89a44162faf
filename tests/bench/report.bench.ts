// report.bundles.500: ms for `ctai report` over a folder of 500 bundles holding 10 000 dossiers,
// from reading the folder to the three files written, against verifying the same 500 bundles
// alone (what `ctai bundle verify` does on each, in the same process). The issue asks for under a
// minute. 200 dossiers are sent by a second site too, with an edit of its own: their histories
// are merged. The 9 800 others are copies of 100 demo dossiers under their own ids, each carrying
// its template's history (the report reads a history only to merge copies; building 10 000 of
// them would make the set-up ten minutes long).
import '@automerge/automerge';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBundleFolder } from '../../cli/bundle-folder';
import { loadReferentiel } from '../../cli/referentiel-node';
import type { BundleDossier } from '../../shared/bundle/write-bundle';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { aSite, editedHistory, firstHistory, siteBundle, writeFiles } from '../unit/programme/programme-sites';
import { runCli } from '../unit/helpers/run-cli';
import { result, type BenchResult } from './bench-result';

const BUNDLES = 500;
const DOSSIERS = 10_000;
const SHARED = 200;
const TEMPLATES = 100;

export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ctai-bench-report-in-'));
  const out = mkdtempSync(path.join(tmpdir(), 'ctai-bench-report-out-'));
  const first = aSite('Préfecture');
  const second = aSite('Sous-préfecture');
  const templates = generateDemoDossiers(loadReferentiel().entries, { count: TEMPLATES, seed: 11 });
  const templateDocs = templates.map((dossier) => firstHistory(dossier, first));
  const fromFirst: BundleDossier[] = [];
  const fromSecond: BundleDossier[] = [];
  for (let i = 0; i < DOSSIERS; i++) {
    const template = templates[i % TEMPLATES]!;
    const dossier = { ...template, id: crypto.randomUUID() };
    if (i >= SHARED) {
      fromFirst.push({ dossier, doc: templateDocs[i % TEMPLATES]! });
      continue;
    }
    // A history of its own, then the second site's concurrent edit of it.
    const doc = editedHistory(templateDocs[i % TEMPLATES]!, first, [{ op: 'set', path: ['id'], value: dossier.id }]);
    fromFirst.push({ dossier, doc });
    const telephone = '01 02 03 04 05';
    fromSecond.push({
      dossier: {
        ...dossier,
        collectivite: { ...dossier.collectivite, contact: { ...dossier.collectivite.contact, telephone } },
      },
      doc: editedHistory(doc, second, [
        { op: 'set', path: ['collectivite', 'contact', 'telephone'], value: telephone },
      ]),
    });
  }
  // The second site's dossiers in its own bundles, the first site's spread over the rest.
  const secondBundles = 10;
  const perSecond = SHARED / secondBundles;
  const perFirst = DOSSIERS / (BUNDLES - secondBundles);
  for (let i = 0; i < BUNDLES; i++) {
    const isSecond = i < secondBundles;
    const dossiers = isSecond
      ? fromSecond.slice(i * perSecond, (i + 1) * perSecond)
      : fromFirst.slice(Math.round((i - secondBundles) * perFirst), Math.round((i - secondBundles + 1) * perFirst));
    writeFiles(folder, {
      [`echange-${String(i + 1).padStart(3, '0')}.ctai`]: await siteBundle(isSecond ? second : first, dossiers, i + 1),
    });
  }
  // Warm-up (untimed): the code both measures run is compiled before either is timed.
  await readBundleFolder(folder, { knownKeys: [] });
  const verifyStart = performance.now();
  const read = await readBundleFolder(folder, { knownKeys: [] });
  const verifyMs = performance.now() - verifyStart;
  if (read.refuses.length) throw new Error(`Banc d’essai : ${read.refuses.length} échange(s) refusé(s).`);

  const start = performance.now();
  const outcome = await runCli('report', '--in', folder, '--out', out, '--date', '2026-03-01');
  const reportMs = performance.now() - start;
  if (outcome.code !== 0) throw new Error(`Banc d’essai : ctai report a échoué : ${outcome.err}`);
  if (!outcome.out.includes(`${DOSSIERS.toLocaleString('fr-FR')} dossiers (${SHARED} copies fusionnées)`))
    throw new Error(`Banc d’essai : ctai report n’a pas compté ${DOSSIERS} dossiers : ${outcome.out}`);
  return [
    result(`report.bundles.${BUNDLES}`, reportMs, 'ms', { name: 'verifying the same bundles alone', value: verifyMs }),
  ];
}
