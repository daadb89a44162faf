// `ctai demo --out DIR [--count N] [--seed S]`: realistic demo dossiers, one JSON file each.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { checkOutputFolder, CliError, fileErrorMessage, writeOutputFile } from '../cli-errors';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { loadReferentiel } from '../referentiel-node';
import { DEMO_USAGE } from '../usage';
import { accordNombre, compte } from '../../shared/format/plural';

export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, { out: 'string', count: 'string', seed: 'string' });
  if (!options.out) throw new UsageError(`Indiquez le dossier de sortie : ${DEMO_USAGE}`);
  const count = Number(options.count ?? 20);
  const seed = Number(options.seed ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > 100_000)
    throw new UsageError('--count doit être un entier entre 1 et 100 000.');
  if (!Number.isInteger(seed)) throw new UsageError('--seed doit être un entier.');
  const dossiers = generateDemoDossiers(loadReferentiel().entries, { count, seed });
  await makeOutputFolder(options.out);
  for (const [index, dossier] of dossiers.entries()) {
    const file = path.join(options.out, `dossier-${String(index + 1).padStart(4, '0')}.json`);
    await writeOutputFile(file, JSON.stringify(dossier, null, 2) + '\n');
  }
  io.stdout(
    `${compte(dossiers.length, 'dossier')} de démonstration ${accordNombre(dossiers.length, 'écrit')} dans ${options.out}\n`,
  );
  return 0;
}

/**
 * The demo's folder: used when it exists, else made in its parent, which must exist (as for
 * every output of ctai). Never a whole chain at once: Node's recursive mkdir retries for ever
 * where a folder can be neither found nor made (« /proc/demo »).
 */
async function makeOutputFolder(folder: string): Promise<void> {
  const existing = await stat(folder).catch(() => null);
  if (existing?.isDirectory()) return;
  if (!existing) await checkOutputFolder(folder);
  try {
    await mkdir(folder);
  } catch (error) {
    throw new CliError(fileErrorMessage(error, folder, 'écrire') ?? `Le dossier ${folder} n’a pas pu être créé.`);
  }
}
