// The consistency rules of a dossier's money, dates and figures: each a coded problem with a
// French sentence and the field it is about. Checked before a document is generated or a
// signature recorded (blocking), and shown as warnings while the agent types.
import type { Avenant, Dossier } from './dossier-schema';
import { contractDeliberation, contractSigners } from './act-signers';
import { actLabel, avenantNumber, contractYears, isRetained, paymentsSituation } from './commitment';
import { formatEuros } from '../format/money';
import { MAX_CENTS } from './schema-primitives';
import { sousPrefectureElsewhere } from './etat-designations';
import { dateEnLettres, periodeAnnees } from '../format/dates';
import { identifierProblems } from './identifier-problems';
import { imputationProblems } from './budget-imputation';

export type ProblemTab = 'collectivite' | 'etat' | 'diagnostic' | 'actions' | 'financement' | 'contrat' | 'suivi';

export type ProblemCode =
  | 'requested-above-cost'
  | 'granted-above-cost'
  | 'granted-above-requested'
  | 'funding-above-cost'
  | 'funding-gap'
  | 'budget-year-outside-contract'
  | 'budget-year-duplicate'
  | 'action-dates-inverted'
  | 'cofunder-unnamed'
  | 'cofunder-zero'
  | 'public-figures-contradict'
  | 'signature-date-future'
  | 'deliberation-after-signature'
  | 'delegation-after-signature'
  | 'payments-above-commitment'
  | 'payment-year-outside-contract'
  | 'payment-date-future'
  | 'action-undecided'
  | 'retained-not-granted'
  | 'no-retained-action'
  | 'amendment-first-year'
  | 'amendment-year-outside-contract'
  | 'amendment-unknown-action'
  | 'amendment-above-cost'
  | 'amendment-without-budget'
  | 'amendment-empty'
  | 'amendment-date-future'
  | 'amendment-before-contract'
  | 'amendment-outside-its-year'
  | 'amendment-deliberation-after-signature'
  | 'amendment-duplicate-number'
  | 'siren-key'
  | 'siret-key'
  | 'siret-other-siren'
  | 'imputation-programme'
  | 'imputation-action'
  | 'totals-above-ceiling'
  | 'sous-prefecture-other-arrondissement'
  | 'deliberation-date-future'
  | 'delegation-date-future'
  | 'sous-prefet-for-departement-or-region'
  | 'payee-siren-missing'
  | 'payee-bank-missing';

export interface DossierProblem {
  code: ProblemCode;
  /** Dotted path of the field (`actions.0.budgets.1.ctaiAccorde`), for the link to it. */
  path: string;
  tab: ProblemTab;
  message: string;
  /** False for what is worth a look but does not make an act wrong (part of a cost not funded). */
  blocking: boolean;
}

function problem(code: ProblemCode, path: string, tab: ProblemTab, message: string, blocking = true): DossierProblem {
  return { code, path, tab, message, blocking };
}

const euros = formatEuros;

/** The name older versions gave a new co-funder: it would print in the contract, so it counts as none. */
const DEFAULT_COFUNDER_NAME = 'Cofinanceur';

