// What one dossier brings to the programme's figures, as the DGEF and the DIAIR count them:
// the kind of territory (commune, EPCI, conseil départemental, conseil régional), its région, its
// form (CTAI, or PTAI once dossiers carry it), the State credits per year and per axis as the
// financial model computes them (funding.ts through the dossier's summary), its actions and what
// is overdue. Every figure of the report and of the dashboard is counted through here, one
// dossier at a time, so that a column added later (the form) is added once.
import type { Axe } from '../dossier/axes';
import type { CollectiviteType } from '../dossier/collectivite-type';
import { summarizeDossier, type DossierSummary } from '../dossier/dossier-figures';
import type { Dossier } from '../dossier/dossier-schema';
import { dueFromFacts, type DueKind } from '../dossier/follow-up';
import { formeOf, type DossierStatus, type Forme, type Step } from '../dossier/workflow-steps';
import { regionOf } from '../referentiel/region-of';

/** How the programme counts territories: « 28 communes, 13 EPCI, 3 conseils départementaux, 1 conseil régional ». */
export const TERRITORY_CATEGORIES = ['commune', 'epci', 'departement', 'region'] as const;
export type TerritoryCategory = (typeof TERRITORY_CATEGORIES)[number];

export function territoryCategory(type: CollectiviteType): TerritoryCategory {
  if (type === 'commune' || type === 'departement' || type === 'region') return type;
  return 'epci';
}

export interface ProgrammeFacts {
  id: string;
  nom: string;
  /**
   * What identifies the collectivité (dossier-figures.ts, collectiviteKeys): dossiers sharing one
   * are one territory. Empty for a name typed by hand without a code: a territory of its own.
   */
  identifiants: string[];
  forme: Forme;
  type: CollectiviteType;
  categorie: TerritoryCategory;
  /** INSEE code of the région ('' when unknown: a name typed by hand without its département). */
  region: string;
  etape: Step | null;
  statut: DossierStatus;
  /** Cents per year: requested, and granted (in force once signed). */
  parAnnee: { annee: number; demande: number; accorde: number }[];
  parAxe: { axe: Axe; demande: number; accorde: number }[];
  actions: number;
  beneficiaires: number;
  /** Items past their date (follow-up.ts) on `today`. */
  enRetard: number;
  /** The same, by kind of item. */
  enRetardParType: Partial<Record<DueKind, number>>;
}

export type SummaryForFacts = Pick<
  DossierSummary,
  | 'id'
  | 'nom'
  | 'forme'
  | 'type'
  | 'code'
  | 'identifiants'
  | 'departement'
  | 'etape'
  | 'statut'
  | 'parAnnee'
  | 'parAxe'
  | 'actions'
  | 'beneficiaires'
  | 'suivi'
>;

function overdue(summary: SummaryForFacts, today: string): Pick<ProgrammeFacts, 'enRetard' | 'enRetardParType'> {
  const late = dueFromFacts(summary.suivi, today).filter((item) => item.etat === 'depassee');
  const enRetardParType: Partial<Record<DueKind, number>> = {};
  for (const item of late) enRetardParType[item.kind] = (enRetardParType[item.kind] ?? 0) + 1;
  return { enRetard: late.length, enRetardParType };
}

/** The facts of a dossier from its summary (what the app's database keeps of each dossier). `today`: ISO date. */
/** The collectivité's identifiers; a summary made before them has its official code (INSEE, else SIREN). */
export function identifiantsOf(summary: Pick<SummaryForFacts, 'identifiants' | 'code' | 'type'>): string[] {
  return summary.identifiants ?? (summary.code ? [`code:${summary.type}:${summary.code}`] : []);
}

export function factsFromSummary(summary: SummaryForFacts, today: string): ProgrammeFacts {
  return {
    id: summary.id,
    nom: summary.nom,
    identifiants: identifiantsOf(summary),
    forme: formeOf(summary),
    type: summary.type,
    categorie: territoryCategory(summary.type),
    region: regionOf(summary),
    etape: summary.etape,
    statut: summary.statut,
    parAnnee: summary.parAnnee.map(({ annee, ctaiDemande, ctaiAccorde }) => ({
      annee,
      demande: ctaiDemande,
      accorde: ctaiAccorde,
    })),
    parAxe: summary.parAxe.map(({ axe, ctaiDemande, ctaiAccorde }) => ({
      axe,
      demande: ctaiDemande,
      accorde: ctaiAccorde,
    })),
    actions: summary.actions,
    beneficiaires: summary.beneficiaires,
    ...overdue(summary, today),
  };
}

/**
 * The facts of a dossier: the one function the report counts each dossier with, through the same
 * summary the app's dashboard reads (so both show the same figures). `today`: ISO date.
 */
export function programmeFacts(dossier: Dossier, today: string): ProgrammeFacts {
  return factsFromSummary(summarizeDossier(dossier), today);
}
