// Validation of untrusted dossier data, with one French sentence per problem naming the field.
import type { z } from 'zod';
import { DOSSIER_FORMAT_OLDEST, DOSSIER_FORMAT_VERSION, dossierSchema, type Dossier } from './dossier-schema';
import { labelIn, metaIn, type ItemNamer } from './field-labels';
import { valueAt } from './field-path';
import { itemNamer } from './field-values';
import type { FieldMeta } from './field-meta';
import { compte } from '../format/plural';
import { restoreDossier } from './format-upgrades/restore-dossier';
import { withUnknownFields } from './format-upgrades/unknown-fields';
import { MAX_CENTS } from './schema-primitives';
import { formatEuros } from '../format/money';

export interface ValidationProblem {
  path: (string | number)[];
  message: string;
  /** Set for refusals a screen acts on (SIGNED_CONTRACT_FROZEN offers to open an avenant). */
  code?: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] };

type Issue = z.core.$ZodIssue;

/** What is wrong with the field, in French; `meta` (the field's, from the schema) gives its codes and items in words. */
function predicate(issue: Issue, meta: FieldMeta | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'est obligatoire';
      if (issue.expected === 'int') return 'doit être un nombre entier';
      if (issue.expected === 'number') return 'doit être un nombre';
      if (issue.expected === 'string') return 'doit être un texte';
      if (issue.expected === 'array') return 'doit être une liste';
      return 'n’a pas la forme attendue';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'est obligatoire' : `doit comporter au moins ${issue.minimum} caractères`;
      if (issue.origin === 'array')
        return Number(issue.minimum) <= 1
          ? 'ne doit pas être vide'
          : `doit comporter au moins ${meta?.item ? compte(Number(issue.minimum), meta.item) : `${issue.minimum} éléments`}`;
      // Said whatever the field's gender (« Durée », « Première année »): no agreement to get wrong.
      if (Number(issue.minimum) === 0) return 'ne peut pas être négatif';
      return meta?.kind === 'year' ? `ne peut pas précéder ${issue.minimum}` : `doit valoir au moins ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `ne doit pas dépasser ${compte(Number(issue.maximum), 'caractère')}`;
      if (issue.origin === 'array')
        return `ne doit pas compter plus de ${meta?.item ? compte(Number(issue.maximum), meta.item) : `${issue.maximum} éléments`}`;
      // Money is held in cents: its ceiling is said in euros, as the agent types amounts.
      if (Number(issue.maximum) === MAX_CENTS) return `ne doit pas dépasser ${formatEuros(MAX_CENTS)}`;
      return meta?.kind === 'year'
        ? `ne peut pas dépasser ${issue.maximum}`
        : `doit valoir au plus ${Number(issue.maximum).toLocaleString('fr-FR')}`;
    case 'invalid_value':
      return acceptedValues(issue.values.map((value) => (typeof value === 'string' && meta?.values?.[value]) || value));
    case 'unrecognized_keys':
      return `contient des champs inconnus : ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** « doit valoir « Madame » ou « Monsieur » »: the accepted values, said whatever the field's gender. */
function acceptedValues(values: readonly unknown[]): string {
  const shown = values.filter((value) => value !== '').map((value) => `« ${String(value)} »`);
  if (shown.length === 0 || shown.length > 10) return 'ne figure pas parmi les valeurs possibles';
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} ou ${shown.at(-1)!}`;
  return `doit valoir ${list}`;
}

/** The issue that says most: inside a union ("empty or a valid code"), the non-empty branch's. */
function meaningfulIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  const candidates = issue.errors
    .flat()
    .filter((inner) => !(inner.code === 'invalid_value' && inner.values.includes('')));
  const chosen = candidates[0];
  return chosen ? meaningfulIssue({ ...chosen, path: [...issue.path, ...chosen.path] } as Issue) : issue;
}

/**
 * The problem `issue` says, its field named by the metadata of `schema` (the dossier's by
 * default), and the list items on its way by `itemName` where given (« action « Cours de
 * français » » rather than « action 2 »).
 */
export function describeIssue(
  issue: Issue,
  schema: z.core.$ZodType = dossierSchema,
  itemName?: ItemNamer,
): ValidationProblem {
  const meaningful = meaningfulIssue(issue);
  const path = meaningful.path.filter((part): part is string | number => typeof part !== 'symbol');
  const label = path.length === 0 ? 'Dossier' : labelIn(schema, path, itemName);
  return { path, message: `${label} ${predicate(meaningful, metaIn(schema, path))}.` };
}

export function validateWith<T>(schema: z.ZodType<T>, input: unknown, itemName?: ItemNamer): Validated<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => describeIssue(issue, schema, itemName)) };
}

/**
 * Validates a dossier of any format version from DOSSIER_FORMAT_OLDEST to DOSSIER_FORMAT_VERSION:
 * it is first brought to the current one (restoreDossier), and the fields a newer version added
 * are kept as they are (withUnknownFields). A dossier of a newer format version is refused with
 * a sentence saying to install the newer version: what its fields mean may have changed.
 */
export function validateDossier(input: unknown): Validated<Dossier> {
  const restored = restoreDossier(input);
  const version = (restored as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > DOSSIER_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        {
          path: ['formatVersion'],
          message: `Ce dossier est au format ${version}, qu’une version plus récente de Contrats CTAI a écrit ; cette version lit les formats ${DOSSIER_FORMAT_OLDEST} à ${DOSSIER_FORMAT_VERSION}. Installez la dernière version de Contrats CTAI pour l’ouvrir.`,
        },
      ],
    };
  // Items named as the agent typed them: « Nom du cofinanceur (action « Cours de français »,
  // année « 2026 », cofinanceur 2) », not by positions alone.
  const validated = validateWith(
    dossierSchema,
    restored,
    itemNamer((at) => valueAt(restored, at)),
  );
  return validated.ok ? { ok: true, value: withUnknownFields(validated.value, restored) } : validated;
}
