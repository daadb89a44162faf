// The CTAI dossier: every field a préfecture follows, as one runtime schema that serves forms,
// imports and the JSON Schema of the exchange format.
import { z } from 'zod';
import { TYPE_LIAISON_MAX } from '../format/territory-names';
import { AXES } from './axes';
import { COLLECTIVITE_TYPES } from './collectivite-type';
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
import { DOSSIER_STATUSES, FORMES, STEPS } from './workflow-steps';

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

const personne = z.object({
  civilite: optional(civilite()),
  prenom: text(80),
  nom: text(80),
});

export const collectiviteSchema = z.object({
  type: z.enum(COLLECTIVITE_TYPES),
  nom: requiredText(150),
  /** 'officiel' when picked from the official list; 'saisie-libre' when typed by hand. */
  source: z.enum(['officiel', 'saisie-libre']),
  codeInsee: optional(codeInsee()),
  siren: optional(siren()),
  /**
   * The SIRET of the collectivité's establishment that receives the subsidy (the open data of the
   * conventions identifies the beneficiary by it). Absent from dossiers written before it: empty.
   */
  siret: optional(checkedSiret()).default(''),
  departement: z.object({ code: optional(codeDepartement()), nom: text(80) }),
  arrondissement: text(80),
  region: z.object({ code: optional(codeRegion()), nom: text(80) }),
  /**
   * INSEE's type de nom en clair (0–8: how « de » joins the name, see format/territory-names.ts),
   * kept from the official list when the collectivité is picked there, so that documents need no
   * referential; null for EPCI and names typed by hand (derived from the name's own article).
   * Absent from dossiers written before it: null.
   */
  typeLiaison: z.number().int().min(0).max(TYPE_LIAISON_MAX).nullable().default(null),
  population: count().nullable(),
  representant: personne.extend({ titre: text(80) }),
  deliberation: z.object({ numero: text(40), date: optional(isoDate()) }),
  eluReferent: personne.extend({ fonction: text(120) }),
  chefDeProjet: personne.extend({ email: optional(email()), telephone: optional(telephone()) }),
  adresse: z.object({ ligne1: text(150), ligne2: text(150), codePostal: text(10), commune: text(100) }),
  contact: z.object({ email: optional(email()), telephone: optional(telephone()) }),
  /** Bank details the State pays to (printed in the contract's payment article). Absent before: empty. */
  banque: z.object({ iban: optional(iban()), bic: optional(bic()) }).default({ iban: '', bic: '' }),
});

export const etatSchema = z.object({
  prefecture: z.object({ departementCode: optional(codeDepartement()), nom: text(120), adresse: text(250) }),
  sousPrefecture: z.object({ nom: text(120), adresse: text(250) }),
  signataire: personne.extend({ qualite: z.enum(['prefet', 'sous-prefet']) }),
  /**
   * The préfet in person, whom letters address when a sous-préfet signs (each person's own
   * civility). Absent from dossiers written before it: empty (the signatory's, when the préfet signs).
   */
  prefet: personne.default({ civilite: '', prenom: '', nom: '' }),
  /** The arrêté by which the préfet delegates the signature to the sous-préfet (cited in the contract's visas). */
  delegation: z.object({ numero: text(40), date: optional(isoDate()) }).default({ numero: '', date: '' }),
  referent: personne.extend({ service: text(150), email: optional(email()), telephone: optional(telephone()) }),
  programme: text(10),
  action: text(10),
});

export const publicFigureSchema = z.object({
  annee: year(),
  titresDeSejour: count(),
  bpi: count(),
  femmes: count(),
  enfants: count(),
  source: text(200),
});

export const axeDiagnosticSchema = z.object({
  axe: z.enum(AXES),
  constats: longText(),
  offreExistante: longText(),
  manques: longText(),
  priorite: z.enum(['haute', 'moyenne', 'basse', '']),
});

export const diagnosticSchema = z.object({
  synthese: longText(),
  publics: z.array(publicFigureSchema).max(50),
  axes: z.array(axeDiagnosticSchema).max(AXES.length),
});

/** A co-funder; its name may be empty while typed (the consistency rules refuse it in an act). */
export const cofinanceurSchema = z.object({ nom: text(150), montant: cents() });

export const budgetAnnuelSchema = z.object({
  annee: year(),
  coutTotal: cents(),
  ctaiDemande: cents(),
  ctaiAccorde: cents().nullable(),
  cofinanceurs: z.array(cofinanceurSchema).max(30),
});

