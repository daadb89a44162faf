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

/**
 * A title typed in inclusive writing (« Adjoint·e chargé·e de… », « directeur·rice », « élu.e »),
 * agreed with the person's civility: administrative acts use no median point (circulaire du
 * Premier ministre du 21 novembre 2017) and name one person, whose civility says the form.
 * Without a civility the masculine form is kept, as the acts' generic form. Each inclusive word is
 * written as masculine stem + separator + feminine ending (`·`, `•`, `.` between letters, or
 * `-`/`/` before a lowercase ending): « ·e », « ·es », « ·fe » (chef·fe), « ·rice », « ·euse »,
 * « ·ne », « ·le », « ·te », « ·ère » (premier·ère), a second ending (« ·e·s ») being the plural.
 */
export function sansEcritureInclusive(text: string, civilite: Civilite): string {
  const feminine = civilite === 'Madame';
  return text.replace(
    /(\p{L}{2,})[·•.](e|fe|rice|euse|ne|le|te|ère|ve)(?:[·•.](s))?(?![\p{L}])/gu,
    (_, stem: string, ending: string, plural: string | undefined) => {
      const s = plural ?? '';
      if (!feminine) return `${stem}${s}`;
      if (ending === 'rice') return `${stem.replace(/eur$/u, '')}rice${s}`;
      if (ending === 'euse') return `${stem.replace(/eur$/u, '')}euse${s}`;
      if (ending === 'ère') return `${stem.replace(/er$/u, '')}ère${s}`;
      if (ending === 've') return `${stem.replace(/f$/u, '')}ve${s}`;
      return `${stem}${ending}${s}`;
    },
  );
}

/** The masculine words of local offices and their feminine, as a title typed for a woman agrees. */
const OFFICE_FEMININE: Readonly<Record<string, string>> = {
  président: 'présidente',
  adjoint: 'adjointe',
  premier: 'première',
  délégué: 'déléguée',
  chargé: 'chargée',
  conseiller: 'conseillère',
  élu: 'élue',
  directeur: 'directrice',
};

/**
 * A title as typed (« Vice-président chargé des solidarités », « Adjoint·e au maire »), agreed
 * with the civility of the person who holds it: inclusive writing resolved (sansEcritureInclusive),
 * then, for Madame, the masculine words of local offices made feminine (« Vice-présidente chargée
 * des solidarités », « Première adjointe au maire »); the typed capitals kept.
 */
export function titreAccorde(text: string, civilite: Civilite): string {
  const agreed = sansEcritureInclusive(text, civilite);
  if (civilite !== 'Madame') return agreed;
  return agreed.replace(/\p{L}+/gu, (word) => {
    const feminine = OFFICE_FEMININE[word.toLowerCase()];
    if (!feminine) return word;
    return word.charAt(0) === word.charAt(0).toUpperCase()
      ? feminine.charAt(0).toUpperCase() + feminine.slice(1)
      : feminine;
  });
}
