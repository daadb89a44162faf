// What a document needs from the dossier, checked before anything is generated: each gap
// names the field and the tab where it is filled.
import { avenantSigners, contractDeliberation, contractSigners, type ActSigner } from '../dossier/act-signers';
import { avenantProblems, blocking, contractProblems, type ProblemCode, type ProblemTab } from '../dossier/consistency';
import { isContractSigned } from '../dossier/signed-contract';
import type { Avenant, Dossier } from '../dossier/dossier-schema';
import { authorityKnown, prefetCivilite } from '../dossier/etat-designations';
import { fundedActions } from '../dossier/funding';
import { contractYears } from '../dossier/commitment';
import { periodeAnnees } from '../format/dates';

/** A gap or an inconsistency that prevents a document, with the field and the tab to fix it in. */
export interface MissingField {
  path: string;
  tab: ProblemTab;
  message: string;
}

const asMissing = ({ path, tab, message }: MissingField): MissingField => ({ path, tab, message });

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
      authorityKnown(dossier),
      'etat.prefecture.departementCode',
      'etat',
      'Le département de la préfecture (un code de département connu, par exemple 38, 2A ou 974).',
    ),
    ...need(
      etat.signataire.qualite !== 'sous-prefet' || !!etat.sousPrefecture.nom,
      'etat.sousPrefecture.nom',
      'etat',
      `La sous-préfecture, puisque ${etat.signataire.civilite === 'Madame' ? 'la sous-préfète' : 'le sous-préfet'} signe.`,
    ),
  ];
}

/**
 * What the Fiche de synthèse needs: the département its letterhead names (« Préfet du Cantal »);
 * without it the letterhead would read « Préfet de » and nothing. It is made at any step
 * otherwise: what is not known yet is not printed.
 */
export function missingForSummary(dossier: Dossier): MissingField[] {
  return parties(dossier).filter((missing) => missing.path === 'etat.prefecture.departementCode');
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
    // The letter addresses the préfet in person, « Madame la Préfète » or « Monsieur le Préfet »:
    // never « Madame, Monsieur le Préfet », which an official letter to a known person avoids.
    ...need(
      !!prefetCivilite(dossier),
      'etat.prefet.civilite',
      'etat',
      'La civilité du préfet, à qui la lettre est adressée (« Madame la Préfète » ou « Monsieur le Préfet »).',
    ),
  ];
}

/**
 * What the contract needs: its parties, the délibération it cites, the arrêté de délégation of a
 * signatory by delegation, its years and actions, and every blocking consistency rule
 * (consistency.ts) as of `today` (ISO date). The délibération and the arrêté are those recorded
 * at signature once signed (act-signers.ts).
 */
export function missingForContract(
  dossier: Dossier,
  today: string,
  skip: ReadonlySet<ProblemCode> = new Set(),
): MissingField[] {
  return [...actNeeds(dossier, today, skip, contractSigners(dossier).etat), ...deliberationNeeds(dossier)];
}

/** The délibération authorising the contract, which the contract cites and an avenant's party names by default. */
function deliberationNeeds(dossier: Dossier): MissingField[] {
  return [
    ...need(
      !!contractDeliberation(dossier).numero,
      'collectivite.deliberation.numero',
      'collectivite',
      'Le numéro de la délibération autorisant la signature.',
    ),
    ...need(
      !!contractDeliberation(dossier).date,
      'collectivite.deliberation.date',
      'collectivite',
      'La date de la délibération autorisant la signature.',
    ),
  ];
}

/** What every act of the contract (the contract, an avenant) needs, `etatSigner` signing it for the State. */
function actNeeds(
  dossier: Dossier,
  today: string,
  skip: ReadonlySet<ProblemCode>,
  etatSigner: ActSigner,
): MissingField[] {
  const { contrat } = dossier;
  const signed = isContractSigned(dossier);
  // A sous-préfet signs by delegation: the arrêté is a visa of every act (décret n° 2004-374, art. 43).
  // Once the État tab names the préfet, the arrêté asked for is the one a recorded signatory signed under.
  const byDelegation = (what: string) =>
    signed && dossier.etat.signataire.qualite !== 'sous-prefet'
      ? `${what} sous lequel ${etatSigner.nom} a signé par délégation (onglet État) : l’acte le vise.`
      : `${what} de signature au sous-préfet.`;
  return [
    ...parties(dossier),
    ...need(
      !etatSigner.delegation || !!etatSigner.arrete.numero,
      'etat.delegation.numero',
      'etat',
      byDelegation('Le numéro de l’arrêté de délégation'),
    ),
    ...need(
      !etatSigner.delegation || !!etatSigner.arrete.date,
      'etat.delegation.date',
      'etat',
      byDelegation('La date de l’arrêté de délégation'),
    ),
    ...need(contrat.anneeDebut !== null, 'contrat.anneeDebut', 'contrat', 'La première année du contrat.'),
    ...need(contrat.duree !== null, 'contrat.duree', 'contrat', 'La durée du contrat.'),
    ...need(fundedActions(dossier).length > 0, 'actions', 'actions', 'Au moins une action non écartée.'),
    ...blocking(contractProblems(dossier, today))
      .filter((problem) => !skip.has(problem.code))
      .map(asMissing),
  ];
}

/** « 2024-2026 », the contract's years as every document writes them ('durée non indiquée' without them). */
function contractPeriod(dossier: Dossier): string {
  const years = contractYears(dossier);
  return years.length ? periodeAnnees(years[0]!, years[years.length - 1]!) : 'durée non indiquée';
}

/**
 * What an avenant needs: the contract's own needs, the contract's number, and the avenant's
 * rules (its year, its actions and amounts) as of `today` (ISO date).
 */
export function missingForAmendment(
  dossier: Dossier,
  avenant: Avenant | undefined,
  annee: number,
  today: string,
): MissingField[] {
  // What the contract decided at its signature (actions retained, amounts granted) is not asked
  // again: an avenant may precisely add an action the contract did not retain. Nor the arrêté the
  // contract was signed under: the avenant cites its own signatory's.
  const decidedAtSignature = new Set<ProblemCode>(['action-undecided', 'retained-not-granted', 'no-retained-action']);
  const etatSigner = avenantSigners(dossier, avenant ?? { signataires: [] }).etat;
  return [
    ...actNeeds(dossier, today, decidedAtSignature, etatSigner),
    ...deliberationNeeds(dossier),
    ...need(!!dossier.contrat.numero, 'contrat.numero', 'contrat', 'Le numéro du contrat que l’avenant modifie.'),
    ...(avenant
      ? blocking(avenantProblems(dossier, avenant, today)).map(asMissing)
      : need(
          false,
          'contrat.avenants',
          'contrat',
          annee === dossier.contrat.anneeDebut
            ? `${annee} est la première année du contrat : son montant est fixé par le contrat lui-même, un avenant porte sur une année suivante.`
            : !contractYears(dossier).includes(annee)
              ? `${annee} est hors de la durée du contrat (${contractPeriod(dossier)}) : un avenant porte sur l’une de ses années suivant la première.`
              : `Aucun avenant n’est préparé pour ${annee} : préparez-le dans l’onglet Contrat (« Préparer un avenant »).`,
        )),
  ];
}
