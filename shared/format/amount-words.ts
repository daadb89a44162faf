// Numbers and amounts in words, French traditional spelling, as financial articles write them:
// "cent quatre-vingt mille euros", "quatre-vingts euros", "deux cents millions d’euros".
const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const TENS = [
  '',
  'dix',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante',
  'quatre-vingt',
  'quatre-vingt',
];

/** 0 to 99. `final`: nothing follows, so "quatre-vingts" takes its s. */
function belowHundred(n: number, final: boolean): string {
  if (n < 20) return UNITS[n]!;
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  if (ten === 7 || ten === 9) {
    // soixante-dix, soixante et onze, quatre-vingt-dix…
    const rest = 10 + unit;
    return ten === 7 && unit === 1 ? 'soixante et onze' : `${TENS[ten]}-${UNITS[rest]}`;
  }
  if (unit === 0) return ten === 8 && final ? 'quatre-vingts' : TENS[ten]!;
  if (unit === 1 && ten !== 8) return `${TENS[ten]} et un`;
  return `${TENS[ten]}-${UNITS[unit]}`;
}

/** 0 to 999. `final`: nothing follows but a noun-less end, so "cents" and "quatre-vingts" agree. */
function belowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest, final);
  const head = hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${rest === 0 && final ? 's' : ''}`;
  return rest === 0 ? head : `${head} ${belowHundred(rest, final)}`;
}

/** The largest whole number written in words: the format's largest amount is 100 billion euros (MAX_CENTS). */
export const MAX_NOMBRE_EN_LETTRES = 999_999_999_999;

/** 0 to 999 999 999 999 in words (RangeError beyond). */
export function nombreEnLettres(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NOMBRE_EN_LETTRES) throw new RangeError(`Nombre hors limites : ${n}`);
  if (n === 0) return 'zéro';
  const milliards = Math.floor(n / 1_000_000_000);
  const millions = Math.floor((n % 1_000_000_000) / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  // "milliard" and "million" are nouns: the number before them agrees ("deux cents millions").
  if (milliards) parts.push(`${belowThousand(milliards, true)} milliard${milliards > 1 ? 's' : ''}`);
  if (millions) parts.push(`${belowThousand(millions, true)} million${millions > 1 ? 's' : ''}`);
  // "mille" is an adjective: the number before it does not ("deux cent mille", "quatre-vingt mille").
  if (thousands) parts.push(thousands === 1 ? 'mille' : `${belowThousand(thousands, false)} mille`);
  if (rest) parts.push(belowThousand(rest, true));
  return parts.join(' ');
}

/** An amount in cents, in words: "cent quatre-vingt mille euros et cinquante centimes". */
export function montantEnLettres(cents: number): string {
  if (!Number.isInteger(cents) || cents < 0) throw new RangeError(`Montant invalide : ${cents}`);
  const euros = Math.floor(cents / 100);
  const centimes = cents % 100;
  // « un million d’euros », « un milliard deux cents millions d’euros »: a noun of number ends it.
  const roundMillions = euros >= 1_000_000 && euros % 1_000_000 === 0;
  const euroWord = euros <= 1 ? 'euro' : 'euros';
  const eurosPart = `${nombreEnLettres(euros)} ${roundMillions ? 'd’euros' : euroWord}`;
  if (centimes === 0) return eurosPart;
  const centimesPart = `${nombreEnLettres(centimes)} centime${centimes > 1 ? 's' : ''}`;
  return euros === 0 ? centimesPart : `${eurosPart} et ${centimesPart}`;
}

/** « de » before an amount in words, elided before « un » (« d’un million d’euros », « de huit euros »). */
export function deMontant(cents: number): string {
  const words = montantEnLettres(cents);
  return /^une?\b/.test(words) ? `d’${words}` : `de ${words}`;
}
