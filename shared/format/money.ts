// Amounts in figures, French style: narrow no-break space between thousands, comma for cents,
// no-break space before the euro sign ("12 500,00 €").
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

export function formatEuros(cents: number): string {
  const negative = cents < 0;
  const absolute = Math.abs(Math.round(cents));
  const euros = Math.floor(absolute / 100).toString();
  const rest = (absolute % 100).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  return `${negative ? '-' : ''}${grouped},${rest}${NBSP}€`;
}

/**
 * Reads an amount typed by an agent ("12 500", "12500,5", "12 500,00 €") into cents;
 * null when it is not a valid non-negative amount with at most two decimals.
 */
export function parseEuros(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, decimals = ''] = cleaned.split('.') as [string, string?];
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}
