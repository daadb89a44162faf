// Property: random text from the scripts the shipped fonts cover (Latin, Greek, Cyrillic,
// Arabic, digits), typed with spaces, tabs, line breaks and blank lines into random printed
// fields of a contract, always comes out whole in the PDF's text (every word, NFC-compared).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { buildDocument, renderDocument } from '../../../shared/documents/generate';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { hasTool } from '../helpers/tools';
import { TEST_FINANCE_LAWS } from '../helpers/finance-laws';

const base = JSON.parse(
  readFileSync(new URL('../../fixtures/documents/text-multiline.json', import.meta.url), 'utf8'),
) as Dossier;

/** Code point ranges of each script's letters, inclusive. */
const SCRIPTS: [number, number][][] = [
  [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0xd6],
    [0xd8, 0xf6],
    [0xf8, 0x17f],
  ],
  [
    [0x391, 0x3a1],
    [0x3a3, 0x3a9],
    [0x3ac, 0x3ce],
  ],
  [[0x410, 0x44f]],
  [[0x621, 0x64a]],
  [[0x30, 0x39]],
];
const letter = (ranges: [number, number][]) =>
  fc.oneof(...ranges.map(([from, to]) => fc.integer({ min: from, max: to }))).map((cp) => String.fromCodePoint(cp));
/** A word in one script (a mixed-script word has no single reading order to compare). */
const word = fc
  .oneof(...SCRIPTS.map((ranges) => fc.array(letter(ranges), { minLength: 1, maxLength: 12 })))
  .map((letters) => letters.join(''));
const separator = fc.constantFrom(' ', ' ', ' ', ' ', '\t', '\n', '\n\n', ' \v ');
const typed = fc
  .tuple(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 20 }), word)
  .map(([pairs, last]) => `${pairs.map(([w, s]) => `${w}${s}`).join('')}${last}`);

/** Printed fields of the contract, each set on a copy of the dossier. */
const FIELDS: ((dossier: Dossier, value: string) => void)[] = [
  (d, v) => (d.actions[0]!.intitule = v.replace(/\s+/g, ' ').slice(0, 200)),
  (d, v) => (d.actions[0]!.description = v),
  (d, v) => (d.actions[0]!.porteur.nom = v.replace(/\s+/g, ' ').slice(0, 200)),
  (d, v) => (d.contrat.clausesParticulieres = v),
  (d, v) => (d.diagnostic.synthese = v),
  (d, v) => (d.diagnostic.axes[0]!.constats = v),
  (d, v) => (d.actions[1]!.budgets[0]!.cofinanceurs[0]!.nom = v.replace(/\s+/g, ' ').slice(0, 200)),
];

const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f\u200e\u200f\u202a-\u202e]+/g, '');

describe.skipIf(!hasTool('pdftotext'))('text in random fields (property)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-pdf-property-'));
  const fonts = loadPdfFonts();

  it('comes out whole in the PDF text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(FIELDS.length - 1), typed), { minLength: 1, maxLength: 3 }),
        async (edits) => {
          const dossier = structuredClone(base);
          for (const [field, value] of edits) FIELDS[field]!(dossier, value);
          const built = buildDocument({
            kind: 'contract',
            dossier,
            author: 'Agent de test',
            date: '2026-03-01',
            articles: TEST_FINANCE_LAWS,
          });
          expect(built.ok).toBe(true);
          if (!built.ok) return;
          const file = path.join(dir, 'contract.pdf');
          writeFileSync(file, await renderDocument(built.model, 'pdf', fonts));
          const text = squeeze(execFileSync('pdftotext', [file, '-']).toString('utf8'));
          // A field set twice holds its last value.
          for (const [field, value] of new Map(edits)) {
            // The value as the field holds it (single-line fields had their breaks made spaces).
            const held = structuredClone(base);
            FIELDS[field]!(held, value);
            for (const w of value.normalize('NFC').split(/\s+/).filter(Boolean))
              if (JSON.stringify(held).includes(w))
                expect(text, `« ${w} » in ${JSON.stringify(value)}`).toContain(squeeze(w));
          }
        },
      ),
      { numRuns: 15, seed: 20261129 },
    );
  }, 120_000);
});
