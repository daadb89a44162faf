// `ctai opendata --out FICHIER.csv --siret SIRET --attribuant NOM --departement CODE [--trust CLE.pem…] SOURCES…`: the
// essential data of the signed conventions and avenants (décret n° 2017-779) in the SCDL
// Subventions 2.1 schema, from dossiers (JSON), exchanges (.ctai) or folders of exchanges. A
// dossier that lacks a value the schema requires is listed, not exported, and so is one another
// préfecture signed; without the préfecture's name, SIRET and département nothing is written.
import '@automerge/automerge';
import { stat } from 'node:fs/promises';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { validateDossier } from '../../shared/dossier/validation';
import { compte } from '../../shared/format/plural';
import {
  conventionsOpenData,
  describeElsewhere,
  describeMissing,
  openDataCsv,
  SCDL_VERSION,
  type AttribuantWhere,
} from '../../shared/opendata/conventions-opendata';
import { mergeCopies, type DossierCopy } from '../../shared/programme/merge-copies';
import { readBundleFolder, readBundles } from '../bundle-folder';
import { checkNotAnInput, checkOutputFolder, CliError, writeOutputFile } from '../cli-errors';
import { readJsonFile } from '../input-file';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { takeTrustOption } from '../trust-option';
import { OPENDATA_USAGE } from '../usage';
import { readPassphrase, trusted } from './bundle';

/** Each of the préfecture's values is given by its own option. */
const CLI_WHERE: AttribuantWhere = {
  nom: 'donnez-le avec --attribuant',
  siret: 'donnez-le avec --siret',
  departementCode: 'donnez son code avec --departement (par exemple --departement 38)',
};

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The dossiers of the sources, each once: JSON files as they are; bundles and folders of bundles
 * verified (readBundleFolder), the refused ones said on stderr; copies of a dossier merged.
 */
async function readSources(
  sources: string[],
  options: { trust: string[]; passphraseFile?: string },
  io: CliIo,
): Promise<Dossier[]> {
  const byId = new Map<string, Dossier>();
  const copies = new Map<string, DossierCopy[]>();
  const knownKeys = await trusted(options.trust);
  const passphrase = options.passphraseFile ? await readPassphrase(options.passphraseFile) : undefined;
  for (const source of sources) {
    if (source.toLowerCase().endsWith('.json')) {
      const validated = validateDossier(await readJsonFile(source));
      if (!validated.ok)
        throw new CliError(
          `${source} n’est pas un dossier valide : ${validated.problems.map((p) => p.message).join(' ; ')}`,
        );
      byId.set(validated.value.id, validated.value);
      continue;
    }
    if (!(await isFolder(source)) && !source.toLowerCase().endsWith('.ctai'))
      throw new UsageError(`${source} n’est ni un dossier (.json), ni un échange (.ctai), ni un dossier d’échanges.`);
    const bundleOptions = { knownKeys, ...(passphrase ? { passphrase } : {}) };
    const read = (await isFolder(source))
      ? await readBundleFolder(source, bundleOptions)
      : await readBundles([source], bundleOptions);
    for (const refused of read.refuses) io.stderr(`Échange refusé : ${refused.fichier} — ${refused.raison}\n`);
    for (const ignored of read.ignores) io.stderr(`Non lu : ${ignored.fichier} — ${ignored.raison}\n`);
    for (const [id, list] of read.copies) copies.set(id, [...(copies.get(id) ?? []), ...list]);
  }
  for (const [id, list] of copies) if (!byId.has(id)) byId.set(id, mergeCopies(list));
  return [...byId.values()];
}

export async function opendataCommand(args: string[], io: CliIo): Promise<number> {
  const { trust, rest } = takeTrustOption(args);
  const options = parseOptions(rest, {
    out: 'string',
    siret: 'string',
    attribuant: 'string',
    departement: 'string',
    'passphrase-file': 'string',
  });
  if (!options.out || options._.length === 0) throw new UsageError(`Utilisation : ${OPENDATA_USAGE}`);
  checkNotAnInput(options.out, options._);
  await checkOutputFolder(options.out);
  const attribuant = {
    nom: options.attribuant ?? '',
    siret: (options.siret ?? '').replace(/\s/g, ''),
    departementCode: (options.departement ?? '').trim(),
  };
  const dossiers = await readSources(
    options._,
    { trust, ...(options['passphrase-file'] ? { passphraseFile: options['passphrase-file'] } : {}) },
    io,
  );
  const result = conventionsOpenData(dossiers, attribuant, CLI_WHERE);
  const elsewhere = describeElsewhere(result);
  if (result.attribuantMissing.length || result.rows.length === 0) {
    const lines = [...describeMissing(result), ...(result.attribuantMissing.length ? [] : elsewhere)];
    io.stderr(
      `Données ouvertes non exportées : ${
        lines.length
          ? 'il manque des valeurs obligatoires du schéma SCDL Subventions.'
          : 'aucune convention signée au-dessus de 23 000 €.'
      }\n${lines.map((line) => `- ${line}\n`).join('')}`,
    );
    return 1;
  }
  await writeOutputFile(options.out, openDataCsv(result.rows));
  for (const line of [...describeMissing(result), ...elsewhere]) io.stderr(`Non publié : ${line}\n`);
  io.stdout(
    `${options.out} écrit (SCDL Subventions ${SCDL_VERSION}) : ${compte(result.rows.length, 'ligne')}${
      result.missing.length
        ? `, ${compte(result.missing.length, 'dossier incomplet non publié', 'dossiers incomplets non publiés')} (liste ci-dessus)`
        : ''
    }${
      result.elsewhere.length
        ? `, ${compte(result.elsewhere.length, 'dossier signé par une autre préfecture', 'dossiers signés par d’autres préfectures')}, non publiés ici`
        : ''
    }.\n`,
  );
  return 0;
}