export const indicateurSchema = z.object({
  id: requiredText(64),
  libelle: requiredText(200),
  cible: text(100),
  realise: z.array(z.object({ annee: year(), valeur: text(100) })).max(20),
});

export const ACTION_STATUSES = ['proposee', 'retenue', 'ecartee', 'en-cours', 'terminee'] as const;

export const actionSchema = z.object({
  id: requiredText(64),
  intitule: requiredText(200),
  axes: z.array(z.enum(AXES)).min(1).max(AXES.length),
  porteur: z.object({
    nom: requiredText(150),
    formeJuridique: text(80),
    siret: optional(siret()),
    rna: optional(rna()),
  }),
  publicCible: text(300),
  beneficiaires: count(),
  objectifs: longText(),
  description: longText(),
  dateDebut: optional(isoDate()),
  dateFin: optional(isoDate()),
  budgets: z.array(budgetAnnuelSchema).max(20),
  indicateurs: z.array(indicateurSchema).max(30),
  statut: z.enum(ACTION_STATUSES),
});

/**
 * A payment the State made (recorded by the finance service). What is due is derived from the
 * year's act (commitment.ts); `datePrevue` and `montantPrevu` of format 1 are no longer read.
 */
export const versementSchema = z.object({
  id: requiredText(64),
  annee: year(),
  nature: z.enum(['avance', 'solde']),
  dateVersement: optional(isoDate()),
  /** Cents paid; null for a line of format 1 that only planned a payment. */
  montantVerse: cents().nullable(),
  /** Chorus legal-commitment number (engagement juridique), when known. */
  ej: text(20),
});

export const signataireSchema = z.object({
  partie: z.enum(['etat', 'collectivite']),
  nom: requiredText(120),
  qualite: requiredText(200),
  /**
   * The person's civility when signing (« la maire », « représentée par sa présidente »);
   * absent from signatories recorded before it was kept (act-signers.ts reads the title then).
   */
  civilite: optional(civilite()).optional(),
});

export const AVENANT_STATUSES = ['projet', 'signe'] as const;

/**
 * An avenant financier: drafted for a year, it holds the new granted amount of each action for
 * that year (an action at 0 is withdrawn, one the contract did not retain is added); once signed
 * it is the truth for its year. `numero` is given at signature (1, 2, … in the order signed).
 */
export const avenantSchema = z.object({
  id: requiredText(64),
  annee: year(),
  numero: text(40),
  statut: z.enum(AVENANT_STATUSES),
  /** Date of signature. */
  date: optional(isoDate()),
  lieu: text(100),
  signataires: z.array(signataireSchema).max(6),
  deliberation: z.object({ numero: text(40), date: optional(isoDate()) }),
  montants: z.array(z.object({ actionId: requiredText(64), montant: cents() })).max(200),
});

/**
 * A change received from another site that would have altered the signed contract: kept aside,
 * never applied, until the agent dismisses it (a signed amount changes only by an avenant).
 */
export const modificationRefuseeSchema = z.object({
  id: requiredText(64),
  date: isoDateTime(),
  champ: text(300),
  valeurSignee: text(300),
  valeurRecue: text(300),
  auteur: text(300),
});

/**
 * What one action achieved in a year, as the collectivité's yearly report says (the indicators'
 * values reached are kept with each indicator, `indicateurs[].realise`). Amounts in cents,
 * null while not known.
 */
export const bilanActionSchema = z.object({
  actionId: requiredText(64),
  beneficiairesAtteints: count().nullable(),
  /** What was done. */
  realise: longText(),
  difficultes: longText(),
  /** What is planned for the next year. */
  perspectives: longText(),
  depenseTotale: cents().nullable(),
  /** The part of the spending paid by the CTAI's credits. */
  depenseCtai: cents().nullable(),
  cofinancements: z.array(cofinanceurSchema).max(30),
});

/**
 * The yearly report and financial statement (compte rendu financier, arrêté du 11 octobre 2006)
 * for a year of the contract. `financier`, from format 1's single checkbox, still says that the
 * report received on `dateReception` held the financial statement; since then its own date is
 * recorded (`dateCompteRenduFinancier`). Fields added after format 2 was released have defaults,
 * so that format 2 dossiers without them stay valid.
 */
export const bilanSchema = z.object({
  annee: year(),
  dateReception: optional(isoDate()),
  financier: z.boolean(),
  dateCompteRenduFinancier: optional(isoDate()).default(''),
  actions: z.array(bilanActionSchema).max(200).default([]),
});

