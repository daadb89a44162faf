// The characters the shipped fonts print: the generated table matches the font files, and a
// character outside every font is refused before generation with the field named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageModule, printableRanges } from '../../../scripts/font-coverage-source';
import { PRINTABLE_RANGES } from '../../../shared/documents/font-coverage';
import { isPrintable, unprintableFields } from '../../../shared/documents/unprintable-text';
import type { Dossier } from '../../../shared/dossier/dossier-schema';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), 'utf8')) as Dossier;

describe('font coverage', () => {
  it('shared/documents/font-coverage.ts is up to date with assets/fonts', () => {
    // Regenerate with `npx tsx scripts/write-font-coverage.ts` after changing the fonts.
    const ranges = printableRanges('assets/fonts');
    expect(PRINTABLE_RANGES).toEqual(ranges);
    expect(coverageModule(ranges)).toContain('PRINTABLE_RANGES');
  });

  it('covers Latin, Greek, Cyrillic and Arabic, not Chinese nor emoji', () => {
    for (const char of 'aZéŒœßĳ€«»\u202f\u00a0\u2011ΑωЖяجمعيةالأمل٣')
      expect(isPrintable(char.codePointAt(0)!), char).toBe(true);
    for (const char of ['华', '人', '😀', '\u0007', '\n']) expect(isPrintable(char.codePointAt(0)!), char).toBe(false);
  });

  it('names each field holding a character no font prints, and only those', () => {
    const problems = unprintableFields(fixture('text-scripts-outside-latin.json'));
    expect(problems.map((p) => [p.path, p.tab])).toEqual([
      ['actions.0.objectifs', 'actions'],
      ['actions.0.budgets.0.cofinanceurs.0.nom', 'actions'],
    ]);
    expect(problems[0]!.message).toBe(
      '« Objectifs (action 1) » contient un caractère que les documents ne savent pas imprimer : « 😀 » (U+1F600). Remplacez-le ou retirez-le, puis recommencez.',
    );
    expect(problems[1]!.message).toContain(
      '« Nom du cofinanceur (action 1, année 1, cofinanceur 1) » contient des caractères',
    );
    expect(problems[1]!.message).toContain('« 华 » (U+534E), « 人 » (U+4EBA), « 互 » (U+4E92), « 助 » (U+52A9)');
  });

  it('says whose field a general name is', () => {
    const dossier = fixture('text-multiline.json');
    dossier.actions[1]!.porteur.nom = 'Association 😀';
    expect(unprintableFields(dossier)[0]!.message).toMatch(/^« Nom du porteur \(action 2\) » contient un caractère/);
  });
});
