// Every field path of the dossier schema has a French label: no history line, refusal or
// conflict shows a key (« montantVerse ») or a position without its kind (« élément 1 »).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dossierSchema } from '../../../shared/dossier/dossier-schema';
import { fieldLabel } from '../../../shared/dossier/field-labels';

type Any = z.ZodType & { def: Record<string, unknown> & { type: string } };

/** Every path to a value of the schema, array items as index 0. */
function paths(schema: Any, prefix: (string | number)[] = []): (string | number)[][] {
  const def = schema.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Any>;
      return Object.entries(shape).flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
    }
    case 'array':
      return paths(def.element as Any, [...prefix, 0]);
    case 'default':
    case 'nullable':
    case 'optional':
    case 'pipe':
      return paths((def.innerType ?? def.in) as Any, prefix);
    case 'union':
      return (def.options as Any[]).flatMap((option) => paths(option, prefix));
    case 'record':
      return [];
    default:
      return [];
  }
}

describe('field labels', () => {
  const all = [...new Map(paths(dossierSchema as unknown as Any).map((p) => [p.join('.'), p])).values()];

  it('walk the whole schema', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.map((p) => p.join('.'))).toContain('contrat.versements.0.montantVerse');
  });

  it('name every field path in French', () => {
    const unnamed = all.filter((path) => {
      const label = fieldLabel(path);
      const last = path.filter((part) => typeof part === 'string').at(-1) as string;
      return label.startsWith(last) || /élément/.test(label);
    });
    expect(unnamed.map((path) => `${path.join('.')} → ${fieldLabel(path)}`)).toEqual([]);
  });
});
