// The CTAI dossier: every field a préfecture follows, as one runtime schema that serves forms,
// imports and the JSON Schema of the exchange format.
import { z } from 'zod';
import { TYPE_LIAISON_MAX } from '../format/territory-names';
import { ACTION_STATUS_LABELS } from './action-status';
import { AXES, AXE_LABELS } from './axes';
import { COLLECTIVITE_TYPES, COLLECTIVITE_TYPE_LABELS } from './collectivite-type';
import { field } from './field-meta';
import {
  cents,
  checkedSiret,
  civilite,
  codeDepartement,
  codeInsee,
  codeRegion,
  count,
  bic,
  email,
  iban,
  isoDate,
  isoDateTime,
  longText,
  optional,
  requiredText,
  rna,
  siren,
  siret,
  telephone,
  text,
  year,
} from './schema-primitives';
import {
  DOSSIER_STATUSES,
  DOSSIER_STATUS_LABELS,
  EVENT_TYPES,
  EVENT_TYPE_LABELS,
  FORMES,
  FORME_LABELS,
  STEPS,
  STEP_LABELS,
  BEFORE_FIRST_STEP_LABEL,
} from './workflow-steps';

/**
 * Version of the dossier format this application writes. Older versions are upgraded on every
 * entry by `restoreDossier` (format-upgrades/); version 2 derives the State's yearly amounts
 * from the actions instead of a hand-typed list, and makes avenants signed acts.
 * The version changes only when a field changes meaning or shape, so that an older version
 * would read it wrong. A field added with a default does not change it: a dossier lacking it
 * gets the default, and an older version keeps it untouched as an unknown field
 * (format-upgrades/unknown-fields.ts), which makes such additions safe in both directions.
 */
export const DOSSIER_FORMAT_VERSION = 2;
/** The oldest format version still read (and upgraded step by step): fixtures of each stay in tests/fixtures. */
export const DOSSIER_FORMAT_OLDEST = 1;

/** A text field named by itself only with its owner (« Nom du représentant de la collectivité »). */
const general = <T extends z.ZodType>(schema: T, label: string) => field(schema, { label, general: true });

const personne = z.object({
  civilite: general(optional(civilite()), 'Civilité'),
  prenom: general(text(80), 'Prénom'),
  nom: general(text(80), 'Nom'),
});

/** A délibération or arrêté: its number and date, named with whose it is. */
const acte = () => z.object({ numero: general(text(40), 'Numéro'), date: general(optional(isoDate()), 'Date') });

const email_ = () => general(optional(email()), 'Adresse électronique');
const telephone_ = () => general(optional(telephone()), 'Téléphone');

export const collectiviteSchema = z.object({
  type: field(z.enum(COLLECTIVITE_TYPES), { label: 'Type de collectivité', values: COLLECTIVITE_TYPE_LABELS }),
  nom: general(requiredText(150), 'Nom'),
  /** 'officiel' when picked from the official list; 'saisie-libre' when typed by hand. */
  source: field(z.enum(['officiel', 'saisie-libre']), {
    label: 'Origine de la fiche de la collectivité',
    values: { officiel: 'Liste officielle', 'saisie-libre': 'Saisie libre' },
  }),
  codeInsee: field(optional(codeInsee()), 'Code INSEE'),
  siren: field(optional(siren()), 'SIREN de la collectivité'),
  /**
   * The SIRET of the collectivité's establishment that receives the subsidy (the open data of the
   * conventions identifies the beneficiary by it). Absent from dossiers written before it: empty.
   */
  siret: field(optional(checkedSiret()).default(''), 'SIRET de la collectivité'),
  departement: field(z.object({ code: general(optional(codeDepartement()), 'Code'), nom: general(text(80), 'Nom') }), {
    label: 'Département',
    owner: 'du département',
  }),
  arrondissement: field(text(80), 'Arrondissement'),
  region: field(z.object({ code: general(optional(codeRegion()), 'Code'), nom: general(text(80), 'Nom') }), {
    label: 'Région',
    owner: 'de la région',
  }),
  /**
   * INSEE's type de nom en clair (0–8: how « de » joins the name, see format/territory-names.ts),
   * kept from the official list when the collectivité is picked there, so that documents need no
   * referential; null for EPCI and names typed by hand (derived from the name's own article).
   * Absent from dossiers written before it: null.
   */
  typeLiaison: field(
    z.number().int().min(0).max(TYPE_LIAISON_MAX).nullable().default(null),
    'Type de nom (article du nom, INSEE)',
  ),
  population: field(count().nullable(), 'Population'),
  representant: field(personne.extend({ titre: general(text(80), 'Titre') }), {
    label: 'Représentant de la collectivité',
    owner: 'du représentant de la collectivité',
  }),
  deliberation: field(acte(), { label: 'Délibération de la collectivité', owner: 'de la délibération' }),
  eluReferent: field(personne.extend({ fonction: general(text(120), 'Fonction') }), {
    label: 'Élu référent',
    owner: 'de l’élu référent',
  }),
  chefDeProjet: field(personne.extend({ email: email_(), telephone: telephone_() }), {
    label: 'Chef de projet',
    owner: 'du chef de projet',
  }),
  adresse: field(
    z.object({
      ligne1: field(text(150), 'Adresse (ligne 1)'),
      ligne2: field(text(150), 'Adresse (ligne 2)'),
      codePostal: field(text(10), 'Code postal'),
      commune: field(text(100), 'Commune'),
    }),
    'Adresse de la collectivité',
  ),
  contact: field(z.object({ email: email_(), telephone: telephone_() }), {
    label: 'Contact de la collectivité',
    owner: 'de contact de la collectivité',
  }),
  /** Bank details the State pays to (printed in the contract's payment article). Absent before: empty. */
  banque: field(
    z
      .object({ iban: general(optional(iban()), 'IBAN'), bic: general(optional(bic()), 'BIC') })
      .default({ iban: '', bic: '' }),
    { label: 'Coordonnées bancaires', owner: 'de la collectivité' },
  ),
});

