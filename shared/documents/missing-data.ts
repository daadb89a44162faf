// What a document needs from the dossier, checked before anything is generated: each gap
// names the field and the tab where it is filled.
import type { Dossier } from '../dossier/dossier-schema';
import { fundedActions } from '../dossier/funding';

export interface MissingField {
  path: string;
  tab: 'collectivite' | 'etat' | 'diagnostic' | 'actions' | 'contrat';
  message: string;
}

function need(condition: boolean, path: string, tab: MissingField['tab'], message: string): MissingField[] {
  return condition ? [] : [{ path, tab, message }];
}

function parties(dossier: Dossier): MissingField[] {
  const { collectivite, etat } = dossier;
  return [
    ...need(
      !!collectivite.representant.nom,
      'collectivite.representant.nom',
      'collectivite',
      'Le nom du représentant de la collectivité.',
    ),
    ...need(
      !!collectivite.representant.civilite,
      'collectivite.representant.civilite',
      'collectivite',
      'La civilité du représentant de la collectivité.',
    ),
    ...need(!!etat.signataire.nom, 'etat.signataire.nom', 'etat', 'Le nom du signataire pour l’État.'),
    ...need(!!etat.signataire.civilite, 'etat.signataire.civilite', 'etat', 'La civilité du signataire pour l’État.'),
    ...need(
      !!(etat.prefecture.departementCode || collectivite.departement.code),
      'etat.prefecture.departementCode',
      'etat',
      'Le département de la préfecture.',
    ),
    ...need(
      etat.signataire.qualite !== 'sous-prefet' || !!etat.sousPrefecture.nom,
      'etat.sousPrefecture.nom',
      'etat',
      'La sous-préfecture, puisque le sous-préfet signe.',
    ),
  ];
}

export function missingForLetter(dossier: Dossier): MissingField[] {
  const { collectivite } = dossier;
  return [
    ...parties(dossier).filter((missing) => missing.path !== 'etat.signataire.nom'),
    ...need(
      !!collectivite.adresse.commune,
      'collectivite.adresse.commune',
      'collectivite',
      'La commune de l’adresse de la collectivité (lieu de la lettre).',
    ),
  ];
}

export function missingForContract(dossier: Dossier): MissingField[] {
  const { collectivite, contrat } = dossier;
  return [
    ...parties(dossier),
    ...need(
      !!collectivite.deliberation.numero,
      'collectivite.deliberation.numero',
      'collectivite',
      'Le numéro de la délibération autorisant la signature.',
    ),
    ...need(
      !!collectivite.deliberation.date,
      'collectivite.deliberation.date',
      'collectivite',
      'La date de la délibération autorisant la signature.',
    ),
    ...need(contrat.anneeDebut !== null, 'contrat.anneeDebut', 'contrat', 'La première année du contrat.'),
    ...need(contrat.duree !== null, 'contrat.duree', 'contrat', 'La durée du contrat.'),
    ...need(fundedActions(dossier).length > 0, 'actions', 'actions', 'Au moins une action non écartée.'),
  ];
}

export function missingForAmendment(dossier: Dossier, annee: number): MissingField[] {
  return [
    ...missingForContract(dossier),
    ...need(!!dossier.contrat.numero, 'contrat.numero', 'contrat', 'Le numéro du contrat que l’avenant modifie.'),
    ...need(
      fundedActions(dossier).some((action) => action.budgets.some((budget) => budget.annee === annee)),
      'actions',
      'actions',
      `Au moins une action financée en ${annee}.`,
    ),
  ];
}
