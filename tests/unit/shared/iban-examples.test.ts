// An IBAN given as an example on screen or in a refusal must pass the app's own check: an agent
// who copies it to try the field would otherwise be told its key is wrong.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidIban } from '../../../shared/dossier/schema-primitives';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('IBAN examples', () => {
  it('every « par exemple FR76… » of the screens and refusals passes the mod-97 check', () => {
    const examples = [...sources('renderer/src'), 'shared/dossier/schema-primitives.ts'].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/par exemple (FR\d{2}(?: [\dA-Z]{1,4})+)/g)].map((match) => match[1]!),
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    // Typed with its spaces, kept without them (the schema strips them before the check).
    for (const example of examples) expect(isValidIban(example.replace(/ /g, '')), example).toBe(true);
  });
});