/** Rules that hold at every moment of a dossier: money of each action, dates, figures. */
export function dossierProblems(dossier: Dossier, today: string): DossierProblem[] {
  const problems: DossierProblem[] = identifierProblems(dossier);
  const years = contractYears(dossier);
  const ptaiYear = dossier.contrat.conventionPtai?.annee;
  dossier.actions.forEach((action, a) => {
    const name = `l’action « ${action.intitule} »`;
    // An action set aside prints nowhere: only its own fields' validity matters.
    if (action.statut === 'ecartee') return;
    if (action.dateDebut && action.dateFin && action.dateFin < action.dateDebut)
      problems.push(
        problem(
          'action-dates-inverted',
          `actions.${a}.dateFin`,
          'actions',
          `La date de fin de ${name} (${dateEnLettres(action.dateFin)}) précède sa date de début (${dateEnLettres(action.dateDebut)}) : corrigez l’une des deux.`,
        ),
      );
    const seen = new Set<number>();
    action.budgets.forEach((budget, b) => {
      const base = `actions.${a}.budgets.${b}`;
      const where = `${name}, ${budget.annee}`;
      if (seen.has(budget.annee))
        problems.push(
          problem(
            'budget-year-duplicate',
            `${base}.annee`,
            'actions',
            `Pour ${name}, l’année ${budget.annee} a deux budgets : fusionnez-les en un seul.`,
          ),
        );
      seen.add(budget.annee);
      // The year a PTAI's convention granted, before the contract it became, is not the contract's.
      if (years.length && !years.includes(budget.annee) && budget.annee !== ptaiYear)
        problems.push(
          problem(
            'budget-year-outside-contract',
            `${base}.annee`,
            'actions',
            `Pour ${name}, le budget ${budget.annee} est hors de la durée du contrat (${periodeAnnees(years[0]!, years[years.length - 1]!)}) : changez son année ou la durée du contrat.`,
          ),
        );
      if (budget.ctaiDemande > budget.coutTotal)
        problems.push(
          problem(
            'requested-above-cost',
            `${base}.ctaiDemande`,
            'actions',
            `Pour ${where}, le montant CTAI demandé (${euros(budget.ctaiDemande)}) dépasse le coût total (${euros(budget.coutTotal)}).`,
          ),
        );
      if (budget.ctaiAccorde !== null && budget.ctaiAccorde > budget.coutTotal)
        problems.push(
          problem(
            'granted-above-cost',
            `${base}.ctaiAccorde`,
            'actions',
            `Pour ${where}, le montant CTAI accordé (${euros(budget.ctaiAccorde)}) dépasse le coût total (${euros(budget.coutTotal)}).`,
          ),
        );
      if (budget.ctaiAccorde !== null && budget.ctaiAccorde > budget.ctaiDemande)
        problems.push(
          problem(
            'granted-above-requested',
            `${base}.ctaiAccorde`,
            'actions',
            `Pour ${where}, le montant CTAI accordé (${euros(budget.ctaiAccorde)}) dépasse le montant demandé (${euros(budget.ctaiDemande)}).`,
          ),
        );
      const cofunding = budget.cofinanceurs.reduce((sum, c) => sum + c.montant, 0);
      const ctai = budget.ctaiAccorde ?? budget.ctaiDemande;
      const gap = budget.coutTotal - ctai - cofunding;
      // CTAI alone above the cost is said above; the co-funders add to it only otherwise.
      if (gap < 0 && ctai <= budget.coutTotal)
        problems.push(
          problem(
            'funding-above-cost',
            `${base}.cofinanceurs`,
            'actions',
            `Pour ${where}, le CTAI (${euros(ctai)}) et les cofinancements (${euros(cofunding)}) dépassent le coût total (${euros(budget.coutTotal)}) de ${euros(-gap)}.`,
          ),
        );
      else if (gap > 0)
        problems.push(
          problem(
            'funding-gap',
            `${base}.cofinanceurs`,
            'actions',
            `Pour ${where}, ${euros(gap)} du coût total ne sont couverts ni par le CTAI ni par un cofinanceur.`,
            false,
          ),
        );
      budget.cofinanceurs.forEach((cofinanceur, c) => {
        const path = `${base}.cofinanceurs.${c}`;
        const nom = cofinanceur.nom.trim();
        if (!nom || nom === DEFAULT_COFUNDER_NAME)
          problems.push(
            problem(
              'cofunder-unnamed',
              `${path}.nom`,
              'actions',
              `Pour ${where}, le cofinanceur n° ${c + 1} n’a pas de nom : indiquez-le ou retirez ce cofinanceur.`,
            ),
          );
        if (cofinanceur.montant === 0)
          problems.push(
            problem(
              'cofunder-zero',
              `${path}.montant`,
              'actions',
              `Pour ${where}, le cofinanceur ${nom && nom !== DEFAULT_COFUNDER_NAME ? `« ${nom} »` : `n° ${c + 1}`} apporte 0 € : indiquez son montant ou retirez-le.`,
            ),
          );
      });
    });
  });
  dossier.diagnostic.publics.forEach((figures, p) => {
    if (figures.bpi > figures.titresDeSejour)
      problems.push(
        problem(
          'public-figures-contradict',
          `diagnostic.publics.${p}.bpi`,
          'diagnostic',
          `En ${figures.annee}, les bénéficiaires de la protection internationale (${figures.bpi.toLocaleString('fr-FR')}) sont plus nombreux que les premiers titres de séjour (${figures.titresDeSejour.toLocaleString('fr-FR')}) : vérifiez ces chiffres.`,
        ),
      );
  });
  const { signature } = dossier.contrat;
  if (signature.date && signature.date > today)
    problems.push(
      problem(
        'signature-date-future',
        'contrat.signature.date',
        'contrat',
        `La date de signature du contrat (${dateEnLettres(signature.date)}) est dans le futur : indiquez la date à laquelle il a été signé.`,
      ),
    );
  // The acts a signature rests on come before it: a contract cannot cite a later authorisation.
  // Those the contract cites: recorded at its signature, else the tabs' (act-signers.ts).
  const deliberation = contractDeliberation(dossier);
  const late = deliberationAfterSignature(deliberation.date, signature.date, 'du contrat');
  if (late)
    problems.push(problem('deliberation-after-signature', 'collectivite.deliberation.date', 'collectivite', late));
  // An act cannot cite an authorisation still to come (a délibération or an arrêté typed with the wrong year).
  if (deliberation.date > today)
    problems.push(
      problem(
        'deliberation-date-future',
        'collectivite.deliberation.date',
        'collectivite',
        `La délibération autorisant la signature du contrat est datée du ${dateEnLettres(deliberation.date)}, dans le futur : indiquez la date à laquelle elle a été adoptée.`,
      ),
    );
  const etatSigner = contractSigners(dossier).etat;
  if (etatSigner.delegation && etatSigner.arrete.date > today)
    problems.push(
      problem(
        'delegation-date-future',
        'etat.delegation.date',
        'etat',
        `L’arrêté de délégation de signature est daté du ${dateEnLettres(etatSigner.arrete.date)}, dans le futur : indiquez la date à laquelle il a été pris.`,
      ),
    );
  if (etatSigner.delegation && signature.date && etatSigner.arrete.date > signature.date)
    problems.push(
      problem(
        'delegation-after-signature',
        'etat.delegation.date',
        'etat',
        `L’arrêté de délégation de signature est daté du ${dateEnLettres(etatSigner.arrete.date)}, après la signature du contrat (${dateEnLettres(signature.date)}) : ${etatSigner.civilite === 'Madame' ? 'la sous-préfète' : 'le sous-préfet'} ne pouvait pas signer par délégation ; corrigez l’une des deux dates.`,
      ),
    );
  dossier.contrat.avenants.forEach((avenant) => problems.push(...avenantProblems(dossier, avenant, today)));
  dossier.contrat.versements.forEach((versement, v) => {
    if (years.length && !years.includes(versement.annee) && versement.annee !== ptaiYear)
      problems.push(
        problem(
          'payment-year-outside-contract',
          `contrat.versements.${v}.annee`,
          'contrat',
          `Le versement n° ${v + 1} est rattaché à ${versement.annee}, hors de la durée du contrat (${periodeAnnees(years[0]!, years[years.length - 1]!)}) : corrigez son année.`,
          false,
        ),
      );
    if (versement.dateVersement && versement.dateVersement > today)
      problems.push(
        problem(
          'payment-date-future',
          `contrat.versements.${v}.dateVersement`,
          'contrat',
          `Le versement n° ${v + 1} est daté du ${dateEnLettres(versement.dateVersement)}, dans le futur : indiquez la date à laquelle il a été fait.`,
          false,
        ),
      );
  });
  problems.push(...ceilingProblems(dossier));
  // A département or a région contracts with the préfet (de région): a sous-préfet signing for it
  // is worth a look (the secrétaire général, a sous-préfet, may hold such a delegation).
  const { type } = dossier.collectivite;
  if (dossier.etat.signataire.qualite === 'sous-prefet' && (type === 'departement' || type === 'region'))
    problems.push(
      problem(
        'sous-prefet-for-departement-or-region',
        'etat.signataire.qualite',
        'etat',
        type === 'region'
          ? 'Un contrat avec une région est signé par le préfet de région : vérifiez la qualité du signataire pour l’État, sauf si l’arrêté de délégation le prévoit expressément.'
          : 'Un contrat avec un département est signé par le préfet du département : vérifiez la qualité du signataire pour l’État, sauf si l’arrêté de délégation le prévoit expressément.',
        false,
      ),
    );
  const elsewhere = sousPrefectureElsewhere(dossier);
  if (elsewhere)
    problems.push(
      problem(
        'sous-prefecture-other-arrondissement',
        'etat.sousPrefecture.nom',
        'etat',
        `Le contrat serait signé par le sous-préfet ${elsewhere.signe}, mais la collectivité est dans l’arrondissement ${elsewhere.arrondissement} : vérifiez la sous-préfecture, sauf si l’arrêté de délégation couvre cet arrondissement.`,
        false,
      ),
    );
  for (const year of paymentsSituation(dossier).years) {
    // A payment is a fact recorded from Chorus: said, not refused.
    if (year.paid > year.commitment.total)
      problems.push(
        problem(
          'payments-above-commitment',
          'contrat.versements',
          'contrat',
          `En ${year.commitment.annee}, les versements (${euros(year.paid)}) dépassent l’engagement de l’État (${euros(year.commitment.total)}, ${actLabel(year.commitment.act)}) : vérifiez les versements ou préparez un avenant.`,
          false,
        ),
      );
  }
  return problems;
}

