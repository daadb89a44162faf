// Plain JSON and Automerge values, one into the other. Every string is stored as an
// ImmutableString, so that two edits of one field make a conflict, not a spliced text.
import * as A from '@automerge/automerge/slim';

/** Plain JSON into Automerge values: every string becomes atomic. */
export function toDocValue(value: unknown): unknown {
  if (typeof value === 'string') return new A.ImmutableString(value);
  if (Array.isArray(value)) return value.map(toDocValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDocValue(inner)]));
  }
  return value;
}

/** Automerge values back into plain JSON. */
export function fromDocValue(value: unknown): unknown {
  if (A.isImmutableString(value)) return value.val;
  if (Array.isArray(value)) return value.map(fromDocValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromDocValue(inner)]));
  }
  return value;
}
