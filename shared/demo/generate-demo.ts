// Realistic demo dossiers: real collectivités from the official list, plausible diagnostics,
// actions on every axis with budgets and co-funders, every step and follow-up state.
// Deterministic for a seed. Serves the `ctai demo` command, tests, benchmarks and the app.
import { drawDossierNumber, numberingDepartement, type NumberingState } from '../dossier/dossier-number';
import { AXES, COMPULSORY_AXE, type Axe } from '../dossier/axes';
import { COLLECTIVITE_TYPES, type CollectiviteType } from '../dossier/collectivite-type';
import type { Action, BudgetAnnuel, Dossier } from '../dossier/dossier-schema';
import { emptyDossier, fieldsFromReferentiel } from '../dossier/new-dossier-factory';
import { signatoriesFromDossier } from '../dossier/signatories';
import { contractYears, paymentSchedule, stateCommitment } from '../dossier/commitment';
import { newBilan, newBilanAction, newCopil } from '../dossier/follow-up';
import { abandon, advance, suspend } from '../dossier/workflow';
import { STEPS, type Step } from '../dossier/workflow-steps';
import type { ReferentielEntry } from '../referentiel/referentiel';
import { ACTIONS_BY_AXE, COFINANCEURS, CONSTATS, NOMS, OPERATEURS, PRENOMS_F, PRENOMS_M } from './demo-texts';
import { seededRandom, type Random } from './random';
import { withSiretKey } from '../format/siret';

export interface DemoOptions {
  count: number;
  seed: number;
  /** Actions per dossier; random (1 to 8) when not given. */
  actions?: number;
  /** Years of budget per action; 3 when not given. */
  years?: number;
}

const ORDER: (Step | null)[] = [null, ...STEPS];

function addMonths(date: string, months: number, days = 0): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function person(random: Random) {
  const woman = random.chance(0.5);
  return {
    civilite: woman ? ('Madame' as const) : ('Monsieur' as const),
    prenom: random.pick(woman ? PRENOMS_F : PRENOMS_M),
    nom: random.pick(NOMS),
  };
}

function phone(random: Random): string {
  return `0${random.int(1, 5)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`;
}

