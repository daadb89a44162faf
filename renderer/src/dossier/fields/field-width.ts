// How wide a field of a form is, from what it has to show: a code of a few characters is narrow,
// a service's name or an address wide, a list as wide as its longest choice. Every form's grid
// (app.css, .ctai-grid, twelve columns) reads the class, so that all forms size fields alike.
import type { z } from 'zod';
import { fieldSteps } from '../../../../shared/dossier/field-meta';
import type { FieldKind } from '../../../../shared/format/input-values';

/** Columns out of twelve on a laptop's screen: 2, 3, 4, 6, 8, all (app.css, forms block). */
export type FieldWidth = 'xs' | 's' | 'm' | 'l' | 'xl' | 'full';

/** The class of the grid's item for a width. */
export function widthClass(width: FieldWidth): string {
  return `ctai-w-${width}`;
}

/**
 * The longest text a regular expression matches (« ^\d{5}$ » → 5), or null when it has no bound
 * (a « + » or « * »): a code's pattern says how wide its field has to be.
 */
export function patternLength(source: string): number | null {
  let at = 0;
  const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  function alternatives(): number | null {
    let longest = sequence();
    while (source[at] === '|') {
      at++;
      const next = sequence();
      longest = longest === null || next === null ? null : Math.max(longest, next);
    }
    return longest;
  }
  function sequence(): number | null {
    let total: number | null = 0;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const one = atom();
      const times = repeat();
      total = add(total, one === null || times === null ? null : one * times);
    }
    return total;
  }
  function atom(): number | null {
    const char = source[at++];
    if (char === '^' || char === '$') return 0;
    if (char === '\\') {
      at++;
      return 1;
    }
    if (char === '[') {
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      at++;
      return 1;
    }
    if (char === '(') {
      if (source[at] === '?') at += 2;
      const inner = alternatives();
      at++;
      return inner;
    }
    return 1;
  }
  function repeat(): number | null {
    const char = source[at];
    if (char === '?') {
      at++;
      return 1;
    }
    if (char === '*' || char === '+') {
      at++;
      return null;
    }
    const bounds = char === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at)) : null;
    if (!bounds) return 1;
    at += bounds[0].length;
    if (bounds[2] === undefined) return Number(bounds[1]);
    return bounds[3] ? Number(bounds[3]) : null;
  }
  return alternatives();
}

/**
 * How many characters the field at `path` of `root` may hold: the text's maximum, or the length
 * of a code's pattern (a département's code: 3), or null when the schema does not bound it.
 */
export function schemaFieldLength(root: z.core.$ZodType, path: readonly (string | number)[]): number | null {
  const steps = fieldSteps(root, path);
  if (steps.length !== path.length) return null;
  const core = steps.at(-1)!.core;
  const def = core._zod.def as { format?: string; checks?: { _zod: { def: { pattern?: unknown } } }[] };
  // An e-mail address may hold 254 characters; one of 60 is already long.
  if (def.format === 'email') return 60;
  const bounded = (def.checks ?? [])
    .map((check) => check._zod.def.pattern)
    .map((pattern) => (pattern instanceof RegExp ? patternLength(pattern.source) : null))
    .filter((length): length is number => length !== null);
  if (bounded.length > 0) return Math.max(...bounded);
  const { maxLength } = core as { maxLength?: unknown };
  return typeof maxLength === 'number' ? maxLength : null;
}

/**
 * The width of a text field that may hold `length` characters: codes narrow (up to a SIRET's 14
 * digits or a telephone number's 17 characters), a number of an act short, names of up to 100 a
 * third of the row, up to 150 (a service, a co-funder) half of it, longer (an action's title) two
 * thirds. An unbounded field is as wide as a name.
 */
export function widthForLength(length: number | null): FieldWidth {
  if (length === null) return 'm';
  if (length <= 17) return 'xs';
  if (length <= 40) return 's';
  if (length <= 100) return 'm';
  if (length <= 150) return 'l';
  return 'xl';
}

/** A list as wide as its longest choice, shown whole (its arrow takes about three characters). */
export function widthForOptions(options: readonly { label: string }[]): FieldWidth {
  const longest = Math.max(0, ...options.map((option) => option.label.length));
  if (longest <= 12) return 'xs';
  if (longest <= 24) return 's';
  if (longest <= 36) return 'm';
  if (longest <= 60) return 'l';
  if (longest <= 84) return 'xl';
  return 'full';
}

/** The width a field's kind gives it, whatever its schema: an amount or a date is short. */
export function widthForKind(kind: FieldKind, isYear: boolean): FieldWidth | null {
  if (kind === 'longtext') return 'full';
  if (kind === 'integer') return isYear ? 'xs' : 's';
  if (kind === 'amount' || kind === 'date') return 's';
  return null;
}
