// `ctai demo --out DIR [--count N] [--seed S]`: realistic demo dossiers, one JSON file each.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { CliError, fileErrorMessage, writeOutputFile } from '../cli-errors';
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
  try {
    await mkdir(options.out, { recursive: true });
  } catch (error) {
    throw new CliError(
      fileErrorMessage(error, options.out, 'écrire') ?? `Le dossier ${options.out} n’a pas pu être créé.`,
    );
  }
  for (const [index, dossier] of dossiers.entries()) {
    const file = path.join(options.out, `dossier-${String(index + 1).padStart(4, '0')}.json`);
    await writeOutputFile(file, JSON.stringify(dossier, null, 2) + '\n');
  }
  io.stdout(
    `${compte(dossiers.length, 'dossier')} de démonstration ${accordNombre(dossiers.length, 'écrit')} dans ${options.out}\n`,
  );
  return 0;
}
