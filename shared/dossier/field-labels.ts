// The French name of every field of a dossier, used in messages and in the history.
import { STEP_LABELS, type Step } from './workflow-steps';
const LABELS: Record<string, string> = {
  forme: 'Forme du dossier',
  conventionPtai: 'Convention du projet territorial (PTAI)',
  collectivite: 'Collectivité',
  type: 'Type de collectivité',
  nom: 'Nom',
  source: 'Origine de la fiche',
  codeInsee: 'Code INSEE',
  siren: 'SIREN',
  siret: 'SIRET',
  rna: 'Numéro RNA',
  departement: 'Département',
  departementCode: 'Code du département',
  arrondissement: 'Arrondissement',
  region: 'Région',
  code: 'Code',
  population: 'Population',
  representant: 'Représentant',
  civilite: 'Civilité',
  prenom: 'Prénom',
  titre: 'Titre',
  deliberation: 'Délibération',
  numero: 'Numéro',
  date: 'Date',
  eluReferent: 'Élu référent',
  fonction: 'Fonction',
  chefDeProjet: 'Chef de projet',
  email: 'Adresse électronique',
  telephone: 'Téléphone',
  adresse: 'Adresse',
  ligne1: 'Adresse (ligne 1)',
  ligne2: 'Adresse (ligne 2)',
  codePostal: 'Code postal',
  commune: 'Commune',
  contact: 'Contact',
  etat: 'État',
  prefecture: 'Préfecture',
  prefectureNom: 'Nom de la préfecture',
  prefectureAdresse: 'Adresse de la préfecture',
  prefet: 'Préfet',
  sousPrefectureNom: 'Nom de la sous-préfecture',
  sousPrefectureAdresse: 'Adresse de la sous-préfecture',
  sousPrefecture: 'Sous-préfecture',
  signataire: 'Signataire pour l’État',
  qualite: 'Qualité',
  referent: 'Agent référent',
  service: 'Service',
  site: 'Site',
  programme: 'Programme budgétaire',
  action: 'Action budgétaire',
  diagnostic: 'Diagnostic',
  synthese: 'Synthèse du diagnostic',
  publics: 'Chiffres sur le public',
  annee: 'Année',
  titresDeSejour: 'Titres de séjour signés',
  bpi: 'Bénéficiaires de la protection internationale',
  femmes: 'Femmes',
  enfants: 'Enfants',
  axes: 'Axes',
  axe: 'Axe',
  constats: 'Constats',
  offreExistante: 'Offre existante',
  manques: 'Manques',
  priorite: 'Priorité',
  actions: 'Actions',
  intitule: 'Intitulé de l’action',
  porteur: 'Porteur',
  formeJuridique: 'Forme juridique',
  publicCible: 'Public cible',
  beneficiaires: 'Nombre de bénéficiaires',
  objectifs: 'Objectifs',
  description: 'Description',
  dateDebut: 'Date de début',
  dateFin: 'Date de fin',
  budgets: 'Budget annuel',
  coutTotal: 'Coût total',
  ctaiDemande: 'Montant CTAI demandé',
  ctaiAccorde: 'Montant CTAI accordé',
  cofinanceurs: 'Cofinanceurs',
  montant: 'Montant',
  indicateurs: 'Indicateurs',
  libelle: 'Libellé de l’indicateur',
  cible: 'Cible',
  realise: 'Valeur atteinte',
  valeur: 'Valeur',
  statut: 'Statut',
  contrat: 'Contrat',
  anneeDebut: 'Première année du contrat',
  duree: 'Durée du contrat',
  tauxAvance: 'Part versée en avance (%)',
  versements: 'Versements',
  nature: 'Nature du versement',
  dateVersement: 'Date du versement',
  montantVerse: 'Montant versé',
  ej: 'Engagement juridique Chorus',
  avenants: 'Avenants',
  modificationsRefusees: 'Modifications reçues gardées de côté',
  lettreIntentionRecue: 'Lettre d’intention reçue le',
  montants: 'Montants',
  actionId: 'Action',
  signature: 'Signature',
  lieu: 'Lieu de signature',
  signataires: 'Signataires',
  partie: 'Partie',
  copil: 'Comités de pilotage',
  objet: 'Objet',
  bilans: 'Bilans',
  dateReception: 'Date de réception',
  financier: 'Bilan financier',
  clausesParticulieres: 'Clauses particulières',
  workflow: 'Étapes',
  etape: 'Étape',
  dates: 'Dates des étapes',
  evenements: 'Événements',
  suppressions: 'Éléments supprimés',
  liste: 'Liste',
  chemin: 'Emplacement',
  par: 'Supprimé par',
  le: 'Supprimé le',
  tetes: 'État de l’historique',
  resolue: 'Suppression arbitrée',
  motif: 'Motif',
  auteur: 'Auteur',
  formatVersion: 'Version du format',
  id: 'Identifiant',
  createdAt: 'Date de création',
  updatedAt: 'Date de modification',
  typeLiaison: 'Type de nom (article du nom, INSEE)',
  banque: 'Coordonnées bancaires',
  iban: 'IBAN',
  bic: 'BIC',
  delegation: 'Arrêté de délégation de signature',
  participants: 'Participants',
  institution: 'Institution',
  decisions: 'Décisions',
  texte: 'Texte de la décision',
  avenantAnnee: 'Année de l’avenant proposé',
  dateCompteRenduFinancier: 'Date de réception du compte rendu financier',
  beneficiairesAtteints: 'Bénéficiaires atteints',
  difficultes: 'Difficultés rencontrées',
  perspectives: 'Perspectives pour l’année suivante',
  depenseTotale: 'Dépense totale',
  depenseCtai: 'Dont crédits du CTAI',
  cofinancements: 'Cofinancements',
  champ: 'Champ',
  valeurSignee: 'Valeur signée',
  valeurRecue: 'Valeur reçue',
};