/**
 * Each amount is at most MAX_CENTS (the schema), but the totals an act prints add them up: a total
 * above that ceiling could not be written in words, nor be a credible contract. The largest
 * totals any act prints are the sums, over every action and year, of the costs, of the CTAI asked
 * and granted and of the co-funders' amounts.
 */
function ceilingProblems(dossier: Dossier): DossierProblem[] {
  const budgets = dossier.actions.filter((action) => action.statut !== 'ecartee').flatMap((action) => action.budgets);
  const totals = [
    budgets.reduce((sum, b) => sum + b.coutTotal, 0),
    budgets.reduce((sum, b) => sum + b.ctaiDemande, 0),
    budgets.reduce((sum, b) => sum + (b.ctaiAccorde ?? 0), 0),
    budgets.reduce((sum, b) => sum + b.cofinanceurs.reduce((s, c) => s + c.montant, 0), 0),
  ];
  const largest = Math.max(...totals);
  return largest > MAX_CENTS
    ? [
        problem(
          'totals-above-ceiling',
          'actions',
          'actions',
          `Les montants des actions totalisent ${euros(largest)}, au-delà du plafond de ${euros(MAX_CENTS)} qu’un acte peut porter : vérifiez les montants saisis (un zéro de trop ?).`,
        ),
      ]
    : [];
}