export const participantCopilSchema = z.object({
  nom: text(150),
  qualite: text(150),
  institution: text(150),
});

export const decisionCopilSchema = z.object({
  texte: text(2000),
  /** The year of the avenant the decision proposes; null when it proposes none. */
  avenantAnnee: year().nullable(),
});

/** A meeting of the steering committee (comité de pilotage); `objet` is its agenda. */
export const copilSchema = z.object({
  date: isoDate(),
  objet: text(300),
  lieu: text(150).default(''),
  participants: z.array(participantCopilSchema).max(60).default([]),
  decisions: z.array(decisionCopilSchema).max(50).default([]),
});

export const contratSchema = z.object({
  numero: text(40),
  anneeDebut: year().nullable(),
  duree: z.number().int().min(1).max(10).nullable(),
  /** Share of each year's amount paid as an advance at the signature of its act, in percent. */
  tauxAvance: z.number().int().min(0).max(100),
  versements: z.array(versementSchema).max(100),
  avenants: z.array(avenantSchema).max(30),
  signature: z.object({
    lieu: text(100),
    date: optional(isoDate()),
    signataires: z.array(signataireSchema).max(6),
  }),
  copil: z.array(copilSchema).max(50),
  bilans: z.array(bilanSchema).max(40),
  clausesParticulieres: longText(),
  modificationsRefusees: z.array(modificationRefuseeSchema).max(200),
  /**
   * The signed convention of the PTAI this contract continues (workflow.ts, `convertToCtai`):
   * its number, year, signature and amount (cents) as signed, kept when the dossier became a CTAI.
   * Null for a dossier that never was a PTAI; absent from dossiers written before it: null.
   */
  conventionPtai: z
    .object({
      numero: text(40),
      annee: year(),
      date: optional(isoDate()),
      lieu: text(100),
      montant: cents(),
    })
    .nullable()
    .default(null),
});

export const workflowEventSchema = z.object({
  date: isoDate(),
  type: z.enum(['avance', 'retour', 'suspension', 'reprise', 'abandon', 'annulation-signature', 'changement-forme']),
  etape: z.enum(STEPS).nullable(),
  motif: text(1000),
  auteur: text(200),
});

export const workflowSchema = z.object({
  etape: z.enum(STEPS).nullable(),
  /** Date the préfecture received the letter of intention ('' when not recorded). */
  lettreIntentionRecue: optional(isoDate()),
  dates: z.partialRecord(z.enum(STEPS), isoDate()),
  statut: z.enum(DOSSIER_STATUSES),
  evenements: z.array(workflowEventSchema).max(500),
});

/**
 * A list item deleted here (an action, a budget year, a co-funder, an indicator, a COPIL…): who
 * deleted it, when, and where the history stood then, so that an edit another site made to it
 * meanwhile is shown as a conflict instead of vanishing in the merge (shared/sync/tombstones.ts).
 */
export const suppressionSchema = z.object({
  /** The Automerge ids of the item and of its list. */
  objet: requiredText(100),
  liste: requiredText(100),
  /** Where it was, as a dotted path, and what it was, in words (« Action « Cours de français » »). */
  chemin: text(300),
  libelle: text(300),
  par: text(300),
  le: isoDateTime(),
  /** The history's heads just before the deletion (SHA-256 hashes of Automerge changes). */
  tetes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(64),
  /** Set once the agent kept the deletion or restored the item edited elsewhere. */
  resolue: z.boolean().default(false),
});

export const dossierSchema = z.object({
  formatVersion: z.literal(DOSSIER_FORMAT_VERSION),
  id: requiredText(64),
  /**
   * The dossier's number, « CTAI-15-2026-K7Q2-003 » (dossier-number.ts), given by the site that
   * created it. Absent from dossiers written before it: '' until their site numbers them.
   */
  numero: text(40).default(''),
  /**
   * Contract (CTAI) or projet territorial (PTAI), chosen at creation (workflow-steps.ts,
   * FORME_RULES). Absent from dossiers written before it: 'ctai'.
   */
  forme: z.enum(FORMES).default('ctai'),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  collectivite: collectiviteSchema,
  etat: etatSchema,
  diagnostic: diagnosticSchema,
  actions: z.array(actionSchema).max(200),
  contrat: contratSchema,
  workflow: workflowSchema,
  suppressions: z.array(suppressionSchema).max(5000).default([]),
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