const SIGNATAIRE_QUALITES = { prefet: 'Préfet', 'sous-prefet': 'Sous-préfet' } as const;

export const etatSchema = z.object({
  prefecture: field(
    z.object({
      departementCode: field(optional(codeDepartement()), 'Code du département de la préfecture'),
      nom: general(text(120), 'Nom'),
      adresse: general(text(250), 'Adresse'),
    }),
    { label: 'Préfecture', owner: 'de la préfecture' },
  ),
  sousPrefecture: field(z.object({ nom: general(text(120), 'Nom'), adresse: general(text(250), 'Adresse') }), {
    label: 'Sous-préfecture',
    owner: 'de la sous-préfecture',
  }),
  signataire: field(
    personne.extend({
      qualite: general(field(z.enum(['prefet', 'sous-prefet']), { values: SIGNATAIRE_QUALITES }), 'Qualité'),
    }),
    { label: 'Signataire pour l’État', owner: 'du signataire pour l’État' },
  ),
  /**
   * The préfet in person, whom letters address when a sous-préfet signs (each person's own
   * civility). Absent from dossiers written before it: empty (the signatory's, when the préfet signs).
   */
  prefet: field(personne.default({ civilite: '', prenom: '', nom: '' }), { label: 'Préfet', owner: 'du préfet' }),
  /** The arrêté by which the préfet delegates the signature to the sous-préfet (cited in the contract's visas). */
  delegation: field(acte().default({ numero: '', date: '' }), {
    label: 'Arrêté de délégation de signature',
    owner: 'de l’arrêté de délégation',
  }),
  referent: field(
    personne.extend({
      service: field(text(150), 'Service de l’agent référent'),
      email: email_(),
      telephone: telephone_(),
    }),
    { label: 'Agent référent', owner: 'de l’agent référent' },
  ),
  programme: field(text(10), 'Programme budgétaire'),
  action: field(text(10), 'Action budgétaire'),
});

export const publicFigureSchema = z.object({
  annee: field(year(), 'Année des chiffres'),
  titresDeSejour: field(count(), 'Titres de séjour signés'),
  bpi: field(count(), 'Bénéficiaires de la protection internationale'),
  femmes: field(count(), 'Femmes'),
  enfants: field(count(), 'Enfants'),
  source: field(text(200), 'Source des chiffres'),
});

export const PRIORITE_LABELS = { haute: 'Haute', moyenne: 'Moyenne', basse: 'Basse', '': 'Non précisée' } as const;

export const axeDiagnosticSchema = z.object({
  axe: field(z.enum(AXES), { label: 'Axe', values: AXE_LABELS }),
  constats: field(longText(), 'Constats'),
  offreExistante: field(longText(), 'Offre existante'),
  manques: field(longText(), 'Manques'),
  priorite: field(z.enum(['haute', 'moyenne', 'basse', '']), { label: 'Priorité', values: PRIORITE_LABELS }),
});

