// What each field of the dossier schema means to people, kept on the schema itself (a zod
// registry): its French label, whose field it is, the word for one item of a list, the words for
// its codes and how its numbers read. History lines, conflicts, the import preview, refusals and
// the CSV all read this one source (field-labels.ts, field-values.ts), never a table keyed by a
// field's last name (« nom », « numero », « date » mean something different in each object).
import { z } from 'zod';

export interface FieldMeta {
  /** The field's name in French, capitalised: « Population », « Montant CTAI accordé ». */
  label?: string;
  /** A name too general to be understood alone (« Nom »): said with its object's `owner`. */
  general?: boolean;
  /** For an object: whose its general fields are, after them (« du représentant de la collectivité »). */
  owner?: string;
  /** For a list: the word for one of its items (« action », « cofinanceur »). */
  item?: string;
  /** For a record keyed by codes: how one entry is named (« Date de l’étape ») and each key in words. */
  entries?: { label: string; keys: Readonly<Record<string, string>> };
  /** For a code: each code in words (« proposee » → « Proposée »). */
  values?: Readonly<Record<string, string>>;
  /** How the field reads when empty (null): a step not reached yet reads « Avant la lettre d’intention ». */
  empty?: string;
  /** How a number reads: an amount in cents (« 10 000,00 € ») or a year (« 2026 », no thousands space). */
  kind?: 'cents' | 'year';
}

/** The registry holding every field's metadata (not zod's global one, which the JSON Schema would print). */
export const fieldMeta = z.registry<FieldMeta>();

/**
 * Records `meta` on `schema` (merged with what its building block already said, such as an
 * amount's kind) and returns the same schema, so that a field is declared and named in one place:
 * `population: field(count().nullable(), 'Population')`.
 */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta | string): T {
  const own = typeof meta === 'string' ? { label: meta } : meta;
  fieldMeta.add(schema, { ...fieldMeta.get(schema), ...own });
  return schema;
}

type AnySchema = z.core.$ZodType;

/** Kinds of schema that only wrap another (a default, null allowed…): the field is the inner one. */
const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional', 'nonoptional', 'readonly', 'catch']);

/**
 * The schema under its wrappers, with the metadata found on the way (the outermost wins for each
 * key). An optional form field, `'' | schema`, is its schema.
 */
export function unwrapField(schema: AnySchema): { meta: FieldMeta; core: AnySchema } {
  let meta: FieldMeta = {};
  let current = schema;
  for (;;) {
    meta = { ...fieldMeta.get(current as z.ZodType), ...meta };
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (WRAPPERS.has(def.type)) current = def.innerType as AnySchema;
    else if (def.type === 'pipe') current = def.in as AnySchema;
    else if (def.type === 'union') {
      const options = (def.options as AnySchema[]).filter((option) => option._zod.def.type !== 'literal');
      if (options.length !== 1) return { meta, core: current };
      current = options[0]!;
    } else return { meta, core: current };
  }
}

/** One step of a path through the schema: the key and the metadata of the field it leads to. */
export interface FieldStep {
  key: string | number;
  meta: FieldMeta;
  /** The schema of that field, under its wrappers. */
  core: AnySchema;
}

/**
 * The fields along `path` from `root`, one step per part; the walk stops at the first part the
 * schema does not hold (an unknown field kept from a newer format), so the result may be shorter.
 */
export function fieldSteps(root: AnySchema, path: readonly (string | number)[]): FieldStep[] {
  const steps: FieldStep[] = [];
  let core = unwrapField(root).core;
  for (const key of path) {
    const def = core._zod.def as unknown as Record<string, unknown> & { type: string };
    let child: AnySchema | undefined;
    let entry: FieldMeta = {};
    if (def.type === 'object' && typeof key === 'string') child = (def.shape as Record<string, AnySchema>)[key];
    else if (def.type === 'array' && typeof key === 'number') child = def.element as AnySchema;
    else if (def.type === 'record' && typeof key === 'string') {
      child = def.valueType as AnySchema;
      const entries = steps.at(-1)?.meta.entries;
      if (entries) entry = { label: `${entries.label} « ${entries.keys[key] ?? key} »` };
    }
    if (!child) break;
    const unwrapped = unwrapField(child);
    steps.push({ key, meta: { ...unwrapped.meta, ...entry }, core: unwrapped.core });
    core = unwrapped.core;
  }
  return steps;
}
