// `ctai doc KIND --dossier FILE.json --format docx|pdf --out FILE [--year YYYY] [--meeting YYYY-MM-DD]`,
// KIND any of the registry (shared/documents/document-kinds.ts).
import path from 'node:path';
import { DOCUMENT_KIND_NAMES, DOCUMENT_KINDS, isDocumentKind } from '../../shared/documents/document-kinds';
import { buildDocument, renderDocument, type DocumentFormat } from '../../shared/documents/generate';
import {
  DEFAULT_INSTRUCTION,
  INSTRUCTION_DATE_KEY,
  INSTRUCTION_NOR_KEY,
  NOR_PATTERN,
  norProblem,
} from '../../shared/documents/national-instruction';
import { recordedLetterDate } from '../../shared/documents/build-letter';
import {
  FINANCE_LAW_PATH,
  FINANCE_LAWS,
  financeLawKey,
  lawObjet,
  type FinanceLawNature,
} from '../../shared/documents/finance-laws';
import { dateEnLettres } from '../../shared/format/dates';
import { documentDateProblem, FIRST_YEAR, isRealDate, LAST_YEAR } from '../../shared/dossier/schema-primitives';
import { contractYears } from '../../shared/dossier/commitment';
import { validateDossier } from '../../shared/dossier/validation';
import { checkNotAnInput, checkOutputFolder, writeOutputFile } from '../cli-errors';
import { readJsonFile } from '../input-file';
import { loadPdfFonts } from '../document-fonts';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { DOC_USAGE } from '../usage';

