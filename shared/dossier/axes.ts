// The thematic axes of a CTAI. Housing is compulsory in every contract.
export const AXES = [
  'emploi-formation',
  'logement',
  'acces-aux-droits',
  'francais',
  'sante',
  'sante-mentale',
  'inclusion-numerique',
  'mobilite',
  'liens-societe-accueil',
  'parentalite',
  'egalite-femmes-hommes',
  'culture-sport-loisirs',
] as const;

export type Axe = (typeof AXES)[number];

export const COMPULSORY_AXE: Axe = 'logement';

export const AXE_LABELS: Record<Axe, string> = {
  'emploi-formation': 'Emploi et formation professionnelle',
  logement: 'Logement et hébergement',
  'acces-aux-droits': 'Accès aux droits',
  francais: 'Apprentissage du français',
  sante: 'Accès aux soins et santé',
  'sante-mentale': 'Santé mentale',
  'inclusion-numerique': 'Inclusion numérique',
  mobilite: 'Mobilité',
  'liens-societe-accueil': 'Liens avec la société d’accueil et citoyenneté',
  parentalite: 'Parentalité et petite enfance',
  'egalite-femmes-hommes': 'Égalité femmes-hommes',
  'culture-sport-loisirs': 'Culture, sport et loisirs',
};
