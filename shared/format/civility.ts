// How to address a person by civility and office: "Madame la Préfète", "Monsieur le Maire".
export type Civilite = 'Madame' | 'Monsieur' | '';

const FEMININE: Record<string, string> = {
  Préfet: 'Préfète',
  'Sous-préfet': 'Sous-préfète',
  Président: 'Présidente',
  Maire: 'Maire',
};

/** The office, agreed with the civility ("Préfète" for a woman préfet). */
export function fonctionAccordee(civilite: Civilite, fonction: string): string {
  return civilite === 'Madame' ? (FEMININE[fonction] ?? fonction) : fonction;
}

/** "Madame la Préfète", "Monsieur le Maire"; "Madame, Monsieur le Préfet" when the civility is unknown. */
export function appellation(civilite: Civilite, fonction: string): string {
  if (civilite === 'Madame') return `Madame la ${fonctionAccordee('Madame', fonction)}`;
  if (civilite === 'Monsieur') return `Monsieur le ${fonction}`;
  return `Madame, Monsieur le ${fonction}`;
}
