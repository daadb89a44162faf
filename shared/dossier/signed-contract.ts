// A signature that holds: once the contract is signed, the actions it retains, the amounts it
// grants, its years and its signature change only through an avenant (or by cancelling the
// signature, with a reason, in the workflow). Every path that writes a dossier — a field, undo,
// a workflow step, an import — compares what the signature froze before and after.
import { isRetained } from './commitment';
import type { Dossier } from './dossier-schema';
import type { ValidationProblem } from './validation';
import { formeOf, stepIndex } from './workflow-steps';

/** JSON with keys in a fixed order: a document loaded from Automerge lists a map's keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Code of a refusal because the contract is signed (screens offer to open an avenant draft). */
export const SIGNED_CONTRACT_FROZEN = 'signed-contract-frozen';

export const FROZEN_AMOUNT_MESSAGE = 'Le contrat est signé : modifiez ce montant par un avenant.';

/** The first year has no avenant (the contract sets it): only a cancelled signature reopens it. */
export const FROZEN_FIRST_YEAR_MESSAGE =
  'Le contrat est signé : le montant de sa première année est celui du contrat. Pour le corriger, annulez la signature (onglet Synthèse) en indiquant le motif.';

/** What a signed PTAI's convention froze (its one year's amounts, its terms, its actions). */
export const PTAI_FROZEN_MESSAGE =
  'La convention est signée : son année, ses actions, ses montants et sa signature ne changent plus. Pour les corriger, annulez la signature (onglet Synthèse) en indiquant le motif.';

export function isContractSigned(dossier: Pick<Dossier, 'workflow'>): boolean {
  return stepIndex(dossier.workflow.etape) >= stepIndex('signature');
}

interface FrozenPart {
  /** Stable identity of the part: `granted:<action id>:<year>`, `action:<id>`, `contrat:<field>`, `avenant:<id>`. */
  key: string;
  /** Where the part is in the dossier it was read from. */
  path: (string | number)[];
  value: string;
  message: string;
}

/**
 * What a signature freezes, keyed by stable identities (action id, year, avenant id) so that
 * a deletion or a reordering is seen as well as an edit. Amounts of 0 and no amount are one.
 */
export function frozenParts(dossier: Dossier): Map<string, FrozenPart> {
  const parts = new Map<string, FrozenPart>();
  // A PTAI's convention has no avenant in the application: what it froze changes only by
  // cancelling its signature.
  const ptai = formeOf(dossier) === 'ptai';
  const put = (key: string, part: Omit<FrozenPart, 'key'>) => parts.set(key, { key, ...part });
  dossier.actions.forEach((action, a) => {
    if (!isRetained(action)) return;
    put(`action:${action.id}`, {
      path: ['actions', a, 'statut'],
      value: 'retenue',
      message: ptai
        ? PTAI_FROZEN_MESSAGE
        : 'Le contrat est signé : une action retenue ne s’écarte, et une autre ne s’ajoute, que par un avenant.',
    });
    action.budgets.forEach((budget, b) => {
      if (!budget.ctaiAccorde) return;
      put(`granted:${action.id}:${budget.annee}`, {
        path: ['actions', a, 'budgets', b, 'ctaiAccorde'],
        value: String(budget.ctaiAccorde),
        message: ptai
          ? PTAI_FROZEN_MESSAGE
          : budget.annee === dossier.contrat.anneeDebut
            ? FROZEN_FIRST_YEAR_MESSAGE
            : FROZEN_AMOUNT_MESSAGE,
      });
    });
  });
  const { contrat } = dossier;
  const terms = ptai
    ? PTAI_FROZEN_MESSAGE
    : 'Le contrat est signé : ses années, son taux d’avance et sa signature ne changent plus. Pour les corriger, annulez la signature (onglet Synthèse) en indiquant le motif.';
  put('contrat:anneeDebut', { path: ['contrat', 'anneeDebut'], value: String(contrat.anneeDebut), message: terms });
  put('contrat:duree', { path: ['contrat', 'duree'], value: String(contrat.duree), message: terms });
  put('contrat:tauxAvance', { path: ['contrat', 'tauxAvance'], value: String(contrat.tauxAvance), message: terms });
  put('contrat:signature', {
    path: ['contrat', 'signature', 'date'],
    value: canonical(contrat.signature),
    message: terms,
  });
  contrat.avenants.forEach((avenant, v) => {
    if (avenant.statut !== 'signe') return;
    const { id: _id, ...content } = avenant;
    put(`avenant:${avenant.id}`, {
      path: ['contrat', 'avenants', v, 'montants'],
      value: canonical(content),
      message: `L’avenant n° ${avenant.numero} est signé : il ne se modifie plus. Préparez un nouvel avenant pour cette année.`,
    });
  });
  return parts;
}

/** The frozen parts that differ between two versions, with where each is in `after` (else `before`). */
export function frozenChanges(before: Dossier, after: Dossier): FrozenPart[] {
  const old = frozenParts(before);
  const now = frozenParts(after);
  const changed: FrozenPart[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    // Signing an avenant adds a frozen part: that is the avenant becoming an act, not a change.
    if (key.startsWith('avenant:') && !old.has(key)) continue;
    const was = old.get(key);
    const is = now.get(key);
    if (was?.value !== is?.value) changed.push((is ?? was)!);
  }
  return changed;
}

/**
 * Why `after` may not replace `before`: empty unless `before` is signed and a frozen part
 * changed. Each problem names the field (path in `after`) and says what to do; code
 * SIGNED_CONTRACT_FROZEN.
 */
export function signedFundingProblems(before: Dossier, after: Dossier): ValidationProblem[] {
  if (!isContractSigned(before)) return [];
  // The only ways back from a signed act are its cancellation and, for a PTAI's convention, its
  // becoming a contract (which keeps the convention aside): an event of the same change.
  const added = after.workflow.evenements.slice(before.workflow.evenements.length);
  if (added.some((event) => event.type === 'annulation-signature' || event.type === 'changement-forme')) return [];
  if (!isContractSigned(after)) {
    return [
      {
        path: ['workflow', 'etape'],
        message:
          'Le contrat est signé : le dossier ne revient pas à une étape antérieure. Utilisez « Annuler la signature » (onglet Synthèse) en indiquant le motif.',
        code: SIGNED_CONTRACT_FROZEN,
      },
    ];
  }
  return frozenChanges(before, after).map((part) => ({
    path: part.path,
    message: part.message,
    code: SIGNED_CONTRACT_FROZEN,
  }));
}