export const diagnosticSchema = z.object({
  synthese: field(longText(), 'Synthèse du diagnostic'),
  publics: field(z.array(publicFigureSchema).max(50), { label: 'Chiffres sur le public', item: 'ligne' }),
  axes: field(z.array(axeDiagnosticSchema).max(AXES.length), { label: 'Axes du diagnostic', item: 'axe' }),
});

/** A co-funder; its name may be empty while typed (the consistency rules refuse it in an act). */
export const cofinanceurSchema = z.object({
  nom: field(text(150), 'Nom du cofinanceur'),
  montant: field(cents(), 'Montant du cofinanceur'),
});

export const budgetAnnuelSchema = z.object({
  annee: field(year(), 'Année du budget'),
  coutTotal: field(cents(), 'Coût total'),
  ctaiDemande: field(cents(), 'Montant CTAI demandé'),
  ctaiAccorde: field(cents().nullable(), 'Montant CTAI accordé'),
  cofinanceurs: field(z.array(cofinanceurSchema).max(30), { label: 'Cofinanceurs', item: 'cofinanceur' }),
});

export const indicateurSchema = z.object({
  id: field(requiredText(64), 'Identifiant de l’indicateur'),
  libelle: field(requiredText(200), 'Libellé de l’indicateur'),
  cible: field(text(100), 'Cible de l’indicateur'),
  realise: field(
    z
      .array(
        z.object({ annee: field(year(), 'Année de la valeur atteinte'), valeur: field(text(100), 'Valeur atteinte') }),
      )
      .max(20),
    { label: 'Valeurs atteintes', item: 'année' },
  ),
});

export const ACTION_STATUSES = ['proposee', 'retenue', 'ecartee', 'en-cours', 'terminee'] as const;

export const actionSchema = z.object({
  id: field(requiredText(64), 'Identifiant de l’action'),
  intitule: field(requiredText(200), 'Intitulé de l’action'),
  axes: field(
    z
      .array(field(z.enum(AXES), { label: 'Axe', values: AXE_LABELS }))
      .min(1)
      .max(AXES.length),
    {
      label: 'Axes de l’action',
      item: 'axe',
    },
  ),
  porteur: field(
    z.object({
      nom: general(requiredText(150), 'Nom'),
      formeJuridique: general(text(80), 'Forme juridique'),
      siret: general(optional(siret()), 'SIRET'),
      rna: general(optional(rna()), 'Numéro RNA'),
    }),
    { label: 'Porteur', owner: 'du porteur' },
  ),
  publicCible: field(text(300), 'Public cible'),
  beneficiaires: field(count(), 'Nombre de bénéficiaires visés'),
  objectifs: field(longText(), 'Objectifs'),
  description: field(longText(), 'Description de l’action'),
  dateDebut: field(optional(isoDate()), 'Date de début de l’action'),
  dateFin: field(optional(isoDate()), 'Date de fin de l’action'),
  budgets: field(z.array(budgetAnnuelSchema).max(20), { label: 'Budgets annuels', item: 'année' }),
  indicateurs: field(z.array(indicateurSchema).max(30), { label: 'Indicateurs', item: 'indicateur' }),
  statut: field(z.enum(ACTION_STATUSES), { label: 'Statut de l’action', values: ACTION_STATUS_LABELS }),
});

/**
 * A payment the State made (recorded by the finance service). What is due is derived from the
 * year's act (commitment.ts); `datePrevue` and `montantPrevu` of format 1 are no longer read.
 */
export const versementSchema = z.object({
  id: field(requiredText(64), 'Identifiant du versement'),
  annee: field(year(), 'Année du versement'),
  nature: field(z.enum(['avance', 'solde']), {
    label: 'Nature du versement',
    values: { avance: 'Avance', solde: 'Solde' },
  }),
  dateVersement: field(optional(isoDate()), 'Date du versement'),
  /** Cents paid; null for a line of format 1 that only planned a payment. */
  montantVerse: field(cents().nullable(), 'Montant versé'),
  /** Chorus legal-commitment number (engagement juridique), when known. */
  ej: field(text(20), 'Engagement juridique Chorus'),
});

