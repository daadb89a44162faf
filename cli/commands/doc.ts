// `ctai doc letter|contract|amendment --dossier FILE.json --format docx|pdf --out FILE [--year YYYY]`
import { buildDocument, renderDocument, type DocumentFormat, type DocumentKind } from '../../shared/documents/generate';
import { isRealDate } from '../../shared/dossier/schema-primitives';
import { validateDossier } from '../../shared/dossier/validation';
import { checkOutputFolder, readJsonFile, writeOutputFile } from '../cli-errors';
import { loadPdfFonts } from '../document-fonts';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { DOC_USAGE } from '../usage';

const KINDS: DocumentKind[] = ['letter', 'contract', 'amendment'];

export async function docCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, {
    dossier: 'string',
    format: 'string',
    out: 'string',
    year: 'string',
    date: 'string',
    author: 'string',
  });
  const kind = options._[0] as DocumentKind | undefined;
  if (!kind || !KINDS.includes(kind))
    throw new UsageError(`Indiquez le document (letter, contract ou amendment) : ${DOC_USAGE}`);
  if (!options.dossier || !options.out) throw new UsageError(`Indiquez --dossier et --out : ${DOC_USAGE}`);
  const format = (options.format ?? 'pdf') as DocumentFormat;
  if (format !== 'docx' && format !== 'pdf') throw new UsageError('--format doit valoir docx ou pdf.');
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && (!/^\d{4}$/.test(options.year ?? '') || !Number.isInteger(year)))
    throw new UsageError('--year doit être une année, par exemple 2026.');
  // The year of an avenant is never guessed (the current year would print an act nobody asked for).
  if (kind === 'amendment' && year === undefined)
    throw new UsageError('Indiquez l’année de l’avenant avec --year AAAA (par exemple --year 2027).');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date doit être au format AAAA-MM-JJ.');
  if (!isRealDate(date))
    throw new UsageError(`--date : ${date} n’est pas une date du calendrier ; indiquez une date réelle (AAAA-MM-JJ).`);

  // The output's folder is checked first: no work is done for a file that cannot be written.
  await checkOutputFolder(options.out);
  const json = await readJsonFile(options.dossier);
  const dossier = validateDossier(json);
  if (!dossier.ok) {
    io.stderr(
      `Le dossier ${options.dossier} n’est pas valide ; corrigez ${dossier.problems.length > 1 ? 'ces champs' : 'ce champ'} dans l’application ou dans le fichier :\n${dossier.problems.map((p) => `- ${p.message}`).join('\n')}\n`,
    );
    return 1;
  }
  const built = buildDocument({
    kind,
    dossier: dossier.value,
    author: options.author ?? 'Contrats CTAI',
    date,
    ...(year !== undefined ? { year } : {}),
  });
  if (!built.ok && built.unprintable?.length) {
    io.stderr(
      `Le document ne peut pas être produit : ${built.unprintable.length > 1 ? 'ces champs contiennent' : 'ce champ contient'} des caractères que les polices des documents n’ont pas ; remplacez-les dans le dossier.\n${built.unprintable.map((m) => `- ${m.message} (${m.path})`).join('\n')}\n`,
    );
    return 1;
  }
  if (!built.ok) {
    const lines = [
      ...built.missing.map((m) => `- ${m.message} (${m.path})`),
      ...(built.unknownFields ?? []).map((f) => `- Champ inconnu dans un modèle d’article : {${f}}`),
    ];
    io.stderr(`Le document ne peut pas être produit ; à compléter ou corriger :\n${lines.join('\n')}\n`);
    return 1;
  }
  const bytes = await renderDocument(built.model, format, loadPdfFonts());
  await writeOutputFile(options.out, bytes);
  io.stdout(`${options.out} écrit (${bytes.length.toLocaleString('fr-FR')} octets).\n`);
  return 0;
}
