// The identifiers an act prints or open data publishes, checked by INSEE's keys (format/siret.ts):
// the collectivité's SIREN, its SIRET (that SIREN's establishment) and each porteur's SIRET.
// Problems of the dossier rather than refusals of its schema, so that a dossier stored or
// exchanged before the keys were checked still opens: the agent sees the problem while typing,
// and no act is generated nor signed until it is corrected.
import type { DossierProblem } from './consistency';
import type { Dossier } from './dossier-schema';
import { isValidSiren, isValidSiret } from '../format/siret';
import { stepIndex } from './workflow-steps';

export function identifierProblems(dossier: Dossier): DossierProblem[] {
  const problems: DossierProblem[] = [];
  const { siren, siret } = dossier.collectivite;
  if (siren && !isValidSiren(siren))
    problems.push({
      code: 'siren-key',
      path: 'collectivite.siren',
      tab: 'collectivite',
      message: `Le SIREN de la collectivité (${siren}) a une clé de contrôle fausse : vérifiez ses 9 chiffres dans l’onglet Collectivité (avis de situation SIRENE).`,
      blocking: true,
    });
  // A SIRET is its legal unit's SIREN followed by the establishment's NIC: an establishment of
  // another legal unit cannot receive the collectivité's subsidy.
  if (siren && siret && /^\d{14}$/.test(siret) && !siret.startsWith(siren))
    problems.push({
      code: 'siret-other-siren',
      path: 'collectivite.siret',
      tab: 'collectivite',
      message: `Le SIRET de la collectivité (${siret}) ne commence pas par son SIREN (${siren}) : un SIRET est formé du SIREN suivi des 5 chiffres de l’établissement ; corrigez l’un ou l’autre dans l’onglet Collectivité.`,
      blocking: true,
    });
  // From the proposal on, the contract identifies the payee: without its SIREN or IBAN it is still
  // lawful (the payment article then refers to the RIB sent with the first payment request), but
  // the comptable cannot pay on the act alone (décret n° 2012-1246, art. 19 and 20): worth a look.
  if (stepIndex(dossier.workflow.etape) >= stepIndex('proposition')) {
    if (!siren)
      problems.push({
        code: 'payee-siren-missing',
        path: 'collectivite.siren',
        tab: 'collectivite',
        message:
          'Le contrat n’identifie pas la collectivité par son SIREN : indiquez-le dans l’onglet Collectivité (avis de situation SIRENE), le comptable en a besoin pour payer.',
        blocking: false,
      });
    const { iban, bic } = dossier.collectivite.banque;
    if (iban && !bic)
      problems.push({
        code: 'payee-bank-missing',
        path: 'collectivite.banque.bic',
        tab: 'collectivite',
        message:
          'Le contrat porte l’IBAN de la collectivité sans son BIC : indiquez le BIC dans l’onglet Collectivité (relevé d’identité bancaire).',
        blocking: false,
      });
    if (!iban)
      problems.push({
        code: 'payee-bank-missing',
        path: 'collectivite.banque.iban',
        tab: 'collectivite',
        message:
          'Le contrat ne porte pas l’IBAN de la collectivité : il renvoie au relevé d’identité bancaire joint à sa première demande de versement. Indiquez l’IBAN et le BIC dans l’onglet Collectivité pour que le contrat désigne le compte payé.',
        blocking: false,
      });
  }
  dossier.actions.forEach((action, a) => {
    const value = action.porteur.siret;
    if (action.statut === 'ecartee' || !value || isValidSiret(value)) return;
    problems.push({
      code: 'siret-key',
      path: `actions.${a}.porteur.siret`,
      tab: 'actions',
      message: `Le SIRET du porteur « ${action.porteur.nom} » de l’action « ${action.intitule} » (${value}) a une clé de contrôle fausse : vérifiez ses 14 chiffres dans l’onglet Actions.`,
      blocking: true,
    });
  });
  return problems;
}
