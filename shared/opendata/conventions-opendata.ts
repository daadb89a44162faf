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
import { formeOf, type Forme } from '../dossier/workflow-steps';
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

/**
 * Who grants: the préfecture, as Paramètres (or the command line) names it. `departementCode`: the
 * code of its département; a préfecture publishes the conventions its préfet signed, that is the
 * dossiers whose State party (`etat.prefecture.departementCode`) is this département.
 */
export interface Attribuant {
  nom: string;
  siret: string;
  departementCode: string;
}

/** Where the agent enters each of the préfecture's values, said in the sentence that asks for it. */
export interface AttribuantWhere {
  nom: string;
  siret: string;
  departementCode: string;
}

/** In the app: the « Votre préfecture » form of Paramètres. */
export const SETTINGS_WHERE: AttribuantWhere = {
  nom: 'renseignez-le dans Paramètres, « Votre préfecture », « Nom de la préfecture »',
  siret: 'renseignez-le dans Paramètres, « Votre préfecture », « SIRET de la préfecture »',
  departementCode: 'renseignez-le dans Paramètres, « Votre préfecture », « Code du département »',
};

/** A signed dossier another préfecture signed, hence publishes: not in this file. */
export interface ElsewhereItem {
  dossier: string;
  /** The préfecture that signed it, as the dossier names it. */
  prefecture: string;
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
  /** Signed dossiers of other préfectures, left out: each préfecture publishes what its préfet signed. */
  elsewhere: ElsewhereItem[];
}

function euros(cents: number): string {
  return (cents / 100).toFixed(2);
}

/**
 * The problems of the préfecture's data, in French, each saying where to enter the value
 * (`where`: Paramètres by default, the command's options for the CLI); empty when its name, SIRET
 * and département are there.
 */
export function attribuantProblems(attribuant: Attribuant, where: AttribuantWhere = SETTINGS_WHERE): string[] {
  const problems: string[] = [];
  if (!attribuant.nom.trim()) problems.push(`Le nom de la préfecture manque : ${where.nom}.`);
  if (!attribuant.siret) problems.push(`Le SIRET de la préfecture manque : ${where.siret}.`);
  else {
    const problem = siretProblem(attribuant.siret);
    if (problem) problems.push(`Le SIRET de la préfecture ${problem}.`);
  }
  if (!attribuant.departementCode.trim())
    problems.push(
      `Le département de la préfecture manque (il dit quels dossiers elle publie : ceux que son préfet a signés) : ${where.departementCode}.`,
    );
  return problems;
}

/** The years' acts of a signed dossier: the commitment in force for each year of its act. */
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

/**
 * What the act is, as the file's `objet` says it: a PTAI is funded by a convention attributive de
 * subvention for one year, not by a contract (instruction of the programme on the PTAI).
 */
export function actObject(forme: Forme, annee: number): string {
  return forme === 'ptai'
    ? `Projet territorial d’accueil et d’intégration : convention attributive de subvention, année ${annee}`
    : `Contrat territorial d’accueil et d’intégration, année ${annee}`;
}

/** The collectivité's values every line needs, in French; empty when they are there. */
function beneficiaryProblems(dossier: Dossier): string[] {
  const { siret } = dossier.collectivite;
  if (!siret) return ['le SIRET de la collectivité manque (onglet Collectivité)'];
  const problem = siretProblem(siret);
  return problem ? [`le SIRET de la collectivité ${problem}`] : [];
}

/** What the dossier's own signed act (contract or PTAI convention) lacks to be published, in French. */
function actProblems(dossier: Dossier, commitments: readonly YearCommitment[]): string[] {
  const problems: string[] = [];
  const what = formeOf(dossier) === 'ptai' ? 'de la convention' : 'du contrat';
  if (!dossier.contrat.signature.date) problems.push(`la date de signature ${what} manque (onglet Contrat)`);
  if (commitments.length === 0) problems.push(`la première année ou la durée ${what} manque (onglet Contrat)`);
  for (const commitment of commitments)
    if (commitment.act.kind === 'avenant' && !commitment.signedOn)
      problems.push(`la date de signature de l’avenant n° ${commitment.act.numero} manque (onglet Contrat)`);
  return problems;
}

/** What one line says of one act for one year. */
interface Line {
  annee: number;
  /** Cents. */
  montant: number;
  signedOn: string;
  reference: string;
  forme: Forme;
}

function row(dossier: Dossier, line: Line, attribuant: Attribuant): OpenDataRow {
  const { contrat, collectivite } = dossier;
  // Paid from the act's signature (the advance) to the balance on the year's report, due by
  // 30 June of the next year (follow-up.ts): a period, as the schema asks when paid in parts.
  const from = line.signedOn > `${line.annee}-01-01` ? line.signedOn : `${line.annee}-01-01`;
  const inParts = contrat.tauxAvance > 0 && contrat.tauxAvance < 100;
  const values: OpenDataRow = {
    nomAttribuant: attribuant.nom.trim(),
    idAttribuant: attribuant.siret,
    dateConvention: line.signedOn,
    referenceDecision: line.reference,
    nomBeneficiaire: collectiviteDesignations(collectivite).nom,
    idBeneficiaire: collectivite.siret,
    rnaBeneficiaire: '',
    objet: actObject(line.forme, line.annee),
    montant: euros(line.montant),
    nature: 'aide en numéraire',
    conditionsVersement: inParts ? 'échelonné' : 'unique',
    datesPeriodeVersement: `${from}/${reportDeadline(line.annee)}`,
    idRAE: '',
    notificationUE: 'non',
    pourcentageSubvention: '1.00',
    dispositifAide: '',
  };
  return Object.fromEntries(SCDL_COLUMNS.map((column) => [column, values[column] ?? '']));
}

