// A text cut to a length for a place that cannot hold it whole (a button, a chart's label),
// marked as cut.

/** `text` if at most `max` characters, else its first `max - 1` (no trailing space) and « … ». */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