export async function docCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, {
    dossier: 'string',
    format: 'string',
    out: 'string',
    year: 'string',
    date: 'string',
    author: 'string',
    meeting: 'string',
    'loi-de-finances': 'string',
    'loi-speciale': 'string',
    'instruction-nor': 'string',
    'instruction-date': 'string',
  });
  const kind = options._[0];
  if (!kind) throw new UsageError(`Indiquez le document (${DOCUMENT_KIND_NAMES.join(', ')}) : ${DOC_USAGE}`);
  if (!isDocumentKind(kind))
    throw new UsageError(
      `« ${kind.slice(0, 40)} » n’est pas un document que ctai produit ; indiquez l’un de ceux-ci : ${DOCUMENT_KIND_NAMES.join(', ')}. ${DOC_USAGE}`,
    );
  if (!options.dossier || !options.out) throw new UsageError(`Indiquez --dossier et --out : ${DOC_USAGE}`);
  const format = (options.format ?? 'pdf') as DocumentFormat;
  if (format !== 'docx' && format !== 'pdf') throw new UsageError('--format doit valoir docx ou pdf.');
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && (!/^\d{4}$/.test(options.year ?? '') || !Number.isInteger(year)))
    throw new UsageError('--year doit être une année, par exemple 2026.');
  if (year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR))
    throw new UsageError(
      `--year : ${year} est hors des années acceptées, de ${FIRST_YEAR} à ${LAST_YEAR} ; indiquez l’année du document, par exemple 2027.`,
    );
  const parameter = DOCUMENT_KINDS[kind].parameter;
  if (parameter === 'meeting' && !options.meeting)
    throw new UsageError('Indiquez la date du comité avec --meeting AAAA-MM-JJ (par exemple --meeting 2026-10-12).');
  if (options.meeting !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.meeting) && isRealDate(options.meeting)))
    throw new UsageError(
      `--meeting : ${options.meeting} n’est pas une date du calendrier au format AAAA-MM-JJ ; indiquez la date du comité, par exemple 2026-10-12.`,
    );
  // The same range as every date and year of the app (schema-primitives.ts).
  const meetingProblem = options.meeting === undefined ? null : documentDateProblem(options.meeting);
  if (meetingProblem)
    throw new UsageError(`--meeting : ${meetingProblem} ; indiquez la date du comité, par exemple 2026-10-12.`);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date doit être au format AAAA-MM-JJ.');
  if (!isRealDate(date))
    throw new UsageError(`--date : ${date} n’est pas une date du calendrier ; indiquez une date réelle (AAAA-MM-JJ).`);
  const dateProblem = documentDateProblem(date);
  if (dateProblem)
    throw new UsageError(`--date : ${dateProblem} ; indiquez la date du document, par exemple 2026-03-15.`);
  // A letter is dated the day it is sent: never a day to come.
  const today = new Date().toISOString().slice(0, 10);
  if (kind === 'letter' && date > today)
    throw new UsageError(
      `--date : le ${dateEnLettres(date)} est après aujourd’hui ; une lettre d’intention est datée du jour où elle est envoyée : indiquez cette date, au plus tard le ${dateEnLettres(today)}.`,
    );

  // The output's folder is checked first: no work is done for a file that cannot be written.
  if (path.extname(options.out).toLowerCase() !== `.${format}`)
    throw new UsageError(
      `--out doit finir par .${format}, le format demandé (par exemple --out contrat.${format}) : un autre nom tromperait qui ouvre le fichier.`,
    );
  checkNotAnInput(options.out, [options.dossier]);
  await checkOutputFolder(options.out);
  const json = await readJsonFile(options.dossier);
  const dossier = validateDossier(json);
  if (!dossier.ok) {
    io.stderr(
      `Le dossier ${options.dossier} n’est pas valide ; corrigez ${dossier.problems.length > 1 ? 'ces champs' : 'ce champ'} dans l’application ou dans le fichier :\n${dossier.problems.map((p) => `- ${p.message}`).join('\n')}\n`,
    );
    return 1;
  }
  // The year of an avenant or a report is never guessed (the current year would print an act
  // nobody asked for); the example given is one the contract allows.
  if (parameter === 'year' && year === undefined) {
    const years = contractYears(dossier.value).slice(kind === 'amendment' ? 1 : 0);
    const what = (DOCUMENT_KINDS[kind].choiceLabel ?? 'Année').replace(/^Année/, 'année');
    throw new UsageError(
      years.length
        ? `Indiquez l’${what} avec --year AAAA : ${years.length > 1 ? `l’une des années ${years.slice(0, -1).join(', ')} ou ${years.at(-1)}` : `l’année ${years[0]}`} du contrat (par exemple --year ${years[0]}).`
        : `Indiquez l’${what} avec --year AAAA, l’une des années du contrat ; le dossier n’indique pas encore sa première année et sa durée (onglet Contrat).`,
    );
  }
  // A letter is dated the day its step was recorded: another --date would be silently ignored.
  const recorded = kind === 'letter' ? recordedLetterDate(dossier.value) : '';
  if (options.date && recorded && recorded !== options.date)
    throw new UsageError(
      `--date : la lettre d’intention de ce dossier est datée du ${dateEnLettres(recorded)}, jour enregistré pour l’étape « Lettre d’intention » (onglet Synthèse) ; retirez --date, ou changez la date de l’étape dans l’application pour dater la lettre autrement.`,
    );
  // Laws the app's table does not know, as Paramètres holds them in the app.
  const laws = [
    financeLawOption(options['loi-de-finances'], 'finances'),
    financeLawOption(options['loi-speciale'], 'speciale'),
  ].filter((law) => law !== null);
  const instructionDate = instructionDateOption(options['instruction-date']);
  const nor = norOption(options['instruction-nor'], instructionDate ?? DEFAULT_INSTRUCTION.date);
  const settings: Record<string, string> = Object.fromEntries(
    laws.flatMap((law) => [
      [financeLawKey(law.annee, 'numero', law.nature), law.numero],
      [financeLawKey(law.annee, 'date', law.nature), law.date],
    ]),
  );
  if (nor) settings[INSTRUCTION_NOR_KEY] = nor;
  if (instructionDate) settings[INSTRUCTION_DATE_KEY] = instructionDate;
  const articles = Object.keys(settings).length ? settings : undefined;
  const built = buildDocument({
    kind,
    dossier: dossier.value,
    ...(articles ? { articles } : {}),
    author: options.author ?? 'Contrats CTAI',
    date,
    ...(year !== undefined ? { year } : {}),
    ...(options.meeting !== undefined ? { meeting: options.meeting } : {}),
  });
  if (!built.ok && built.unprintable?.length) {
    io.stderr(
      `Le document ne peut pas être produit : ${built.unprintable.length > 1 ? 'ces champs contiennent' : 'ce champ contient'} des caractères que les polices des documents n’ont pas ; remplacez-les dans le dossier.\n${built.unprintable.map((m) => `- ${m.message} (${m.path})`).join('\n')}\n`,
    );
    return 1;
  }
  if (!built.ok) {
    const lines = [
      ...built.missing.map((m) =>
        m.path === FINANCE_LAW_PATH
          ? `- ${m.message} En ligne de commande : --loi-de-finances ANNÉE,NUMÉRO,AAAA-MM-JJ (par exemple --loi-de-finances 2026,2025-1234,2025-12-30), ou --loi-speciale ANNÉE,NUMÉRO,AAAA-MM-JJ pour une loi spéciale.`
          : `- ${m.message} (${m.path})`,
      ),
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

/**
 * `--instruction-nor INTV1900000J`: the national instruction's NOR, as Paramètres holds it in the
 * app, checked against the instruction's ISO `date` (national-instruction.ts, norProblem).
 */
function norOption(value: string | undefined, date: string): string | null {
  if (value === undefined) return null;
  const problem = norProblem(value, date);
  if (problem)
    throw new UsageError(
      `--instruction-nor : « ${value.slice(0, 40)} » ne convient pas. ${problem}${NOR_PATTERN.test(value.trim().toUpperCase()) ? ' Donnez aussi --instruction-date AAAA-MM-JJ pour une autre instruction que celle du 17 janvier 2019.' : ''}`,
    );
  return value.trim().toUpperCase();
}

/** `--instruction-date 2024-03-12`: the date of a national instruction other than the default one. */
function instructionDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const problem =
    !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)
      ? `${value} n’est pas une date du calendrier au format AAAA-MM-JJ`
      : documentDateProblem(value);
  if (problem)
    throw new UsageError(
      `--instruction-date : ${problem} ; indiquez la date de l’instruction, par exemple 2024-03-12.`,
    );
  return value;
}