function mail(prenom: string, nom: string, domain: string): string {
  const clean = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${clean(prenom)}.${clean(nom)}@${domain}`;
}

function budget(random: Random, annee: number, withGap: boolean): BudgetAnnuel {
  const coutTotal = random.int(8, 90) * 1000_00;
  const ctaiDemande = Math.round((coutTotal * random.int(40, 80)) / 100 / 100_00) * 100_00;
  let rest = coutTotal - ctaiDemande - (withGap ? random.int(1, 5) * 500_00 : 0);
  const names = random.shuffle(COFINANCEURS).slice(0, random.int(1, 3));
  const cofinanceurs = names.map((nom, index) => {
    const montant = index === names.length - 1 ? rest : Math.round(rest / 2 / 100) * 100;
    rest -= montant;
    return { nom, montant };
  });
  return { annee, coutTotal, ctaiDemande, ctaiAccorde: null, cofinanceurs: cofinanceurs.filter((c) => c.montant > 0) };
}

function makeAction(random: Random, index: number, axe: Axe, years: number[], withGap: boolean): Action {
  const operateur = random.pick(OPERATEURS);
  const second = random.chance(0.3) ? random.pick(AXES.filter((other) => other !== axe)) : null;
  const dateDebut = `${years[0]}-0${random.int(1, 9)}-01`;
  return {
    id: `action-${index + 1}`,
    intitule: `${random.pick(ACTIONS_BY_AXE[axe])}${index >= AXES.length ? ` (${Math.floor(index / AXES.length) + 1})` : ''}`,
    axes: second ? [axe, second] : [axe],
    porteur: {
      nom: operateur.nom,
      formeJuridique: operateur.formeJuridique,
      // 14 digits drawn (the stream of draws unchanged), the last made the Luhn key.
      siret: random.chance(0.7) ? withSiretKey(random.digits(14).slice(0, 13)) : '',
      rna: random.chance(0.5) ? `W${random.digits(9)}` : '',
    },
    publicCible: random.pick([
      'Bénéficiaires de la protection internationale',
      'Primo-arrivants en situation régulière',
      'Femmes réfugiées',
      'Jeunes réfugiés de 18 à 25 ans',
      'Familles réfugiées avec enfants',
    ]),
    beneficiaires: random.int(10, 250),
    objectifs: 'Favoriser l’autonomie des personnes accompagnées et leur accès au droit commun.',
    description: `Action menée par ${operateur.nom} auprès du public cible, en lien avec les services de la collectivité.`,
    dateDebut,
    dateFin: `${years[years.length - 1]}-12-31`,
    budgets: years.map((annee) => budget(random, annee, withGap)),
    indicateurs: [
      { id: 'ind-1', libelle: 'Nombre de personnes accompagnées', cible: String(random.int(20, 200)), realise: [] },
      { id: 'ind-2', libelle: 'Part de sorties positives', cible: `${random.int(30, 70)} %`, realise: [] },
    ],
    statut: 'proposee',
  };
}

/** A valid French IBAN (Banque de France, where collectivités hold their Treasury account), key computed. */
export function demoIban(index: number): string {
  const bban = `30001${String(index % 100000).padStart(5, '0')}C${String(index).padStart(10, '0')}00`;
  const numeric = `${bban}FR00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `FR${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** A SIRET whose key holds: the collectivité's SIREN when known (else one made from the index), NIC 0001x. */
export function demoSiret(siren: string, index: number): string {
  return withSiretKey(`${siren || `2${String(index % 1e8).padStart(8, '0')}`}0001`);
}

/**
 * The élu référent, titled in the form of their own civility (no inclusive writing in an act):
 * an adjoint au maire in a commune, a vice-président elsewhere (conseil départemental, régional,
 * communautaire).
 */
function eluReferent(elu: ReturnType<typeof person>, type: CollectiviteType) {
  const woman = elu.civilite === 'Madame';
  const office =
    type === 'commune'
      ? woman
        ? 'Adjointe au maire'
        : 'Adjoint au maire'
      : woman
        ? 'Vice-présidente'
        : 'Vice-président';
  return { ...elu, fonction: `${office} ${woman ? 'chargée' : 'chargé'} de la solidarité` };
}

/** The seat's street line: the hôtel de ville, du département, de région or the EPCI's seat. */
function seatLine(number: number, type: CollectiviteType): string {
  if (type === 'departement') return `Hôtel du Département, ${number} rue de la Préfecture`;
  if (type === 'region') return `Hôtel de Région, ${number} boulevard de la Liberté`;
  if (type === 'commune') return `${number} place de la Mairie`;
  return `${number} rue de l’Hôtel communautaire`;
}

/**
 * The sous-préfet's arrêté de délégation, taken on a 1st of September before the dossier was
 * created, so before any act of it is signed (a signature can come one month after creation).
 * Derived, not drawn: the random sequence of earlier seeds is kept.
 */
function delegationBefore(created: string, index: number) {
  const createdYear = Number(created.slice(0, 4));
  const year = created >= `${createdYear}-09-01` ? createdYear : createdYear - 1;
  return { numero: `${year}-SG-${String(index + 1).padStart(3, '0')}`, date: `${year}-09-01` };
}

function demoDossier(entry: ReferentielEntry, random: Random, index: number, options: DemoOptions): Dossier {
  const target = ORDER[index % ORDER.length] ?? null;
  const startYear = random.int(2021, 2025);
  const created = `${startYear - 1}-${String(random.int(1, 9)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  let dossier = emptyDossier(fieldsFromReferentiel(entry), uuid(random), new Date(`${created}T09:00:00Z`));
  const domain = `${entry.nom
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')}.fr`;
  const representant = person(random);
  const titre = entry.type === 'commune' ? 'Maire' : representant.civilite === 'Madame' ? 'Présidente' : 'Président';
  const chef = person(random);
  const referent = person(random);
  const signataire = person(random);
  // A sous-préfet signs for a collectivité of his arrondissement: only where the list gives a sous-préfecture
  // (the draw is made either way, so that the random sequence of earlier seeds is kept).
  // The arrondissement of the préfecture itself has no sous-préfet (the list gives it no sous-préfecture).
  const sousPrefet = random.chance(0.3) && entry.sousPrefecture !== '';
  dossier = {
    ...dossier,
    collectivite: {
      ...dossier.collectivite,
      representant: { ...representant, titre },
      deliberation: { numero: `${startYear - 1}-${random.int(10, 250)}`, date: addMonths(created, 1) },
      eluReferent: eluReferent(person(random), entry.type),
      chefDeProjet: { ...chef, email: mail(chef.prenom, chef.nom, domain), telephone: phone(random) },
      adresse: {
        ligne1: seatLine(random.int(1, 40), entry.type),
        ligne2: '',
        codePostal: `${entry.departement.code.padEnd(2, '0').slice(0, 2)}${random.digits(3)}`,
        commune: entry.chefLieu || entry.nom,
      },
      contact: { email: `contact@${domain}`, telephone: phone(random) },
      banque: { iban: demoIban(index), bic: 'BDFEFRPPCCT' },
      // Derived, not drawn: earlier seeds keep their dossiers. The seat's establishment (NIC 0001x).
      siret: demoSiret(dossier.collectivite.siren, index),
    },
    etat: {
      ...dossier.etat,
      prefecture: { ...dossier.etat.prefecture, adresse: `${random.int(1, 20)} rue de la Préfecture` },
      sousPrefecture: sousPrefet ? { nom: entry.sousPrefecture, adresse: '' } : { nom: '', adresse: '' },
      signataire: { ...signataire, qualite: sousPrefet ? 'sous-prefet' : 'prefet' },
      // Derived without drawing from the random sequence, so that earlier seeds give the same dossiers.
      prefet: { civilite: index % 2 ? 'Madame' : 'Monsieur', prenom: '', nom: '' },
      delegation: sousPrefet ? delegationBefore(created, index) : { numero: '', date: '' },
      referent: {
        ...referent,
        service: 'Bureau de l’intégration et de l’accueil des étrangers',
        email: mail(referent.prenom, referent.nom, 'interieur.gouv.fr'),
        telephone: phone(random),
      },
    },
  };
  const years = Array.from({ length: options.years ?? 3 }, (_, i) => startYear + i);
  const axesDiagnostic = [
    COMPULSORY_AXE,
    ...random.shuffle(AXES.filter((a) => a !== COMPULSORY_AXE)).slice(0, random.int(3, 7)),
  ];
  dossier.diagnostic = {
    synthese: `Le territoire accueille chaque année plusieurs centaines de primo-arrivants, dont une part croissante de bénéficiaires de la protection internationale.`,
    publics: [startYear - 2, startYear - 1].map((annee) => {
      const titresDeSejour = random.int(80, 1500);
      return {
        annee,
        titresDeSejour,
        bpi: Math.round((titresDeSejour * random.int(20, 45)) / 100),
        femmes: Math.round((titresDeSejour * random.int(35, 55)) / 100),
        enfants: Math.round((titresDeSejour * random.int(15, 35)) / 100),
        source: 'Préfecture, AGDREF',
      };
    }),
    axes: axesDiagnostic.map((axe) => ({
      axe,
      constats: random.pick(CONSTATS),
      offreExistante: 'Dispositifs de droit commun et associations locales.',
      manques: 'Accompagnement renforcé et coordination des acteurs.',
      priorite: random.pick(['haute', 'moyenne', 'basse'] as const),
    })),
  };
  const actionCount = options.actions ?? random.int(1, 8);
  const axesForActions = [COMPULSORY_AXE, ...AXES.filter((a) => a !== COMPULSORY_AXE)];
  dossier.actions = Array.from({ length: actionCount }, (_, i) =>
    makeAction(
      random,
      i,
      i < axesForActions.length ? axesForActions[i]! : random.pick(AXES),
      years,
      random.chance(0.1),
    ),
  );

  // Reach the target step through the workflow's own rules, so every demo dossier is consistent.
  const reached = ORDER.indexOf(target);
  let date = addMonths(created, 1);
  const auteur = `${referent.prenom} ${referent.nom}`;
  for (let step = 1; step <= reached; step++) {
    const next = ORDER[step]!;
    if (next === 'lettre-intention')
      dossier = { ...dossier, workflow: { ...dossier.workflow, lettreIntentionRecue: date } };
    if (next === 'signature') dossier = withSignature(dossier, date, startYear, random);
    if (next === 'suivi') dossier = withFollowUp(dossier, startYear, random);
    if (next === 'cloture') dossier = withAllReports(dossier);
    const result = advance(dossier, next, date, auteur);
    if (!result.ok) throw new Error(`Démo : étape ${next} refusée : ${result.reasons.join(' ')}`);
    dossier = result.dossier;
    date = addMonths(date, random.int(1, 3), random.int(0, 20));
  }
  if (target === 'cloture')
    dossier.actions = dossier.actions.map((action) => ({
      ...action,
      statut: action.statut === 'ecartee' ? 'ecartee' : 'terminee',
    }));
  if (index % 17 === 5)
    dossier = unwrap(suspend(dossier, date, 'Changement d’équipe municipale : reprise après les élections.', auteur));
  if (index % 23 === 11) dossier = unwrap(abandon(dossier, date, 'La collectivité a renoncé à la démarche.', auteur));
  dossier.updatedAt = `${date}T17:00:00.000Z`;
  return dossier;
}

function unwrap(result: ReturnType<typeof suspend>): Dossier {
  if (!result.ok) throw new Error(result.reasons.join(' '));
  return result.dossier;
}

function withSignature(dossier: Dossier, date: string, startYear: number, random: Random): Dossier {
  const actions = dossier.actions.map((action, i) => {
    const ecartee = i > 0 && random.chance(0.1);
    return {
      ...action,
      statut: ecartee ? ('ecartee' as const) : ('retenue' as const),
      budgets: action.budgets.map((b) => ({ ...b, ctaiAccorde: ecartee ? 0 : b.ctaiDemande })),
    };
  });
  const years = [...new Set(actions.flatMap((a) => a.budgets.map((b) => b.annee)))].sort();
  const { collectivite } = dossier;
  return {
    ...dossier,
    actions,
    contrat: {
      ...dossier.contrat,
      numero: `CTAI-${collectivite.departement.code || '00'}-${startYear}-${String(random.int(1, 9)).padStart(2, '0')}`,
      anneeDebut: startYear,
      duree: years.length,
      signature: {
        lieu: collectivite.adresse.commune,
        date,
        signataires: signatoriesFromDossier(dossier),
      },
    },
  };
}

function withAllReports(dossier: Dossier): Dossier {
  const bilans = contractYears(dossier).map((annee) => ({
    ...newBilan(annee),
    dateReception: `${annee + 1}-05-30`,
    dateCompteRenduFinancier: `${annee + 1}-05-30`,
  }));
  return { ...dossier, contrat: { ...dossier.contrat, bilans } };
}

/**
 * The first year's report, received: each funded action's results derived from its figures
 * (four fifths of the beneficiaries and of the target, nine tenths of the cost), no random draw,
 * so that the demo data of other dossiers stays the same.
 */
function firstYearReport(dossier: Dossier, annee: number) {
  const funded = stateCommitment(dossier, annee).lines.map((line) => line.actionId);
  return {
    ...newBilan(annee),
    dateReception: `${annee + 1}-05-30`,
    dateCompteRenduFinancier: `${annee + 1}-05-30`,
    actions: funded.map((actionId) => {
      const action = dossier.actions.find((a) => a.id === actionId)!;
      const budget = action.budgets.find((b) => b.annee === annee);
      return {
        ...newBilanAction(actionId),
        beneficiairesAtteints: Math.round(action.beneficiaires * 0.8),
        realise: 'Action menée comme prévu, avec les partenaires du territoire.',
        depenseTotale: budget ? Math.round(budget.coutTotal * 0.9) : null,
        depenseCtai: budget?.ctaiAccorde ?? null,
      };
    }),
  };
}

function withFollowUp(dossier: Dossier, startYear: number, random: Random): Dossier {
  const [advance] = paymentSchedule(dossier, stateCommitment(dossier, startYear));
  return {
    ...dossier,
    actions: dossier.actions.map((action) =>
      action.statut === 'retenue'
        ? {
            ...action,
            statut: 'en-cours' as const,
            // Four fifths of each target reached in the first year (no random draw, see firstYearReport).
            indicateurs: action.indicateurs.map((indicateur) => ({
              ...indicateur,
              realise: [
                {
                  annee: startYear,
                  valeur: indicateur.cible.replace(/\d+/, (n) => String(Math.round(Number(n) * 0.8))),
                },
              ],
            })),
          }
        : action,
    ),
    contrat: {
      ...dossier.contrat,
      versements: [
        {
          id: 'versement-1',
          annee: startYear,
          nature: 'avance',
          dateVersement: `${startYear}-04-${String(random.int(1, 28)).padStart(2, '0')}`,
          montantVerse: advance!.montant,
          ej: `2100${random.digits(6)}`,
        },
      ],
      avenants: [
        {
          id: 'avenant-1',
          annee: startYear + 1,
          numero: '1',
          statut: 'signe',
          date: `${startYear + 1}-02-15`,
          lieu: dossier.contrat.signature.lieu,
          signataires: dossier.contrat.signature.signataires.map((signataire) => ({ ...signataire })),
          deliberation: { numero: `${startYear + 1}-${random.int(10, 250)}`, date: `${startYear + 1}-01-20` },
          montants: dossier.actions
            .filter((a) => a.statut !== 'ecartee')
            .map((a) => ({
              actionId: a.id,
              montant: a.budgets.find((b) => b.annee === startYear + 1)?.ctaiAccorde ?? 0,
            })),
        },
      ],
      copil: [
        {
          ...newCopil(`${startYear}-10-${String(random.int(1, 28)).padStart(2, '0')}`),
          lieu: dossier.contrat.signature.lieu,
          participants: dossier.contrat.signature.signataires.map((signataire) => ({
            nom: signataire.nom,
            qualite: signataire.qualite,
            institution: signataire.partie === 'etat' ? 'Préfecture' : dossier.collectivite.nom,
          })),
          decisions: [
            { texte: `Le bilan des actions de ${startYear} est approuvé.`, avenantAnnee: null },
            { texte: `Les montants de ${startYear + 1} sont reconduits par avenant.`, avenantAnnee: startYear + 1 },
          ],
        },
      ],
      bilans: [firstYearReport(dossier, startYear)],
    },
  };
}

/** Picks real collectivités, every type in turn, larger places first for communes. */
function pickEntries(entries: readonly ReferentielEntry[], count: number, random: Random): ReferentielEntry[] {
  const byType = new Map<CollectiviteType, ReferentielEntry[]>();
  for (const type of COLLECTIVITE_TYPES) {
    const candidates = entries.filter(
      (e) =>
        e.type === type && (type !== 'commune' || (e.population ?? 0) > 15000) && e.departement.code && e.region.code,
    );
    byType.set(type, candidates.length ? candidates : entries.filter((e) => e.type === type));
  }
  const used = new Set<ReferentielEntry>();
  return Array.from({ length: count }, (_, i) => {
    const type = COLLECTIVITE_TYPES[i % COLLECTIVITE_TYPES.length]!;
    const candidates = byType.get(type)!;
    let entry = random.pick(candidates);
    for (let tries = 0; used.has(entry) && tries < 20; tries++) entry = random.pick(candidates);
    // Never twice the same collectivité (a duplicate the app would warn about): once the draws
    // fail, the first one left of this type, else of any type (communes are plenty). No further
    // draw is made, so that the dossiers of earlier seeds without a repeat stay the same.
    if (used.has(entry))
      entry =
        candidates.find((e) => !used.has(e)) ??
        COLLECTIVITE_TYPES.flatMap((t) => byType.get(t)!).find((e) => !used.has(e)) ??
        entry;
    used.add(entry);
    return entry;
  });
}

/**
 * The site mark of demo dossiers: « DEMO » holds an O, which the marks installations draw never do
 * (dossier-number.ts), so a demo number can never be taken for a real one.
 */
export const DEMO_SITE_MARK = 'DEMO';

export function generateDemoDossiers(entries: readonly ReferentielEntry[], options: DemoOptions): Dossier[] {
  const random = seededRandom(options.seed);
  const dossiers = pickEntries(entries, options.count, random).map((entry, index) =>
    demoDossier(entry, random, index, options),
  );
  // Numbered after the draw, so that the random sequence of earlier seeds is kept.
  let numbering: NumberingState = { site: DEMO_SITE_MARK, next: {} };
  return dossiers.map((dossier) => {
    const drawn = drawDossierNumber(numbering, numberingDepartement(dossier), Number(dossier.createdAt.slice(0, 4)));
    numbering = drawn.state;
    return { ...dossier, numero: drawn.numero };
  });
}
