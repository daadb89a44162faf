// Agreement of a noun with the count printed before it. French takes the singular below two
// (« 0 bénéficiaire », « 1 bénéficiaire visé », « 1,5 heure »), the plural from two on.

/** « 1 bénéficiaire », « 12 bénéficiaires »: `singular` below 2, else `plural` (default: singular + s). */
export function accordNombre(count: number, singular: string, plural = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : plural;
}

/** The count in French figures (narrow no-break space between thousands) with its agreed noun. */
export function compte(count: number, singular: string, plural?: string): string {
  return `${count.toLocaleString('fr-FR')} ${accordNombre(count, singular, plural)}`;
}
