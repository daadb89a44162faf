// Words and sentences that demo dossiers are made of.
import type { Axe } from '../dossier/axes';

export const PRENOMS_F = [
  'Claire',
  'Nadia',
  'Sophie',
  'Fatou',
  'Isabelle',
  'Amélie',
  'Hélène',
  'Yasmina',
  'Camille',
  'Louise',
];
export const PRENOMS_M = [
  'Thomas',
  'Karim',
  'Julien',
  'Olivier',
  'Mamadou',
  'Laurent',
  'Antoine',
  'Éric',
  'Nicolas',
  'Hugo',
];
export const NOMS = [
  'Martin',
  'Bernard',
  'Lefèvre',
  'Benali',
  'Moreau',
  'Diallo',
  'Girard',
  'Nguyen',
  'Roux',
  'Fontaine',
  'Mercier',
  'Traoré',
  'Lambert',
  'Garnier',
  'Rousseau',
];

export const OPERATEURS = [
  { nom: 'Association Accueil et Partage', formeJuridique: 'Association loi 1901' },
  { nom: 'Forum Réfugiés', formeJuridique: 'Association loi 1901' },
  { nom: 'Centre communal d’action sociale', formeJuridique: 'Établissement public administratif' },
  { nom: 'Mission locale', formeJuridique: 'Association loi 1901' },
  { nom: 'Habitat et Humanisme', formeJuridique: 'Association loi 1901' },
  { nom: 'Langues en partage', formeJuridique: 'Association loi 1901' },
  { nom: 'Restaurant solidaire Le Partage', formeJuridique: 'Société coopérative d’intérêt collectif' },
  { nom: 'Maison des familles', formeJuridique: 'Association loi 1901' },
  { nom: 'Emmaüs Connect', formeJuridique: 'Association loi 1901' },
  { nom: 'Coallia', formeJuridique: 'Association loi 1901' },
];

export const ACTIONS_BY_AXE: Record<Axe, string[]> = {
  'emploi-formation': [
    'Parcours vers l’emploi des réfugiés',
    'Restaurant solidaire d’insertion',
    'Accompagnement à la création d’activité',
  ],
  logement: ['Accès au logement autonome', 'Intermédiation locative', 'Colocations solidaires pour jeunes réfugiés'],
  'acces-aux-droits': ['Permanences d’accès aux droits', 'Guichet unique d’accueil des primo-arrivants'],
  francais: ['Ateliers sociolinguistiques', 'Cours de français à visée professionnelle'],
  sante: ['Médiation culturelle en santé', 'Parcours de soins coordonnés'],
  'sante-mentale': ['Art-thérapie collective pour femmes réfugiées', 'Consultations de psychotraumatisme'],
  'inclusion-numerique': ['Ateliers numériques et démarches en ligne', 'Prêt d’ordinateurs et accompagnement'],
  mobilite: ['Auto-école solidaire', 'Apprentissage du vélo et des transports en commun'],
  'liens-societe-accueil': ['Espaces d’échanges interculturels', 'Parrainage citoyen'],
  parentalite: ['Ateliers de parentalité', 'Places réservées en crèche'],
  'egalite-femmes-hommes': ['Ateliers sur l’égalité femmes-hommes', 'Groupes de parole de femmes'],
  'culture-sport-loisirs': ['Accès aux équipements sportifs', 'Sorties culturelles accompagnées'],
};

export const COFINANCEURS = [
  'Collectivité signataire',
  'Caisse d’allocations familiales',
  'Conseil départemental',
  'Conseil régional',
  'Agence régionale de santé',
  'Fonds social européen +',
];

export const CONSTATS = [
  'Les ménages réfugiés restent longtemps en hébergement faute de logement adapté.',
  'L’offre de cours de français ne couvre pas les niveaux débutants.',
  'Les femmes réfugiées accèdent peu aux dispositifs d’insertion professionnelle.',
  'Les démarches en ligne excluent une partie du public.',
  'Les besoins en santé mentale sont peu repérés.',
];
