// The essential data of the subsidy conventions (décret n° 2017-779 du 5 mai 2017 and arrêté du
// 17 novembre 2017), in the national SCDL « Subventions » schema 2.1: one line per signed act and
// year — the contract for the years it still sets, the signed avenant for the year it sets — with
// the amount the financial model says is in force (commitment.ts), never a sum made here.
//
// The schema (scdl-subventions.schema.json beside this file) is the Table Schema of SCDL
// Subventions version 2.1.1 (fields identical to 2.1.0), published by OpenDataFrance
// (gitlab.com/opendatafrance/scdl/subventions, tag v2.1.1, commit 706ad0121b3b; mirrored on GitHub
// as betagouv/SCDL-Subvention-DataSubvention), copied unchanged. The columns are its fields, in
// its order.
import { contractYears, stateCommitment, type YearCommitment } from '../dossier/commitment';
import { collectiviteDesignations } from '../dossier/designations';
import type { Dossier } from '../dossier/dossier-schema';
import { reportDeadline } from '../dossier/follow-up';
import { isContractSigned } from '../dossier/signed-contract';
import { neutraliseFormula } from '../format/csv-cell';
import { siretProblem } from '../format/siret';
import schema from './scdl-subventions.schema.json' with { type: 'json' };

/** The columns of the file: the schema's fields, in its order. */
export const SCDL_COLUMNS: readonly string[] = schema.fields.map((field) => field.name);

export const SCDL_VERSION = schema.version;

/**
 * The décret's threshold: conventions whose amount exceeds 23 000 € are published (loi
 * n° 2000-321 art. 10 and décret n° 2001-495). Cents. Judged on each act's own amount (the
 * contract: what it grants over all its years; an avenant: what it sets for its year).
 */
export const OPEN_DATA_THRESHOLD_CENTS = 23_000_00;

/** Who grants: the préfecture, as Paramètres (or the command line) names it. */
export interface Attribuant {
  nom: string;
  siret: string;
}

/** What keeps a dossier, or the whole export, from being published: one French sentence each. */
export interface MissingItem {
  /** The dossier concerned (its number, else its collectivité), '' for the préfecture's own data. */
  dossier: string;
  message: string;
}

export type OpenDataRow = Record<string, string>;

export interface OpenDataResult {
  rows: OpenDataRow[];
  /** Dossiers left out, with what they lack; empty when every signed dossier is published. */
  missing: MissingItem[];
  /** What the préfecture's own settings lack: when not empty, nothing may be exported. */
  attribuantMissing: string[];
}

function euros(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** The problems of the préfecture's data, in French; empty when both name and SIRET are there. */
export function attribuantProblems(attribuant: Attribuant): string[] {
  const problems: string[] = [];
  if (!attribuant.nom.trim())
    problems.push('Le nom de la préfecture manque : renseignez-le dans Paramètres, « Votre préfecture ».');
  if (!attribuant.siret)
    problems.push('Le SIRET de la préfecture manque : renseignez-le dans Paramètres, « Votre préfecture ».');
  else {
    const problem = siretProblem(attribuant.siret);
    if (problem) problems.push(`Le SIRET de la préfecture ${problem}.`);
  }
  return problems;
}

/** The years' acts of a signed dossier: the commitment in force for each year of the contract. */
function acts(dossier: Dossier): YearCommitment[] {
  return contractYears(dossier).map((annee) => stateCommitment(dossier, annee));
}

/** An act's own amount, for the threshold: the contract's over the years it still sets, an avenant's for its year. */
function actAmounts(commitments: readonly YearCommitment[]): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const commitment of commitments) {
    const key = commitment.act.kind === 'avenant' ? commitment.act.avenantId : commitment.act.kind;
    amounts.set(key, (amounts.get(key) ?? 0) + commitment.total);
  }
  return amounts;
}

function dossierLabel(dossier: Dossier): string {
  return dossier.numero ? `${dossier.numero} (${dossier.collectivite.nom})` : dossier.collectivite.nom;
}

