// Fields a newer version of the application added to a dossier, which this version does not
// know: they are kept, not stripped, so that a dossier going through this version (imported,
// edited, exported) reaches the next site with them as they were. The schema validates what it
// knows and drops the rest; the rest is put back here, value for value. This is the « must
// ignore » rule of evolving formats (the HTML and JSON-LD specifications say it this way too):
// an older reader ignores what it does not understand but passes it on.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `validated` (what the schema gave for `input`) with every property of `input` the schema did
 * not keep put back, at any depth: inside objects the schema kept, and inside the items of lists
 * the schema kept item for item. Neither argument is modified; unknown values are shared, not
 * copied (they are JSON and never modified). A property named `__proto__` is set as an own
 * property, never as the prototype.
 */
export function withUnknownFields<T>(validated: T, input: unknown): T {
  return merge(validated, input) as T;
}

/** A value holding no property of its own: nothing in it can be unknown to the schema. */
const isLeaf = (value: unknown) => value === null || typeof value !== 'object';

// Every dossier imported, loaded or merged comes through here, and most of its values are leaves
// the schema kept as they were: those are passed over without a call, and a list or an object
// is copied only once something unknown must be put back in it.
function merge(known: unknown, input: unknown): unknown {
  if (Array.isArray(known) && Array.isArray(input) && known.length === input.length) {
    let items: unknown[] | null = null;
    for (let index = 0; index < known.length; index++) {
      const inner: unknown = input[index];
      if (isLeaf(inner)) continue;
      const merged = merge(known[index], inner);
      if (merged !== known[index]) (items ??= known.slice())[index] = merged;
    }
    return items ?? known;
  }
  if (!isObject(known) || !isObject(input)) return known;
  let out: Json | null = null;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    const has = Object.hasOwn(known, key);
    if (has && isLeaf(input[key])) continue;
    const value = has ? merge(known[key], input[key]) : input[key];
    if (has && value === known[key]) continue;
    out ??= { ...known };
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out ?? known;
}

/**
 * `next` with the keys of each object in the order `previous` had them (keys new to `previous`
 * after), values untouched. A view rebuilt from the Automerge history comes with the keys of the
 * fields this version does not know in the history's order (sorted); this puts them back as the
 * dossier was received, so that they leave again byte for byte. Lists are followed item by item.
 */
export function withKeyOrderOf<T>(next: T, previous: unknown): T {
  return reorder(next, previous) as T;
}

function reorder(next: unknown, previous: unknown): unknown {
  if (Array.isArray(next) && Array.isArray(previous)) {
    let changed = false;
    const items = next.map((item, index) => {
      const ordered = reorder(item, previous[index]);
      if (ordered !== item) changed = true;
      return ordered;
    });
    return changed ? items : next;
  }
  if (!isObject(next) || !isObject(previous)) return next;
  const keys = [
    ...Object.keys(previous).filter((key) => Object.hasOwn(next, key)),
    ...Object.keys(next).filter((key) => !Object.hasOwn(previous, key)),
  ];
  const values = keys.map((key) => reorder(next[key], previous[key]));
  const current = Object.keys(next);
  if (keys.every((key, i) => key === current[i] && values[i] === next[key])) return next;
  const out: Json = {};
  keys.forEach((key, i) =>
    Object.defineProperty(out, key, { value: values[i], enumerable: true, writable: true, configurable: true }),
  );
  return out;
}