export const signataireSchema = z.object({
  partie: field(z.enum(['etat', 'collectivite']), {
    label: 'Partie signataire',
    values: { etat: 'État', collectivite: 'Collectivité' },
  }),
  nom: field(requiredText(120), 'Nom du signataire'),
  qualite: field(requiredText(200), 'Qualité du signataire'),
  /**
   * The person's civility when signing (« la maire », « représentée par sa présidente »);
   * absent from signatories recorded before it was kept (act-signers.ts reads the title then).
   */
  civilite: field(optional(civilite()).optional(), 'Civilité du signataire'),
  /**
   * For the State's signatory by delegation (a sous-préfet): the arrêté de délégation under which
   * the act was signed, and the civility of the préfet who delegated, as they stood at signature,
   * so that the signed act keeps citing them once the État tab changes. Absent from signatories
   * recorded before it was kept, and for a préfet signing in person: the État tab's are read.
   */
  arrete: field(acte().optional(), { label: 'Arrêté de délégation du signataire', owner: 'de l’arrêté de délégation' }),
  delegant: field(optional(civilite()).optional(), 'Civilité du préfet délégant'),
});

export const AVENANT_STATUSES = ['projet', 'signe'] as const;

/**
 * An avenant financier: drafted for a year, it holds the new granted amount of each action for
 * that year (an action at 0 is withdrawn, one the contract did not retain is added); once signed
 * it is the truth for its year. `numero` is given at signature (1, 2, … in the order signed).
 */
export const avenantSchema = z.object({
  id: field(requiredText(64), 'Identifiant de l’avenant'),
  annee: field(year(), 'Année de l’avenant'),
  numero: field(text(40), 'Numéro de l’avenant'),
  statut: field(z.enum(AVENANT_STATUSES), {
    label: 'Statut de l’avenant',
    values: { projet: 'En projet', signe: 'Signé' },
  }),
  /** Date of signature. */
  date: field(optional(isoDate()), 'Date de signature de l’avenant'),
  lieu: field(text(100), 'Lieu de signature de l’avenant'),
  signataires: field(z.array(signataireSchema).max(6), { label: 'Signataires de l’avenant', item: 'signataire' }),
  deliberation: field(acte(), { label: 'Délibération approuvant l’avenant', owner: 'de la délibération' }),
  montants: field(
    z
      .array(
        z.object({
          actionId: field(requiredText(64), 'Action de l’avenant'),
          montant: field(cents(), 'Montant accordé par l’avenant'),
        }),
      )
      .max(200),
    { label: 'Montants de l’avenant', item: 'montant' },
  ),
});

/**
 * A change received from another site that would have altered the signed contract: kept aside,
 * never applied, until the agent dismisses it (a signed amount changes only by an avenant).
 */
export const modificationRefuseeSchema = z.object({
  id: field(requiredText(64), 'Identifiant de la modification'),
  date: field(isoDateTime(), 'Date de réception de la modification'),
  champ: field(text(300), 'Champ modifié'),
  valeurSignee: field(text(300), 'Valeur signée'),
  valeurRecue: field(text(300), 'Valeur reçue'),
  auteur: field(text(300), 'Auteur de la modification'),
});

/**
 * What one action achieved in a year, as the collectivité's yearly report says (the indicators'
 * values reached are kept with each indicator, `indicateurs[].realise`). Amounts in cents,
 * null while not known.
 */
export const bilanActionSchema = z.object({
  actionId: field(requiredText(64), 'Action du bilan'),
  beneficiairesAtteints: field(count().nullable(), 'Bénéficiaires atteints'),
  /** What was done. */
  realise: field(longText(), 'Actions réalisées'),
  difficultes: field(longText(), 'Difficultés rencontrées'),
  /** What is planned for the next year. */
  perspectives: field(longText(), 'Perspectives pour l’année suivante'),
  depenseTotale: field(cents().nullable(), 'Dépense totale'),
  /** The part of the spending paid by the CTAI's credits. */
  depenseCtai: field(cents().nullable(), 'Dont crédits du CTAI'),
  cofinancements: field(z.array(cofinanceurSchema).max(30), { label: 'Cofinancements reçus', item: 'cofinanceur' }),
});

/**
 * The yearly report and financial statement (compte rendu financier, arrêté du 11 octobre 2006)
 * for a year of the contract. `financier`, from format 1's single checkbox, still says that the
 * report received on `dateReception` held the financial statement; since then its own date is
 * recorded (`dateCompteRenduFinancier`). Fields added after format 2 was released have defaults,
 * so that format 2 dossiers without them stay valid.
 */
export const bilanSchema = z.object({
  annee: field(year(), 'Année du bilan'),
  dateReception: field(optional(isoDate()), 'Date de réception du bilan'),
  financier: field(z.boolean(), 'Bilan financier reçu'),
  dateCompteRenduFinancier: field(optional(isoDate()).default(''), 'Date de réception du compte rendu financier'),
  actions: field(z.array(bilanActionSchema).max(200).default([]), { label: 'Bilans des actions', item: 'action' }),
});

