// A form of a name for searching and sorting: lower case, no accents, single spaces, the usual
// abbreviations of place names written out (« St-Flour », « st flour » → « saint flour »), so
// that the agent finds Saint-Flour however it is typed.

/** Abbreviations of French place names, as single words of the key. */
const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

export function searchKey(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      // Invisible format characters (a right-to-left override, a zero-width space) match nothing.
      .replace(/\p{Cf}/gu, '')
      .toLowerCase()
      .replace(/[\s'’.-]+/g, ' ')
      .trim()
      .split(' ')
      .map((word) => ABBREVIATIONS[word] ?? word)
      .join(' ')
  );
}