/** What a signed dossier lacks to be published, in French. */
function dossierProblems(dossier: Dossier, commitments: readonly YearCommitment[]): string[] {
  const problems: string[] = [];
  const { siret } = dossier.collectivite;
  if (!siret) problems.push('le SIRET de la collectivité manque (onglet Collectivité)');
  else if (siretProblem(siret)) problems.push(`le SIRET de la collectivité ${siretProblem(siret)}`);
  if (!dossier.contrat.signature.date) problems.push('la date de signature du contrat manque (onglet Contrat)');
  if (commitments.length === 0) problems.push('la première année ou la durée du contrat manque (onglet Contrat)');
  for (const commitment of commitments)
    if (commitment.act.kind === 'avenant' && !commitment.signedOn)
      problems.push(`la date de signature de l’avenant n° ${commitment.act.numero} manque (onglet Contrat)`);
  return problems;
}

function row(dossier: Dossier, commitment: YearCommitment, attribuant: Attribuant): OpenDataRow {
  const { contrat, collectivite } = dossier;
  const reference =
    commitment.act.kind === 'avenant'
      ? `${contrat.numero || dossier.numero} avenant n° ${commitment.act.numero}`
      : contrat.numero || dossier.numero;
  // Paid from the act's signature (the advance) to the balance on the year's report, due by
  // 30 June of the next year (follow-up.ts): a period, as the schema asks when paid in parts.
  const from = commitment.signedOn > `${commitment.annee}-01-01` ? commitment.signedOn : `${commitment.annee}-01-01`;
  const inParts = contrat.tauxAvance > 0 && contrat.tauxAvance < 100;
  const values: OpenDataRow = {
    nomAttribuant: attribuant.nom.trim(),
    idAttribuant: attribuant.siret,
    dateConvention: commitment.signedOn,
    referenceDecision: reference,
    nomBeneficiaire: collectiviteDesignations(collectivite).nom,
    idBeneficiaire: collectivite.siret,
    rnaBeneficiaire: '',
    objet: `Contrat territorial d’accueil et d’intégration, année ${commitment.annee}`,
    montant: euros(commitment.total),
    nature: 'aide en numéraire',
    conditionsVersement: inParts ? 'échelonné' : 'unique',
    datesPeriodeVersement: `${from}/${reportDeadline(commitment.annee)}`,
    idRAE: '',
    notificationUE: 'non',
    pourcentageSubvention: '1.00',
    dispositifAide: '',
  };
  return Object.fromEntries(SCDL_COLUMNS.map((column) => [column, values[column] ?? '']));
}

/**
 * The open-data lines of the signed dossiers among `dossiers` (abandoned ones included: a signed
 * act stays published), in dossier then year order; a dossier lacking a value the schema requires
 * is left out and listed in `missing`. Years whose act grants nothing are not published.
 */
export function conventionsOpenData(dossiers: readonly Dossier[], attribuant: Attribuant): OpenDataResult {
  const rows: OpenDataRow[] = [];
  const missing: MissingItem[] = [];
  for (const dossier of dossiers) {
    if (!isContractSigned(dossier)) continue;
    const commitments = acts(dossier);
    const problems = dossierProblems(dossier, commitments);
    if (problems.length) {
      missing.push({ dossier: dossierLabel(dossier), message: problems.join(' ; ') });
      continue;
    }
    const amounts = actAmounts(commitments);
    for (const commitment of commitments) {
      const key = commitment.act.kind === 'avenant' ? commitment.act.avenantId : commitment.act.kind;
      if (commitment.total === 0 || (amounts.get(key) ?? 0) <= OPEN_DATA_THRESHOLD_CENTS) continue;
      rows.push(row(dossier, commitment, attribuant));
    }
  }
  return { rows, missing, attribuantMissing: attribuantProblems(attribuant) };
}

/** One field of the file (RFC 4180, comma-separated as the schema's files are), never a live formula. */
function cell(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text: UTF-8 without byte-order mark, a header line of the schema's fields, CRLF line ends. */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  return [SCDL_COLUMNS, ...rows.map((r) => SCDL_COLUMNS.map((column) => r[column] ?? ''))]
    .map((line) => line.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** The list of what is missing, one line each, for the agent (screen or command line). */
export function describeMissing(result: Pick<OpenDataResult, 'missing' | 'attribuantMissing'>): string[] {
  return [...result.attribuantMissing, ...result.missing.map((item) => `Dossier ${item.dossier} : ${item.message}.`)];
}