export const participantCopilSchema = z.object({
  nom: field(text(150), 'Nom du participant'),
  qualite: field(text(150), 'Qualité du participant'),
  institution: field(text(150), 'Institution du participant'),
});

export const decisionCopilSchema = z.object({
  texte: field(text(2000), 'Texte de la décision'),
  /** The year of the avenant the decision proposes; null when it proposes none. */
  avenantAnnee: field(year().nullable(), 'Année de l’avenant proposé'),
});

/** A meeting of the steering committee (comité de pilotage); `objet` is its agenda. */
export const copilSchema = z.object({
  date: field(isoDate(), 'Date du comité de pilotage'),
  objet: field(text(300), 'Objet du comité de pilotage'),
  lieu: field(text(150).default(''), 'Lieu du comité de pilotage'),
  participants: field(z.array(participantCopilSchema).max(60).default([]), {
    label: 'Participants',
    item: 'participant',
  }),
  decisions: field(z.array(decisionCopilSchema).max(50).default([]), { label: 'Décisions', item: 'décision' }),
});

export const contratSchema = z.object({
  numero: field(text(40), 'Numéro du contrat'),
  anneeDebut: field(year().nullable(), 'Première année du contrat'),
  duree: field(z.number().int().min(1).max(10).nullable(), 'Durée du contrat'),
  /** Share of each year's amount paid as an advance at the signature of its act, in percent. */
  tauxAvance: field(z.number().int().min(0).max(100), 'Part versée en avance (%)'),
  versements: field(z.array(versementSchema).max(100), { label: 'Versements', item: 'versement' }),
  avenants: field(z.array(avenantSchema).max(30), { label: 'Avenants', item: 'avenant' }),
  signature: field(
    z.object({
      lieu: field(text(100), 'Lieu de signature du contrat'),
      date: field(optional(isoDate()), 'Date de signature du contrat'),
      signataires: field(z.array(signataireSchema).max(6), { label: 'Signataires du contrat', item: 'signataire' }),
      /**
       * The délibération that authorised the signature, as it stood when the contract was signed
       * (the contract keeps citing it once the Collectivité tab names a later one). Absent from
       * contracts signed before it was kept: the Collectivité tab's is read.
       */
      deliberation: field(acte().optional(), {
        label: 'Délibération visée par le contrat signé',
        owner: 'de la délibération visée par le contrat',
      }),
    }),
    'Signature du contrat',
  ),
  copil: field(z.array(copilSchema).max(50), { label: 'Comités de pilotage', item: 'comité' }),
  bilans: field(z.array(bilanSchema).max(40), { label: 'Bilans annuels', item: 'bilan' }),
  clausesParticulieres: field(longText(), 'Clauses particulières'),
  modificationsRefusees: field(z.array(modificationRefuseeSchema).max(200), {
    label: 'Modifications reçues gardées de côté',
    item: 'modification',
  }),
  /**
   * The signed convention of the PTAI this contract continues (workflow.ts, `convertToCtai`):
   * its number, year, signature and amount (cents) as signed, kept when the dossier became a CTAI.
   * Null for a dossier that never was a PTAI; absent from dossiers written before it: null.
   */
  conventionPtai: field(
    z
      .object({
        numero: field(text(40), 'Numéro de la convention du projet territorial'),
        annee: field(year(), 'Année de la convention du projet territorial'),
        date: field(optional(isoDate()), 'Date de signature de la convention du projet territorial'),
        lieu: field(text(100), 'Lieu de signature de la convention du projet territorial'),
        montant: field(cents(), 'Montant de la convention du projet territorial'),
      })
      .nullable()
      .default(null),
    'Convention du projet territorial (PTAI)',
  ),
});

const stepField = (label: string) =>
  field(z.enum(STEPS).nullable(), { label, values: STEP_LABELS, empty: BEFORE_FIRST_STEP_LABEL });

export const workflowEventSchema = z.object({
  date: field(isoDate(), 'Date de l’événement'),
  type: field(z.enum(EVENT_TYPES), { label: 'Nature de l’événement', values: EVENT_TYPE_LABELS }),
  etape: stepField('Étape de l’événement'),
  motif: field(text(1000), 'Motif'),
  auteur: field(text(200), 'Auteur de l’événement'),
});