/** What must hold, beyond the rules above, for the contract to be generated or signed. */
export function contractProblems(dossier: Dossier, today: string): DossierProblem[] {
  const problems = [
    ...dossierProblems(dossier, today).filter((p) => !p.code.startsWith('amendment-')),
    ...imputationProblems(dossier),
  ];
  dossier.actions.forEach((action, a) => {
    if (action.statut === 'proposee')
      problems.push(
        problem(
          'action-undecided',
          `actions.${a}.statut`,
          'actions',
          `L’action « ${action.intitule} » est encore « proposée » : retenez-la ou écartez-la avant le contrat.`,
        ),
      );
    if (isRetained(action) && !action.budgets.some((budget) => (budget.ctaiAccorde ?? 0) > 0))
      problems.push(
        problem(
          'retained-not-granted',
          `actions.${a}.budgets`,
          'actions',
          `L’action « ${action.intitule} » est retenue mais aucun montant CTAI ne lui est accordé : indiquez le montant accordé ou écartez-la.`,
        ),
      );
  });
  if (!dossier.actions.some(isRetained))
    problems.push(
      problem(
        'no-retained-action',
        'actions',
        'actions',
        'Le contrat ne retient aucune action : retenez-en au moins une.',
      ),
    );
  return problems;
}

/**
 * The sentence when the délibération authorising an act is dated after the act's signature (the
 * organ authorises before the executive signs, CGCT art. L2122-21, L3221-1, L4231-1, L5211-9),
 * else null. `act`: « du contrat », « de l’avenant n° 2 (2025) ».
 */
function deliberationAfterSignature(deliberation: string, signature: string, act: string): string | null {
  if (!deliberation || !signature || deliberation <= signature) return null;
  return `La délibération autorisant la signature ${act} est datée du ${dateEnLettres(deliberation)}, après sa signature (${dateEnLettres(signature)}) : corrigez l’une des deux dates.`;
}

