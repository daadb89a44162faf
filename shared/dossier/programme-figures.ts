// The programme's figures over all dossiers, from their summaries: territories by type and by
// step, State funding per year and per axis, actions and targeted beneficiaries.
import { AXES, type Axe } from './axes';
import { COLLECTIVITE_TYPES, type CollectiviteType } from './collectivite-type';
import type { DossierSummary } from './dossier-figures';
import { FORMES, STEPS, formeOf, type Forme, type Step } from './workflow-steps';

export interface ProgrammeFigures {
  dossiers: number;
  parType: { type: CollectiviteType; count: number }[];
  /** Territories by form (contracts, projets territoriaux), in FORMES' order. */
  parForme: { forme: Forme; count: number }[];
  parEtape: { etape: Step | null; count: number }[];
  etatParAnnee: { annee: number; demande: number; accorde: number }[];
  etatParAxe: { axe: Axe; demande: number; accorde: number }[];
  actions: number;
  beneficiaires: number;
}

type Summary = Pick<
  DossierSummary,
  'type' | 'forme' | 'etape' | 'statut' | 'parAnnee' | 'parAxe' | 'actions' | 'beneficiaires'
>;

/** Abandoned dossiers count among territories, but commit no funding. */
export function programmeFigures(summaries: readonly Summary[]): ProgrammeFigures {
  const years = new Map<number, { demande: number; accorde: number }>();
  const axes = new Map<Axe, { demande: number; accorde: number }>();
  let actions = 0;
  let beneficiaires = 0;
  for (const summary of summaries) {
    if (summary.statut === 'abandonne') continue;
    actions += summary.actions;
    beneficiaires += summary.beneficiaires;
    for (const year of summary.parAnnee) {
      const totals = years.get(year.annee) ?? { demande: 0, accorde: 0 };
      totals.demande += year.ctaiDemande;
      totals.accorde += year.ctaiAccorde;
      years.set(year.annee, totals);
    }
    for (const axe of summary.parAxe) {
      const totals = axes.get(axe.axe) ?? { demande: 0, accorde: 0 };
      totals.demande += axe.ctaiDemande;
      totals.accorde += axe.ctaiAccorde;
      axes.set(axe.axe, totals);
    }
  }
  return {
    dossiers: summaries.length,
    parType: COLLECTIVITE_TYPES.map((type) => ({ type, count: summaries.filter((s) => s.type === type).length })),
    parForme: FORMES.map((forme) => ({ forme, count: summaries.filter((s) => formeOf(s) === forme).length })),
    parEtape: [null, ...STEPS].map((etape) => ({ etape, count: summaries.filter((s) => s.etape === etape).length })),
    etatParAnnee: [...years.entries()].sort(([a], [b]) => a - b).map(([annee, totals]) => ({ annee, ...totals })),
    etatParAxe: AXES.filter((axe) => axes.has(axe)).map((axe) => ({ axe, ...axes.get(axe)! })),
    actions,
    beneficiaires,
  };
}
