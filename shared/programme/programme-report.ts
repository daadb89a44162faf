// The programme's figures over many dossiers, as the DGEF and the DIAIR count them: territories by
// kind and by région, State credits per year and per axis, actions, what is overdue; with the
// sentence they quote (« 45 territoires engagés : 28 communes, 13 EPCI, … »). Built from each
// dossier's facts (programme-facts.ts) only: the sums here add up figures the financial model
// computed per dossier, never amounts read from the actions.
import { AXE_LABELS, AXES, type Axe } from '../dossier/axes';
import type { DueKind } from '../dossier/follow-up';
import { COLLECTIVITE_TYPES, type CollectiviteType } from '../dossier/collectivite-type';
import { FORMES, stepIndex, stepLabel, STEPS, type Forme, type Step } from '../dossier/workflow-steps';
import { csvCell } from '../format/csv-cell';
import { compte } from '../format/plural';
import { REGIONS } from '../referentiel/regions';
import { TERRITORY_CATEGORIES, type ProgrammeFacts, type TerritoryCategory } from './programme-facts';

export const CATEGORY_LABELS: Record<TerritoryCategory, { one: string; many: string }> = {
  commune: { one: 'commune', many: 'communes' },
  epci: { one: 'EPCI', many: 'EPCI' },
  departement: { one: 'conseil départemental', many: 'conseils départementaux' },
  region: { one: 'conseil régional', many: 'conseils régionaux' },
};

/** What is overdue, by kind (follow-up.ts; a balance to pay is never overdue). */
export type OverdueKind = Exclude<DueKind, 'solde'>;

export const OVERDUE_LABELS: Record<OverdueKind, string> = {
  bilan: 'Bilans annuels',
  'compte-rendu-financier': 'Comptes rendus financiers',
  copil: 'Comités de pilotage',
  'fin-de-contrat': 'Fins de contrat',
};

/** « CTAI », « PTAI »: a form as the programme abbreviates it (its id, in capitals). */
export const formAbbreviation = (forme: Forme): string => forme.toUpperCase();

export interface ProgrammeReport {
  /** ISO date the overdue items are judged on. */
  date: string;
  /**
   * Territories engaged: collectivités with a dossier whose letter of intention is received (a
   * step reached) and not abandoned, each counted once however many dossiers it has (same INSEE
   * code or SIREN, territoriesOf). The counts by category, form, région and step count them too.
   */
  territoires: number;
  /** Abandoned dossiers: not counted among territories, their credits not counted. */
  abandonnes: number;
  /** Dossiers not abandoned whose letter of intention is not received yet: not counted either. */
  avantLettre: number;
  parCategorie: { categorie: TerritoryCategory; count: number }[];
  parForme: { forme: Forme; count: number }[];
  /** By région, largest first ('' for a région unknown). */
  parRegion: { region: string; nom: string; count: number }[];
  /** Engaged territories by step (none is before the letter of intention). */
  parEtape: { etape: Step; count: number }[];
  /** Cents per year. */
  etatParAnnee: { annee: number; demande: number; accorde: number }[];
  etatParAxe: { axe: Axe; demande: number; accorde: number }[];
  /** Cents granted over every year. */
  totalAccorde: number;
  /** Actions financées: retained by a signed act (dossier-figures.ts, `financedActions`). */
  actions: number;
  /** Beneficiaries those actions aim at. */
  beneficiaires: number;
  /** Territories with something overdue, the number of overdue items, and those by kind. */
  enRetard: { territoires: number; echeances: number; parType: { type: OverdueKind; count: number }[] };
  /**
   * Every dossier, abandoned ones included, as the Dossiers list counts them: the dashboard's bars
   * open that list filtered on what they count, so they show its numbers.
   */
  tousDossiers: {
    total: number;
    parType: { type: CollectiviteType; count: number }[];
    parForme: { forme: Forme; count: number }[];
    parEtape: { etape: Step | null; count: number }[];
  };
}

export function regionName(code: string): string {
  return REGIONS[code]?.[0] ?? 'Région non renseignée';
}

/**
 * The dossiers of `facts` grouped by collectivité: two dossiers sharing an identifier (the same
 * INSEE code or SIREN, ProgrammeFacts.identifiants) are one territory, and so are two linked
 * through a third. A dossier without an identifier is a territory of its own.
 */
export function territoriesOf<T extends Pick<ProgrammeFacts, 'identifiants'>>(facts: readonly T[]): T[][] {
  const parent = facts.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byKey = new Map<string, number>();
  facts.forEach((f, index) => {
    for (const key of f.identifiants) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, index);
      else parent[root(index)] = root(other);
    }
  });
  const groups = new Map<number, T[]>();
  facts.forEach((f, index) => {
    const group = groups.get(root(index));
    if (group) group.push(f);
    else groups.set(root(index), [f]);
  });
  return [...groups.values()];
}