export const workflowSchema = z.object({
  etape: stepField('Étape'),
  /** Date the préfecture received the letter of intention ('' when not recorded). */
  lettreIntentionRecue: field(optional(isoDate()), 'Lettre d’intention reçue le'),
  dates: field(z.partialRecord(z.enum(STEPS), isoDate()), {
    label: 'Dates des étapes',
    entries: { label: 'Date de l’étape', keys: STEP_LABELS },
  }),
  statut: field(z.enum(DOSSIER_STATUSES), { label: 'Statut du dossier', values: DOSSIER_STATUS_LABELS }),
  evenements: field(z.array(workflowEventSchema).max(500), { label: 'Journal des étapes', item: 'événement' }),
});

/**
 * A list item deleted here (an action, a budget year, a co-funder, an indicator, a COPIL…): who
 * deleted it, when, and where the history stood then, so that an edit another site made to it
 * meanwhile is shown as a conflict instead of vanishing in the merge (shared/sync/tombstones.ts).
 */
export const suppressionSchema = z.object({
  /** The Automerge ids of the item and of its list. */
  objet: field(requiredText(100), 'Identifiant de ce qui a été supprimé'),
  liste: field(requiredText(100), 'Liste d’où il a été supprimé'),
  /** Where it was, as a dotted path, and what it was, in words (« Action « Cours de français » »). */
  chemin: field(text(300), 'Emplacement de ce qui a été supprimé'),
  libelle: field(text(300), 'Désignation de ce qui a été supprimé'),
  par: field(text(300), 'Supprimé par'),
  le: field(isoDateTime(), 'Supprimé le'),
  /** The history's heads just before the deletion (SHA-256 hashes of Automerge changes). */
  tetes: field(z.array(field(z.string().regex(/^[0-9a-f]{64}$/), 'État de l’historique')).max(64), {
    label: 'État de l’historique',
    item: 'état',
  }),
  /** Set once the agent kept the deletion or restored the item edited elsewhere. */
  resolue: field(z.boolean().default(false), 'Suppression arbitrée'),
});

export const dossierSchema = z.object({
  formatVersion: field(z.literal(DOSSIER_FORMAT_VERSION), 'Version du format'),
  id: field(requiredText(64), 'Identifiant du dossier'),
  /**
   * The dossier's number, « CTAI-15-2026-K7Q2-003 » (dossier-number.ts), given by the site that
   * created it. Absent from dossiers written before it: '' until their site numbers them.
   */
  numero: field(text(40).default(''), 'Numéro du dossier'),
  /**
   * Contract (CTAI) or projet territorial (PTAI), chosen at creation (workflow-steps.ts,
   * FORME_RULES). Absent from dossiers written before it: 'ctai'.
   */
  forme: field(z.enum(FORMES).default('ctai'), { label: 'Forme du dossier', values: FORME_LABELS }),
  createdAt: field(isoDateTime(), 'Date de création'),
  updatedAt: field(isoDateTime(), 'Date de modification'),
  collectivite: field(collectiviteSchema, { label: 'Collectivité', owner: 'de la collectivité' }),
  etat: field(etatSchema, 'État'),
  diagnostic: field(diagnosticSchema, 'Diagnostic'),
  actions: field(z.array(actionSchema).max(200), { label: 'Actions', item: 'action' }),
  contrat: field(contratSchema, 'Contrat'),
  workflow: field(workflowSchema, 'Étapes'),
  suppressions: field(z.array(suppressionSchema).max(5000).default([]), {
    label: 'Éléments supprimés',
    item: 'suppression',
  }),
});

export type Dossier = z.infer<typeof dossierSchema>;
export type Collectivite = Dossier['collectivite'];
export type Etat = Dossier['etat'];
export type Diagnostic = Dossier['diagnostic'];
export type Action = z.infer<typeof actionSchema>;
export type ActionStatus = Action['statut'];
export type BudgetAnnuel = z.infer<typeof budgetAnnuelSchema>;
export type Contrat = Dossier['contrat'];
export type Versement = z.infer<typeof versementSchema>;
export type Suppression = z.infer<typeof suppressionSchema>;
export type Avenant = z.infer<typeof avenantSchema>;
export type Signataire = z.infer<typeof signataireSchema>;
export type Bilan = z.infer<typeof bilanSchema>;
export type BilanAction = z.infer<typeof bilanActionSchema>;
export type Copil = z.infer<typeof copilSchema>;
export type DecisionCopil = z.infer<typeof decisionCopilSchema>;
export type Workflow = Dossier['workflow'];
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;