/**
 * Labels of a field whose last name means something else elsewhere (« type » of an event is not
 * the collectivité's type), by its path without positions.
 */
const BY_PATH: Record<string, string> = {
  numero: 'Numéro du dossier',
  'workflow.evenements.type': 'Nature de l’événement',
  'contrat.numero': 'Numéro du contrat',
  'contrat.copil.date': 'Date du comité de pilotage',
  'contrat.copil.lieu': 'Lieu du comité de pilotage',
  'contrat.avenants.date': 'Date de signature de l’avenant',
  'contrat.avenants.lieu': 'Lieu de signature de l’avenant',
  'contrat.avenants.numero': 'Numéro de l’avenant',
  'contrat.modificationsRefusees.date': 'Date de réception',
  'workflow.evenements.date': 'Date de l’événement',
  'suppressions.objet': 'Élément supprimé',
  'suppressions.libelle': 'Élément supprimé (désignation)',
  'contrat.conventionPtai.numero': 'Numéro de la convention du projet territorial',
  'contrat.conventionPtai.annee': 'Année de la convention du projet territorial',
  'contrat.conventionPtai.date': 'Date de signature de la convention du projet territorial',
  'contrat.conventionPtai.lieu': 'Lieu de signature de la convention du projet territorial',
  'contrat.conventionPtai.montant': 'Montant de la convention du projet territorial',
};

/** Fields too general to be understood alone (« Civilité »): said with whose field they are. */
const GENERAL = new Set([
  'siren',
  'siret',
  'rna',
  'nom',
  'prenom',
  'civilite',
  'titre',
  'fonction',
  'qualite',
  'numero',
  'date',
  'email',
  'telephone',
  'adresse',
  'code',
  'iban',
  'bic',
]);

/** Whose field, in words, by the object holding it: « Civilité du représentant de la collectivité ». */
const OWNERS: Record<string, string> = {
  collectivite: 'de la collectivité',
  representant: 'du représentant de la collectivité',
  eluReferent: 'de l’élu référent',
  chefDeProjet: 'du chef de projet',
  contact: 'de contact de la collectivité',
  banque: 'de la collectivité',
  deliberation: 'de la délibération',
  departement: 'du département',
  region: 'de la région',
  prefecture: 'de la préfecture',
  sousPrefecture: 'de la sous-préfecture',
  signataire: 'du signataire pour l’État',
  prefet: 'du préfet',
  referent: 'de l’agent référent',
  delegation: 'de l’arrêté de délégation',
  porteur: 'du porteur',
  signature: 'de la signature',
};

const COLLECTIONS: Record<string, string> = {
  actions: 'action',
  budgets: 'année',
  cofinanceurs: 'cofinanceur',
  indicateurs: 'indicateur',
  versements: 'versement',
  avenants: 'avenant',
  publics: 'ligne',
  signataires: 'signataire',
  copil: 'comité',
  bilans: 'bilan',
  axes: 'axe',
  realise: 'année',
  montants: 'montant',
  participants: 'participant',
  decisions: 'décision',
  cofinancements: 'cofinanceur',
  modificationsRefusees: 'modification',
  evenements: 'événement',
  suppressions: 'suppression',
};

/** The word for one item of a list (« action », « cofinanceur »), or undefined for a list without one. */
export function collectionItemWord(list: string): string | undefined {
  return COLLECTIONS[list];
}

export type FieldPath = readonly (string | number)[];

/** "Coût total (action 2, année 1)" for ['actions', 1, 'budgets', 0, 'coutTotal']. */
export function fieldLabel(path: FieldPath): string {
  const keys = path.filter((part): part is string => typeof part === 'string');
  const last = keys[keys.length - 1];
  const owner = keys[keys.length - 2];
  const byPath = BY_PATH[keys.join('.')];
  const base =
    last === undefined
      ? 'Dossier'
      : byPath
        ? byPath
        : owner === 'dates' && last in STEP_LABELS
          ? `Date de l’étape « ${STEP_LABELS[last as Step]} »`
          : GENERAL.has(last) && owner !== undefined && OWNERS[owner] && typeof path[path.length - 2] === 'string'
            ? `${LABELS[last] ?? last} ${OWNERS[owner]}`
            : (LABELS[last] ?? last);
  const positions: string[] = [];
  path.forEach((part, index) => {
    const owner = path[index - 1];
    if (typeof part === 'number' && typeof owner === 'string' && index < path.length - 1) {
      positions.push(`${COLLECTIONS[owner] ?? 'élément'} ${part + 1}`);
    }
  });
  return positions.length ? `${base} (${positions.join(', ')})` : base;
}
