// `ctai report --in DOSSIER --out DOSSIER_SORTIE [--trust CLE.pem…] [--passphrase-file F] [--date AAAA-MM-JJ]`:
// the programme's figures from every exchange of a folder, as they arrive from each préfecture —
// each bundle verified, the refused ones named with why, each dossier counted once however many
// sites sent it — written as programme.json, programme.csv and programme.pdf (one page, charts).
import '@automerge/automerge';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isRealDate } from '../../shared/dossier/schema-primitives';
import { buildProgrammeDocument } from '../../shared/programme/build-programme-document';
import { mergeCopies } from '../../shared/programme/merge-copies';
import { programmeFacts } from '../../shared/programme/programme-facts';
import {
  programmeHeadline,
  programmeReport,
  programmeReportCsv,
  type ProgrammeReport,
} from '../../shared/programme/programme-report';
import { renderDocument } from '../../shared/documents/generate';
import { compte } from '../../shared/format/plural';
import { readBundleFolder, type FolderDossiers } from '../bundle-folder';
import { CliError, writeOutputFile } from '../cli-errors';
import { loadPdfFonts } from '../document-fonts';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { takeTrustOption } from '../trust-option';
import { REPORT_USAGE } from '../usage';
import { readPassphrase, trusted } from './bundle';

/** The report file: the figures, with what they were read from. */
export interface ReportFile extends ProgrammeReport {
  phrase: string;
  /** Bundles read, refused (with why), and other files of the folder not read (with why). */
  echanges: { lus: FolderDossiers['lus']; refuses: FolderDossiers['refuses']; nonLus: FolderDossiers['ignores'] };
  /** Dossiers read (each once), and copies of a dossier merged with another site's. */
  dossiers: { comptes: number; copiesFusionnees: number };
}

/**
 * The report of a folder (each dossier once, merged across sites), and its files' contents.
 * `date`: ISO date the overdue items are judged on.
 */
export async function reportFolder(
  folder: string,
  options: { trust: string[]; passphraseFile?: string; date: string },
): Promise<ReportFile> {
  const read = await readBundleFolder(folder, {
    knownKeys: await trusted(options.trust),
    ...(options.passphraseFile ? { passphrase: await readPassphrase(options.passphraseFile) } : {}),
  });
  let merged = 0;
  const facts = [...read.copies.values()].map((copies) => {
    merged += copies.length - 1;
    return programmeFacts(mergeCopies(copies), options.date);
  });
  const report = programmeReport(facts, options.date);
  return {
    phrase: programmeHeadline(report),
    ...report,
    echanges: { lus: read.lus, refuses: read.refuses, nonLus: read.ignores },
    dossiers: { comptes: facts.length, copiesFusionnees: merged },
  };
}

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { trust, rest } = takeTrustOption(args);
  const options = parseOptions(rest, { in: 'string', out: 'string', 'passphrase-file': 'string', date: 'string' });
  if (!options.in || !options.out || options._.length) throw new UsageError(`Utilisation : ${REPORT_USAGE}`);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date))
    throw new UsageError(`--date attend une date du calendrier au format AAAA-MM-JJ (reçu : ${date}).`);
  const report = await reportFolder(options.in, {
    trust,
    date,
    ...(options['passphrase-file'] ? { passphraseFile: options['passphrase-file'] } : {}),
  });
  if (report.echanges.lus.length === 0 && report.echanges.refuses.length === 0)
    throw new CliError(`Le dossier ${options.in} ne contient aucun échange (.ctai) : vérifiez le chemin.`);
  const { lus, refuses, nonLus } = report.echanges;
  const sources = `${compte(lus.length, 'échange lu', 'échanges lus')}${refuses.length ? `, ${compte(refuses.length, 'refusé', 'refusés')}` : ''}`;
  let pdf: Uint8Array;
  try {
    pdf = await renderDocument(buildProgrammeDocument(report, sources, new Date(), refuses), 'pdf', loadPdfFonts());
  } catch (error) {
    throw new CliError(
      `Le PDF des chiffres n’a pas pu être produit (${error instanceof Error ? error.message : String(error)}) : vérifiez les noms des collectivités des dossiers reçus.`,
    );
  }
  await mkdir(options.out, { recursive: true }).catch(() => {
    throw new CliError(`Le dossier de sortie ${options.out} n’a pas pu être créé : choisissez un autre emplacement.`);
  });
  const files = {
    json: path.join(options.out, 'programme.json'),
    csv: path.join(options.out, 'programme.csv'),
    pdf: path.join(options.out, 'programme.pdf'),
  };
  await writeOutputFile(files.json, JSON.stringify(report, null, 2) + '\n');
  await writeOutputFile(files.csv, programmeReportCsv(report));
  await writeOutputFile(files.pdf, pdf);
  for (const refused of refuses) io.stderr(`Échange refusé : ${refused.fichier} — ${refused.raison}\n`);
  for (const ignored of nonLus) io.stderr(`Non lu : ${ignored.fichier} — ${ignored.raison}\n`);
  io.stdout(
    `${report.phrase}.\n${sources}, ${compte(report.dossiers.comptes, 'dossier')} (${compte(report.dossiers.copiesFusionnees, 'copie fusionnée', 'copies fusionnées')}).\nÉcrits : ${files.json}, ${files.csv}, ${files.pdf}\n`,
  );
  return 0;
}
