// The visas of an act, punctuated as French administrative acts list them: each ends with « ; »
// and the last with a full stop, whichever visas a dossier leaves out.

/** The visas' texts, each ended with « ; », the last with « . » (any ending they had replaced). */
export function punctuateVisas(visas: readonly string[]): string[] {
  return visas.map((visa, index) => `${visa.replace(/[\s;.]+$/u, '')}${index === visas.length - 1 ? '.' : ' ;'}`);
}