/** The rules of one avenant: its year, its actions and amounts, its signature. */
export function avenantProblems(dossier: Dossier, avenant: Avenant, today: string): DossierProblem[] {
  const problems: DossierProblem[] = [];
  const index = dossier.contrat.avenants.indexOf(avenant);
  const base = `contrat.avenants.${index}`;
  const label = `L’avenant n° ${avenantNumber(dossier, avenant)} (${avenant.annee})`;
  const years = contractYears(dossier);
  if (years.length && avenant.annee === years[0])
    problems.push(
      problem(
        'amendment-first-year',
        `${base}.annee`,
        'contrat',
        `${label} porte sur la première année du contrat, dont le montant est fixé par le contrat lui-même : choisissez une année suivante.`,
      ),
    );
  else if (years.length && !years.includes(avenant.annee))
    problems.push(
      problem(
        'amendment-year-outside-contract',
        `${base}.annee`,
        'contrat',
        `${label} porte sur une année hors de la durée du contrat (${periodeAnnees(years[0]!, years[years.length - 1]!)}).`,
      ),
    );
  avenant.montants.forEach((line, m) => {
    const action = dossier.actions.find((a) => a.id === line.actionId);
    const path = `${base}.montants.${m}.montant`;
    if (!action) {
      problems.push(
        problem(
          'amendment-unknown-action',
          path,
          'contrat',
          `${label} cite une action qui n’existe plus dans le dossier.`,
        ),
      );
      return;
    }
    if (line.montant === 0) return;
    const budget = action.budgets.find((b) => b.annee === avenant.annee);
    if (!budget)
      problems.push(
        problem(
          'amendment-without-budget',
          path,
          'contrat',
          `${label} accorde ${euros(line.montant)} à l’action « ${action.intitule} », qui n’a pas de budget ${avenant.annee} : ajoutez ce budget dans l’onglet Actions.`,
        ),
      );
    else if (line.montant > budget.coutTotal)
      problems.push(
        problem(
          'amendment-above-cost',
          path,
          'contrat',
          `${label} accorde à l’action « ${action.intitule} » ${euros(line.montant)}, plus que son coût ${avenant.annee} (${euros(budget.coutTotal)}).`,
        ),
      );
  });
  if (!avenant.montants.some((line) => line.montant > 0))
    problems.push(
      problem(
        'amendment-empty',
        `${base}.montants`,
        'contrat',
        `${label} n’accorde aucun montant : indiquez au moins un montant.`,
      ),
    );
  const contractSignature = dossier.contrat.signature.date;
  if (avenant.date && contractSignature && avenant.date < contractSignature)
    problems.push(
      problem(
        'amendment-before-contract',
        `${base}.date`,
        'contrat',
        `${label} est daté du ${dateEnLettres(avenant.date)}, avant la signature du contrat qu’il modifie (${dateEnLettres(contractSignature)}) : corrigez l’une des deux dates.`,
      ),
    );
  // Credits are opened for one year and give no right in the next (loi organique n° 2001-692,
  // art. 15): the avenant that sets year N's amount is signed in year N, under N's finance law —
  // before, the law of N is not yet voted; after, N's credits are closed.
  if (avenant.date && Number(avenant.date.slice(0, 4)) !== avenant.annee)
    problems.push(
      problem(
        'amendment-outside-its-year',
        `${base}.date`,
        'contrat',
        `${label} fixe les crédits de ${avenant.annee} mais est daté du ${dateEnLettres(avenant.date)} : un avenant financier se signe dans l’année des crédits qu’il fixe (du 1er janvier au 31 décembre ${avenant.annee}) ; corrigez sa date ou son année.`,
      ),
    );
  // Avenants built by hand (tests, fixtures) may lack the délibération the schema gives them.
  const lateDeliberation = deliberationAfterSignature(
    (avenant.deliberation as Avenant['deliberation'] | undefined)?.date ?? '',
    avenant.date,
    `de l’avenant n° ${avenantNumber(dossier, avenant)} (${avenant.annee})`,
  );
  if (lateDeliberation)
    problems.push(
      problem('amendment-deliberation-after-signature', `${base}.deliberation.date`, 'contrat', lateDeliberation),
    );
  if (avenant.date && avenant.date > today)
    problems.push(
      problem(
        'amendment-date-future',
        `${base}.date`,
        'contrat',
        `${label} a une date de signature dans le futur (${dateEnLettres(avenant.date)}).`,
      ),
    );
  if (
    avenant.statut === 'signe' &&
    dossier.contrat.avenants.some(
      (other) => other !== avenant && other.statut === 'signe' && other.numero === avenant.numero,
    )
  )
    problems.push(
      problem(
        'amendment-duplicate-number',
        `${base}.numero`,
        'contrat',
        `Deux avenants signés portent le n° ${avenant.numero} : vérifiez lequel a été signé en premier.`,
      ),
    );
  return problems;
}

export function blocking(problems: readonly DossierProblem[]): DossierProblem[] {
  return problems.filter((p) => p.blocking);
}