/** The dossier that stands for its territory in counts by kind, form, région and step: the furthest along. */
function representative(group: readonly ProgrammeFacts[]): ProgrammeFacts {
  return group.reduce((best, f) => (stepIndex(f.etape) > stepIndex(best.etape) ? f : best));
}

/**
 * The dossiers that make territories engaged (the programme's count): not abandoned, and past
 * the letter of intention (a step reached).
 */
export function engagedDossiers<T extends Pick<ProgrammeFacts, 'statut' | 'etape'>>(facts: readonly T[]): T[] {
  return facts.filter((f) => f.statut !== 'abandonne' && f.etape !== null);
}

/**
 * The figures of `facts` (one per dossier, each dossier once). Territories are counted once per
 * collectivité (territoriesOf), whatever its number of dossiers; credits, actions and overdue
 * items are summed over every dossier. `date`: ISO date of the overdue items.
 */
export function programmeReport(facts: readonly ProgrammeFacts[], date: string): ProgrammeReport {
  const live = facts.filter((f) => f.statut !== 'abandonne');
  const engagedFacts = engagedDossiers(facts);
  const territories = territoriesOf(engagedFacts);
  const engaged = territories.map(representative);
  const years = new Map<number, { demande: number; accorde: number }>();
  const axes = new Map<Axe, { demande: number; accorde: number }>();
  const regions = new Map<string, number>();
  for (const f of engaged) regions.set(f.region, (regions.get(f.region) ?? 0) + 1);
  for (const f of engagedFacts) {
    for (const year of f.parAnnee) {
      const totals = years.get(year.annee) ?? { demande: 0, accorde: 0 };
      totals.demande += year.demande;
      totals.accorde += year.accorde;
      years.set(year.annee, totals);
    }
    for (const axe of f.parAxe) {
      const totals = axes.get(axe.axe) ?? { demande: 0, accorde: 0 };
      totals.demande += axe.demande;
      totals.accorde += axe.accorde;
      axes.set(axe.axe, totals);
    }
  }
  const etatParAnnee = [...years.entries()].sort(([a], [b]) => a - b).map(([annee, totals]) => ({ annee, ...totals }));
  const late = engagedFacts.filter((f) => f.enRetard > 0);
  return {
    date,
    territoires: territories.length,
    abandonnes: facts.length - live.length,
    avantLettre: live.length - engagedFacts.length,
    parCategorie: TERRITORY_CATEGORIES.map((categorie) => ({
      categorie,
      count: engaged.filter((f) => f.categorie === categorie).length,
    })),
    parForme: FORMES.map((forme) => ({ forme, count: engaged.filter((f) => f.forme === forme).length })),
    parRegion: [...regions.entries()]
      .map(([region, count]) => ({ region, nom: regionName(region), count }))
      .sort((a, b) => b.count - a.count || a.nom.localeCompare(b.nom, 'fr')),
    parEtape: STEPS.map((etape) => ({ etape, count: engaged.filter((f) => f.etape === etape).length })),
    etatParAnnee,
    etatParAxe: AXES.filter((axe) => axes.has(axe)).map((axe) => ({ axe, ...axes.get(axe)! })),
    totalAccorde: etatParAnnee.reduce((sum, year) => sum + year.accorde, 0),
    actions: engagedFacts.reduce((sum, f) => sum + f.actions, 0),
    beneficiaires: engagedFacts.reduce((sum, f) => sum + f.beneficiaires, 0),
    enRetard: {
      territoires: territoriesOf(late).length,
      echeances: late.reduce((sum, f) => sum + f.enRetard, 0),
      parType: (Object.keys(OVERDUE_LABELS) as OverdueKind[]).map((type) => ({
        type,
        count: late.reduce((sum, f) => sum + (f.enRetardParType[type] ?? 0), 0),
      })),
    },
    tousDossiers: {
      total: facts.length,
      parType: COLLECTIVITE_TYPES.map((type) => ({ type, count: facts.filter((f) => f.type === type).length })),
      parForme: FORMES.map((forme) => ({ forme, count: facts.filter((f) => f.forme === forme).length })),
      parEtape: [null, ...STEPS].map((etape) => ({ etape, count: facts.filter((f) => f.etape === etape).length })),
    },
  };
}

