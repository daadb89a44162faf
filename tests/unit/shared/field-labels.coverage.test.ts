// Every field path of the dossier schema has a French label on the schema itself (field-meta.ts):
// no history line, refusal or conflict shows a key (« montantVerse »), a code (« proposee ») or a
// position without its kind (« élément 1 »).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dossierSchema } from '../../../shared/dossier/dossier-schema';
import { dossierFieldMeta, fieldLabel } from '../../../shared/dossier/field-labels';
import { STEPS } from '../../../shared/dossier/workflow-steps';

type Any = z.ZodType & { def: Record<string, unknown> & { type: string } };

/** Every path to a value of the schema, array items as index 0, record entries by each key. */
function paths(schema: Any, prefix: (string | number)[] = []): (string | number)[][] {
  const def = schema.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Any>;
      return Object.entries(shape).flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
    }
    case 'array':
      return [[...prefix, 0], ...paths(def.element as Any, [...prefix, 0])];
    case 'default':
    case 'nullable':
    case 'optional':
    case 'pipe':
      return paths((def.innerType ?? def.in) as Any, prefix);
    case 'union':
      return (def.options as Any[]).flatMap((option) => paths(option, prefix));
    case 'record':
      return Object.keys((def.keyType as Any).def.entries as Record<string, string>).map((key) => [...prefix, key]);
    default:
      return [];
  }
}

/** Every enum of the schema with the path where it sits. */
function enums(schema: Any, prefix: string[] = []): { path: string; options: string[] }[] {
  const def = schema.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, Any>).flatMap(([key, child]) => enums(child, [...prefix, key]));
    case 'array':
      return enums(def.element as Any, [...prefix, '0']);
    case 'default':
    case 'nullable':
    case 'optional':
      return enums(def.innerType as Any, prefix);
    case 'union':
      return (def.options as Any[]).flatMap((option) => enums(option, prefix));
    case 'enum':
      return [{ path: prefix.join('.'), options: Object.values(def.entries as Record<string, string>) }];
    default:
      return [];
  }
}

describe('field labels', () => {
  const all = [...new Map(paths(dossierSchema as unknown as Any).map((p) => [p.join('.'), p])).values()];

  it('walk the whole schema', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.map((p) => p.join('.'))).toContain('contrat.versements.0.montantVerse');
    expect(all.map((p) => p.join('.'))).toContain('workflow.dates.signature');
  });

  it('are declared on the schema for every field path, and every list names its items', () => {
    const unlabelled = all.filter((path) => {
      const meta = dossierFieldMeta(typeof path.at(-1) === 'number' ? path.slice(0, -1) : path);
      return typeof path.at(-1) === 'number' ? !meta?.item : !meta?.label;
    });
    expect(unlabelled.map((path) => path.join('.'))).toEqual([]);
  });

  it('name every field path in French, without a key or an unnamed position', () => {
    const unnamed = all.filter((path) => {
      const label = fieldLabel(path);
      return /[a-z][A-Z]|Champ «|élément/.test(label) || label.startsWith(String(path.at(-1)));
    });
    expect(unnamed.map((path) => `${path.join('.')} → ${fieldLabel(path)}`)).toEqual([]);
  });

  it('say every code of every enum in words', () => {
    const found = enums(dossierSchema as unknown as Any);
    expect(found.map((e) => e.path)).toContain('actions.0.statut');
    const missing = found.flatMap(({ path, options }) => {
      const values = dossierFieldMeta(
        path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      )?.values;
      return options.filter((option) => !values?.[option] && option !== '').map((option) => `${path}: ${option}`);
    });
    expect(missing).toEqual([]);
  });

  it('tell fields of the same last name apart', () => {
    expect(fieldLabel(['collectivite', 'representant', 'nom'])).toBe('Nom du représentant de la collectivité');
    expect(fieldLabel(['contrat', 'numero'])).toBe('Numéro du contrat');
    expect(fieldLabel(['numero'])).toBe('Numéro du dossier');
    expect(fieldLabel(['contrat', 'avenants', 0, 'date'])).toBe('Date de signature de l’avenant (avenant 1)');
    expect(fieldLabel(['contrat', 'bilans', 0, 'actions', 1, 'realise'])).toBe('Actions réalisées (bilan 1, action 2)');
    expect(fieldLabel(['actions', 0, 'indicateurs', 0, 'realise', 1, 'valeur'])).toBe(
      'Valeur atteinte (action 1, indicateur 1, année 2)',
    );
    expect(fieldLabel(['workflow', 'dates', 'signature'])).toBe('Date de l’étape « Validation et signature »');
    expect(fieldLabel(['actions', 2])).toBe('Action 3');
    expect(fieldLabel(['collectivite', 'inconnu'])).toBe('Champ « inconnu »');
    expect(STEPS.length).toBeGreaterThan(0);
  });
});