/**
 * `--loi-de-finances 2026,2025-1234,2025-12-30` (or `--loi-speciale …`): the year, number and date
 * of promulgation of a law the app's table does not know (finance-laws.ts), of that nature.
 */
function financeLawOption(
  value: string | undefined,
  nature: FinanceLawNature,
): { annee: number; nature: FinanceLawNature; numero: string; date: string } | null {
  if (value === undefined) return null;
  const option = nature === 'speciale' ? '--loi-speciale' : '--loi-de-finances';
  const match = /^\s*(\d{4})\s*,\s*(\d{4}-\d{1,5})\s*,\s*(\S+)\s*$/.exec(value);
  const annee = Number(match?.[1]);
  const problem = !match
    ? `${value} n’est pas de la forme ANNÉE,NUMÉRO,AAAA-MM-JJ`
    : annee < FIRST_YEAR || annee > LAST_YEAR
      ? `${annee} est hors des années acceptées, de ${FIRST_YEAR} à ${LAST_YEAR}`
      : documentDateProblem(match[3]!);
  if (problem)
    throw new UsageError(
      `${option} : ${problem} ; indiquez l’année, le numéro et la date de promulgation de la loi, par exemple ${option} 2026,2025-1234,2025-12-30.`,
    );
  // A law the table knows is the law: the option gives only what the app does not know yet, so
  // that no act (a signed one reprinted, above all) cites another number for a known law.
  const known = FINANCE_LAWS.find((law) => law.annee === annee && law.nature === nature);
  if (known && (known.numero !== match![2] || known.date !== match![3]))
    throw new UsageError(
      `${option} : la loi ${lawObjet(nature, annee)} est connue de l’application (loi n° ${known.numero} du ${dateEnLettres(known.date)}) ; retirez l’option, qui ne sert que pour une année que l’application ne connaît pas encore.`,
    );
  return { annee, nature, numero: match![2]!, date: match![3]! };
}