/** « sur 2022 et 2023 », « de 2021 à 2025 », « sur 2021, 2023 et 2024 »: the years with their preposition. */
function yearsText(years: readonly number[]): string {
  if (years.length <= 1) return `sur ${years.join('')}`;
  const contiguous = years.every((year, i) => i === 0 || year === years[i - 1]! + 1);
  if (contiguous && years.length > 2) return `de ${years[0]} à ${years.at(-1)}`;
  return `sur ${years.slice(0, -1).join(', ')} et ${years.at(-1)}`;
}

/** An amount as the programme says it: « 18 millions d’euros », « 1,5 million d’euros », « 950 000 euros ». */
export function amountText(cents: number): string {
  const euros = cents / 100;
  if (euros < 1_000_000) return `${Math.round(euros).toLocaleString('fr-FR')} euros`;
  const millions = Math.round(euros / 100_000) / 10;
  return `${millions.toLocaleString('fr-FR')} ${millions < 2 ? 'million' : 'millions'} d’euros`;
}

/** « 45 territoires engagés : 28 communes, 13 EPCI, 3 conseils départementaux, 1 conseil régional ; 18 millions d’euros en cumulé sur 2022 et 2023 ». */
export function programmeHeadline(report: ProgrammeReport): string {
  const kinds = report.parCategorie
    .filter(({ count }) => count > 0)
    .map(({ categorie, count }) => compte(count, CATEGORY_LABELS[categorie].one, CATEGORY_LABELS[categorie].many));
  const granted = report.etatParAnnee.filter((year) => year.accorde > 0).map((year) => year.annee);
  const territories = `${compte(report.territoires, 'territoire engagé', 'territoires engagés')}${kinds.length ? ` : ${kinds.join(', ')}` : ''}`;
  return granted.length
    ? `${territories} ; ${amountText(report.totalAccorde)} en cumulé ${yearsText(granted)}`
    : territories;
}

/**
 * The dossiers not counted among territories, for « dont … (non comptés) »: « 2 abandonnés et
 * 1 avant la lettre d’intention »; '' when none.
 */
export function notCountedText(report: Pick<ProgrammeReport, 'abandonnes' | 'avantLettre'>): string {
  return [
    report.abandonnes ? compte(report.abandonnes, 'abandonné', 'abandonnés') : '',
    report.avantLettre ? `${report.avantLettre.toLocaleString('fr-FR')} avant la lettre d’intention` : '',
  ]
    .filter(Boolean)
    .join(' et ');
}

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/**
 * The figures as a CSV for a spreadsheet (`;`-separated, decimal comma, UTF-8 with byte-order
 * mark, as the app's other CSV): one line per figure, « rubrique ; libellé ; valeur ».
 */
export function programmeReportCsv(report: ProgrammeReport): string {
  const lines: (string | number)[][] = [['Rubrique', 'Libellé', 'Valeur']];
  lines.push(['Territoires', 'Territoires engagés', report.territoires]);
  for (const { categorie, count } of report.parCategorie)
    lines.push(['Territoires par type', CATEGORY_LABELS[categorie].many, count]);
  for (const { forme, count } of report.parForme) lines.push(['Territoires par forme', formAbbreviation(forme), count]);
  for (const { nom, count } of report.parRegion) lines.push(['Territoires par région', nom, count]);
  for (const { etape, count } of report.parEtape) lines.push(['Territoires par étape', stepLabel(etape), count]);
  for (const { annee, demande, accorde } of report.etatParAnnee) {
    lines.push(['Crédits de l’État accordés par année (€)', annee, euros(accorde)]);
    lines.push(['Crédits de l’État demandés par année (€)', annee, euros(demande)]);
  }
  for (const { axe, accorde } of report.etatParAxe)
    lines.push(['Crédits de l’État accordés par axe (€)', AXE_LABELS[axe], euros(accorde)]);
  lines.push(['Crédits de l’État', 'Total accordé (€)', euros(report.totalAccorde)]);
  lines.push(['Actions', 'Actions financées', report.actions]);
  lines.push(['Actions', 'Bénéficiaires visés', report.beneficiaires]);
  lines.push(['Échéances dépassées', 'Territoires en retard', report.enRetard.territoires]);
  lines.push(['Échéances dépassées', 'Échéances dépassées', report.enRetard.echeances]);
  for (const { type, count } of report.enRetard.parType)
    lines.push(['Échéances dépassées par type', OVERDUE_LABELS[type], count]);
  lines.push(['Abandons', 'Dossiers abandonnés (non comptés)', report.abandonnes]);
  lines.push(['Avant la lettre d’intention', 'Dossiers sans lettre d’intention (non comptés)', report.avantLettre]);
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
