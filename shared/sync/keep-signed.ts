// An import never changes a signed contract silently. When a dossier signed here receives, from
// another site, a change to what the signature froze (an action retained, an amount granted, the
// contract's years or signature, a signed avenant), the signed values are kept and the received
// ones are set aside in `contrat.modificationsRefusees`, with who sent them, for the agent to see.
import { isRetained } from '../dossier/commitment';
import type { Action, Dossier } from '../dossier/dossier-schema';
import { frozenChanges, isContractSigned } from '../dossier/signed-contract';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';

type Refused = Dossier['contrat']['modificationsRefusees'][number];

function grantedLabel(action: Action | undefined, annee: number): string {
  return `Montant CTAI accordé ${annee} de l’action « ${action?.intitule ?? '?'} »`;
}

/** `merged` with every part the signature froze put back as `local` has it. */
function restoreFrozen(local: Dossier, merged: Dossier): Dossier {
  const localById = new Map(local.actions.map((action) => [action.id, action]));
  const actions = merged.actions.map((action) => {
    const mine = localById.get(action.id);
    if (!mine) return isRetained(action) ? { ...action, statut: 'proposee' as const } : action;
    if (!isRetained(mine)) return isRetained(action) ? { ...action, statut: mine.statut } : action;
    const budgets = action.budgets.map((budget) => {
      const signed = mine.budgets.find((b) => b.annee === budget.annee);
      return (signed?.ctaiAccorde ?? 0) === (budget.ctaiAccorde ?? 0)
        ? budget
        : { ...budget, ctaiAccorde: signed?.ctaiAccorde ?? null };
    });
    const lost = mine.budgets.filter((b) => b.ctaiAccorde && !action.budgets.some((kept) => kept.annee === b.annee));
    return { ...action, statut: isRetained(action) ? action.statut : mine.statut, budgets: [...budgets, ...lost] };
  });
  const deleted = local.actions.filter(
    (action) => isRetained(action) && !merged.actions.some((a) => a.id === action.id),
  );
  const signedAvenants = local.contrat.avenants.filter((avenant) => avenant.statut === 'signe');
  const avenants = merged.contrat.avenants.map(
    (avenant) => signedAvenants.find((signed) => signed.id === avenant.id) ?? avenant,
  );
  for (const signed of signedAvenants) if (!avenants.some((a) => a.id === signed.id)) avenants.push(signed);
  return {
    ...merged,
    actions: [...actions, ...deleted],
    contrat: {
      ...merged.contrat,
      anneeDebut: local.contrat.anneeDebut,
      duree: local.contrat.duree,
      tauxAvance: local.contrat.tauxAvance,
      signature: local.contrat.signature,
      avenants,
    },
  };
}

function describe(dossier: Dossier, key: string): { champ: string; valeur: string } {
  const [kind, id, year] = key.split(':');
  const action = dossier.actions.find((a) => a.id === id);
  switch (kind) {
    case 'granted': {
      const amount = action?.budgets.find((b) => b.annee === Number(year))?.ctaiAccorde ?? 0;
      return { champ: grantedLabel(action, Number(year)), valeur: amount ? formatEuros(amount) : 'aucun montant' };
    }
    case 'action':
      return {
        champ: `Action « ${action?.intitule ?? '?'} » retenue au contrat`,
        valeur: !action ? 'supprimée' : isRetained(action) ? 'retenue' : `non retenue (${action.statut})`,
      };
    case 'avenant': {
      const avenant = dossier.contrat.avenants.find((a) => a.id === id);
      return {
        champ: `Avenant signé n° ${avenant?.numero ?? '?'}`,
        valeur: avenant
          ? `${avenant.annee}, ${formatEuros(avenant.montants.reduce((s, m) => s + m.montant, 0))}`
          : 'supprimé',
      };
    }
    default: {
      if (id === 'signature') {
        const { date, lieu } = dossier.contrat.signature;
        return {
          champ: 'Signature du contrat',
          valeur: date ? `signé le ${dateEnLettres(date)}${lieu ? ` à ${lieu}` : ''}` : 'non signé',
        };
      }
      const labels: Record<string, string> = {
        anneeDebut: 'Première année du contrat',
        duree: 'Durée du contrat',
        tauxAvance: 'Part versée en avance (%)',
      };
      return {
        champ: labels[id ?? ''] ?? `Contrat : ${id}`,
        valeur: String((dossier.contrat as Record<string, unknown>)[id ?? '']),
      };
    }
  }
}

/**
 * What an import may write for a dossier signed here: `merged` with the signed parts kept, and
 * the received values that were refused (each with the field in words, both values and `auteur`,
 * who sent them). Returns `merged` untouched and no refusal when `local` is not signed or nothing
 * frozen changed.
 */
export function keepSignedContract(
  local: Dossier | undefined,
  merged: Dossier,
  auteur: string,
  at: Date,
  newId: () => string,
): { dossier: Dossier; refused: Refused[] } {
  if (!local || !isContractSigned(local)) return { dossier: merged, refused: [] };
  const changes = frozenChanges(local, merged);
  if (changes.length === 0) return { dossier: merged, refused: [] };
  const refused = changes.map((part): Refused => {
    const before = describe(local, part.key);
    const after = describe(merged, part.key);
    return {
      id: newId(),
      date: at.toISOString(),
      champ: before.champ,
      valeurSignee: before.valeur.slice(0, 300),
      valeurRecue: after.valeur.slice(0, 300),
      auteur: auteur.slice(0, 300),
    };
  });
  const kept = restoreFrozen(local, merged);
  return {
    dossier: {
      ...kept,
      contrat: { ...kept.contrat, modificationsRefusees: [...kept.contrat.modificationsRefusees, ...refused] },
    },
    refused,
  };
}
