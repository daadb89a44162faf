// The figures of one dossier that lists and the dashboard need, small enough to read ten
// thousand of them at once.
import { AXES, type Axe } from './axes';
import type { CollectiviteType } from './collectivite-type';
import type { Action, Dossier } from './dossier-schema';
import { followUpFacts, type FollowUpFacts } from './follow-up';
import { isRetained } from './commitment';
import { totalsByAxe, totalsByYear, type FundingTotals } from './funding';
import { isContractSigned } from './signed-contract';
import { formeOf, type DossierStatus, type Forme, type Step } from './workflow-steps';

export interface DossierSummary {
  id: string;
  /** The dossier number ('' for a dossier not numbered yet). */
  numero: string;
  nom: string;
  type: CollectiviteType;
  /** Contract or projet territorial; absent from summaries stored before it (a contract, see formeOf). */
  forme?: Forme;
  source: 'officiel' | 'saisie-libre';
  /** INSEE code, SIREN, or for départements and régions their code. */
  code: string;
  /**
   * What identifies the collectivité across dossiers (« insee:38185 », « siren:213801855 »), so
   * that two dossiers of one collectivité count as one territory (collectiviteKeys). Absent from
   * summaries made before it (rebuilt at the next open, summary-rows.ts).
   */
  identifiants?: string[];
  departement: string;
  departementNom: string;
  etape: Step | null;
  statut: DossierStatus;
  createdAt: string;
  updatedAt: string;
  /**
   * Actions financées: the actions the signed act retains (statut retenue, en-cours or terminee),
   * counted once the dossier's act is signed (or a PTAI convention it continues is); 0 before.
   */
  actions: number;
  /** The beneficiaries those actions aim at. */
  beneficiaires: number;
  parAnnee: ({ annee: number } & FundingTotals)[];
  parAxe: ({ axe: Axe } & FundingTotals)[];
  /** Date of the last steering committee ('' when none). */
  dernierCopil: string;
  /** Years with a financial amendment. */
  avenants: number[];
  /** What the due dates derive from (follow-up.ts); null when not in follow-up. */
  suivi: FollowUpFacts | null;
}

/**
 * The identifiers of the dossier's collectivité: its INSEE code and SIREN when known, else a
 * département's or région's code with its kind; none for a name typed by hand without them.
 */
export function collectiviteKeys(collectivite: Dossier['collectivite']): string[] {
  const keys: string[] = [];
  if (collectivite.codeInsee) keys.push(`insee:${collectivite.codeInsee}`);
  if (collectivite.siren) keys.push(`siren:${collectivite.siren}`);
  if (keys.length === 0 && collectivite.type === 'departement' && collectivite.departement.code)
    keys.push(`departement:${collectivite.departement.code}`);
  if (keys.length === 0 && collectivite.type === 'region' && collectivite.region.code)
    keys.push(`region:${collectivite.region.code}`);
  return keys;
}

/** The collectivité's official code as the list shows it: INSEE or SIREN, else a département's or a région's code. */
export function officialCode(dossier: Dossier): string {
  const { collectivite } = dossier;
  if (collectivite.codeInsee || collectivite.siren) return collectivite.codeInsee || collectivite.siren;
  if (collectivite.type === 'departement') return collectivite.departement.code;
  if (collectivite.type === 'region') return collectivite.region.code;
  return '';
}

/**
 * The actions a signed act finances: retained by it, in a dossier whose contract or PTAI
 * convention is signed (a CTAI that continues a PTAI keeps the actions its convention financed).
 * Proposed actions, and those of a dossier not signed yet, are not financed.
 */
export function financedActions(dossier: Dossier): Action[] {
  const signed = isContractSigned(dossier) || Boolean(dossier.contrat.conventionPtai);
  return signed ? dossier.actions.filter(isRetained) : [];
}

export function summarizeDossier(dossier: Dossier): DossierSummary {
  const actions = financedActions(dossier);
  const byAxe = totalsByAxe(dossier);
  return {
    id: dossier.id,
    numero: dossier.numero ?? '',
    nom: dossier.collectivite.nom,
    type: dossier.collectivite.type,
    forme: formeOf(dossier),
    source: dossier.collectivite.source,
    code: officialCode(dossier),
    identifiants: collectiviteKeys(dossier.collectivite),
    departement: dossier.collectivite.departement.code,
    departementNom: dossier.collectivite.departement.nom,
    etape: dossier.workflow.etape,
    statut: dossier.workflow.statut,
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    actions: actions.length,
    beneficiaires: actions.reduce((sum, action) => sum + action.beneficiaires, 0),
    // Once signed, what is granted is what the contract and its signed avenants set (funding.ts).
    parAnnee: [...totalsByYear(dossier).entries()].map(([annee, totals]) => ({ annee, ...totals })),
    parAxe: AXES.filter((axe) => byAxe.has(axe)).map((axe) => ({ axe, ...byAxe.get(axe)! })),
    dernierCopil:
      dossier.contrat.copil
        .map((copil) => copil.date)
        .sort()
        .at(-1) ?? '',
    avenants: [
      ...new Set(dossier.contrat.avenants.filter((a) => a.statut === 'signe').map((avenant) => avenant.annee)),
    ].sort(),
    suivi: followUpFacts(dossier),
  };
}