/**
 * The lines of a PTAI's convention a CTAI continues (`contrat.conventionPtai`, kept by
 * convertToCtai): signed, it stays published beside the contract's own acts (décret n° 2017-779).
 */
function ptaiConventionLines(dossier: Dossier, problems: string[]): Line[] {
  const convention = dossier.contrat.conventionPtai;
  if (!convention || convention.montant <= OPEN_DATA_THRESHOLD_CENTS) return [];
  if (!convention.date) {
    problems.push('la date de signature de la convention du projet territorial (PTAI) manque (onglet Contrat)');
    return [];
  }
  return [
    {
      annee: convention.annee,
      montant: convention.montant,
      signedOn: convention.date,
      reference: convention.numero || dossier.numero || '',
      forme: 'ptai',
    },
  ];
}

/** The lines of the dossier's own signed act (contract and avenants, or PTAI convention). */
function ownActLines(dossier: Dossier, problems: string[]): Line[] {
  if (!isContractSigned(dossier)) return [];
  const commitments = acts(dossier);
  const own = actProblems(dossier, commitments);
  if (own.length) {
    problems.push(...own);
    return [];
  }
  const { contrat } = dossier;
  const amounts = actAmounts(commitments);
  const lines: Line[] = [];
  for (const commitment of commitments) {
    const key = commitment.act.kind === 'avenant' ? commitment.act.avenantId : commitment.act.kind;
    if (commitment.total === 0 || (amounts.get(key) ?? 0) <= OPEN_DATA_THRESHOLD_CENTS) continue;
    lines.push({
      annee: commitment.annee,
      montant: commitment.total,
      signedOn: commitment.signedOn,
      reference:
        commitment.act.kind === 'avenant'
          ? `${contrat.numero || dossier.numero} avenant n° ${commitment.act.numero}`
          : contrat.numero || dossier.numero || '',
      forme: formeOf(dossier),
    });
  }
  return lines;
}

/** The préfecture that signed a dossier's acts, as the dossier names it. */
function signingPrefecture(dossier: Dossier): string {
  const { nom, departementCode } = dossier.etat.prefecture;
  return nom.trim() || `la préfecture du département ${departementCode}`;
}

/**
 * The open-data lines of the signed acts among `dossiers` that this préfecture signed (abandoned
 * dossiers included: a signed act stays published), in dossier then year order: a PTAI's
 * convention kept by a CTAI (`contrat.conventionPtai`), then the dossier's own act once signed.
 * A dossier another préfecture signed (`etat.prefecture.departementCode` not the attribuant's) is
 * listed in `elsewhere`; one lacking a value the schema requires is listed in `missing` (its
 * other acts still published). Years whose act grants nothing, and acts of 23 000 € or less, are
 * not published. `where`: where the préfecture's missing values are entered.
 */
export function conventionsOpenData(
  dossiers: readonly Dossier[],
  attribuant: Attribuant,
  where: AttribuantWhere = SETTINGS_WHERE,
): OpenDataResult {
  const rows: OpenDataRow[] = [];
  const missing: MissingItem[] = [];
  const elsewhere: ElsewhereItem[] = [];
  const ours = attribuant.departementCode.trim();
  for (const dossier of dossiers) {
    if (!isContractSigned(dossier) && !dossier.contrat.conventionPtai) continue;
    const theirs = dossier.etat.prefecture.departementCode;
    if (!theirs) {
      missing.push({
        dossier: dossierLabel(dossier),
        message: 'le département de la préfecture signataire manque (onglet État, « Code du département »)',
      });
      continue;
    }
    if (ours && theirs !== ours) {
      elsewhere.push({ dossier: dossierLabel(dossier), prefecture: signingPrefecture(dossier) });
      continue;
    }
    const problems = beneficiaryProblems(dossier);
    if (problems.length) {
      missing.push({ dossier: dossierLabel(dossier), message: problems.join(' ; ') });
      continue;
    }
    const lines = [...ptaiConventionLines(dossier, problems), ...ownActLines(dossier, problems)];
    if (problems.length) missing.push({ dossier: dossierLabel(dossier), message: problems.join(' ; ') });
    for (const line of lines) rows.push(row(dossier, line, attribuant));
  }
  return { rows, missing, attribuantMissing: attribuantProblems(attribuant, where), elsewhere };
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

/** The signed dossiers another préfecture publishes, one line each, saying which. */
export function describeElsewhere(result: Pick<OpenDataResult, 'elsewhere'>): string[] {
  return result.elsewhere.map(
    (item) => `Dossier ${item.dossier} : signé par une autre préfecture, qui le publie (${item.prefecture}).`,
  );
}
