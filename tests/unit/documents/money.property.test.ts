// One figure per act: for random contracts and avenants, what the PDF (read back by pdftotext)
// and the DOCX (its document.xml) print in the article on amounts, in words and in figures,
// in annex 3's yearly totals and in the payment schedule all agree, and with the model.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { buildDocument, renderDocument } from '../../../shared/documents/generate';
import { avenantCommitment, contractCommitments } from '../../../shared/dossier/commitment';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { montantEnLettres } from '../../../shared/format/amount-words';
import { aDossier } from '../helpers/a-dossier';
import { hasTool } from '../helpers/tools';
import { TEST_FINANCE_LAWS } from '../helpers/finance-laws';

const TOOLS = hasTool('pdftotext');
const dir = mkdtempSync(path.join(tmpdir(), 'ctai-money-'));
const fonts = loadPdfFonts();
const AMOUNT = /(\d{1,3}(?: \d{3})*,\d{2}) €/g;

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const cents = (figure: string) => Number(figure.replace(/ /g, '').replace(',', ''));

/** The text of a PDF, lines as laid out. */
function pdfLines(bytes: Uint8Array, name: string): string[] {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return flat(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8')).split('\n');
}

/** The text of a DOCX: one line per paragraph, table cells separated by spaces. */
function docxLines(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const text = xml
    // A table row is one line, its cells side by side (as pdftotext -layout lays them out).
    .replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => `${row.replace(/<\/w:p>/g, ' ').replace(/<\/w:tc>/g, '   ')}\n`)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '’');
  return flat(text).split('\n');
}

interface Printed {
  /** « pour 2026, la somme de … (…) »: year → [cents in figures, words]. */
  article: Map<number, [number, string]>;
  total: [number, string] | null;
  /** Annex 3 « Total 2026 » rows: year → CTAI column. */
  annexYears: Map<number, number>;
  /** Schedule rows: Avance, Solde, Total. */
  schedule: { avance: number; solde: number; total: number } | null;
}

function read(lines: string[]): Printed {
  // Prose wraps and justified lines are laid out with wider spaces: one space is enough to read them.
  const joined = lines.join(' ').replace(/\s+/g, ' ');
  const article = new Map<number, [number, string]>();
  for (const match of joined.matchAll(/pour (\d{4}), la somme (?:de\s+|d’)([^()]+?) \((\d{1,3}(?: \d{3})*,\d{2}) €\)/g))
    article.set(Number(match[1]), [cents(match[3]!), match[2]!.replace(/\s+/g, ' ').trim()]);
  const totalMatch = /somme totale (?:de\s+|d’)([^()]+?) \((\d{1,3}(?: \d{3})*,\d{2}) €\)/.exec(joined);
  const annexYears = new Map<number, number>();
  for (const line of lines) {
    const match = /^\s*Total (\d{4})\s/.exec(line);
    if (!match) continue;
    const amounts = [...line.matchAll(AMOUNT)].map((m) => cents(m[1]!));
    // Columns: cost, CTAI, co-funding.
    if (amounts.length === 3) annexYears.set(Number(match[1]), amounts[1]!);
  }
  const first = (label: string) => {
    const line = lines.find((l) => new RegExp(`^\\s*${label}\\s`).test(l) && AMOUNT.test(l));
    AMOUNT.lastIndex = 0;
    return line ? cents([...line.matchAll(AMOUNT)].at(-1)![1]!) : null;
  };
  const avance = first('Avance');
  const solde = first('Solde');
  const totalRow = lines.find((l) => /^\s*Total\s+[\d ]+,\d{2} €\s*$/.test(l));
  return {
    article,
    total: totalMatch ? [cents(totalMatch[2]!), totalMatch[1]!.replace(/\s+/g, ' ').trim()] : null,
    annexYears,
    schedule:
      avance !== null && solde !== null && totalRow
        ? { avance, solde, total: cents([...totalRow.matchAll(AMOUNT)][0]![1]!) }
        : null,
  };
}

const amount = fc.integer({ min: 1, max: 400_000_00 });

/** A signed contract of 1 to 3 years with 1 to 4 actions, and its advance share. */
const contract = fc
  .record({
    start: fc.integer({ min: 2024, max: 2026 }),
    years: fc.integer({ min: 1, max: 3 }),
    actions: fc.array(fc.array(amount, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    taux: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ start, years, actions, taux }) => {
    let builder = aDossier().withContract(start, years);
    actions.forEach((granted, i) => {
      builder = builder.withAction(`a${i + 1}`, {
        granted: Object.fromEntries(granted.slice(0, years).map((g, y) => [start + y, g])),
      });
    });
    const dossier = builder.signed(`${start}-02-10`).build();
    dossier.contrat.tauxAvance = taux;
    return dossier;
  });

function render(dossier: Dossier, kind: 'contract' | 'amendment', year?: number) {
  const built = buildDocument({
    kind,
    dossier,
    author: 'Test',
    date: '2027-12-31',
    articles: TEST_FINANCE_LAWS,
    ...(year ? { year } : {}),
  });
  if (!built.ok) throw new Error(JSON.stringify(built));
  return built.model;
}

function checkWords(printed: Printed) {
  for (const [figure, words] of [...printed.article.values(), ...(printed.total ? [printed.total] : [])])
    expect(words).toBe(flat(montantEnLettres(figure)));
}

describe.skipIf(!TOOLS)('one figure per act, in the PDF and in the DOCX', () => {
  it('a contract: article per year and in total, annex 3 per year and the first year’s schedule agree', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(contract, async (dossier) => {
        const model = render(dossier, 'contract');
        const expected = contractCommitments(dossier);
        const [pdf, docx] = await Promise.all([
          renderDocument(model, 'pdf', fonts),
          renderDocument(model, 'docx', fonts),
        ]);
        for (const lines of [pdfLines(pdf, `contract-${run++}`), docxLines(docx)]) {
          const printed = read(lines);
          expect([...printed.article.entries()].map(([y, [c]]) => [y, c])).toEqual(
            expected.map((c) => [c.annee, c.total]),
          );
          // The total of several years; a one-year contract's single amount is its whole.
          if (expected.length > 1) expect(printed.total?.[0]).toBe(expected.reduce((sum, c) => sum + c.total, 0));
          else expect(printed.total).toBeNull();
          expect([...printed.annexYears.entries()]).toEqual(expected.map((c) => [c.annee, c.total]));
          const first = expected[0]!;
          expect(printed.schedule).toEqual({
            avance: Math.round((first.total * dossier.contrat.tauxAvance) / 100),
            solde: first.total - Math.round((first.total * dossier.contrat.tauxAvance) / 100),
            total: first.total,
          });
          checkWords(printed);
        }
      }),
      { numRuns: 8 },
    );
  }, 180_000);

  it('an avenant: its article, its table total and its schedule agree, for its year only', async () => {
    let run = 0;
    const withAvenant = contract
      .filter((dossier) => dossier.contrat.duree! >= 2)
      .chain((dossier) =>
        fc.record({
          dossier: fc.constant(dossier),
          amounts: fc.array(fc.integer({ min: 0, max: 400_000_00 }), {
            minLength: dossier.actions.length,
            maxLength: dossier.actions.length,
          }),
          signed: fc.boolean(),
        }),
      );
    await fc.assert(
      fc.asyncProperty(withAvenant, async ({ dossier: generated, amounts, signed }) => {
        const dossier = structuredClone(generated);
        const annee = dossier.contrat.anneeDebut! + 1;
        // Within each action's cost for the year (twice what the contract granted).
        const montants = dossier.actions.map((action, i) => ({
          actionId: action.id,
          montant: Math.min(amounts[i]!, action.budgets.find((b) => b.annee === annee)!.coutTotal),
        }));
        fc.pre(montants.some((m) => m.montant > 0));
        dossier.contrat.avenants.push({
          id: 'v1',
          annee,
          numero: signed ? '1' : '',
          statut: signed ? 'signe' : 'projet',
          date: signed ? `${annee}-02-01` : '',
          lieu: 'Tours',
          signataires: [],
          deliberation: { numero: '', date: '' },
          montants,
        });
        const model = render(dossier, 'amendment', annee);
        const expected = avenantCommitment(dossier, dossier.contrat.avenants[0]!);
        const [pdf, docx] = await Promise.all([
          renderDocument(model, 'pdf', fonts),
          renderDocument(model, 'docx', fonts),
        ]);
        for (const lines of [pdfLines(pdf, `avenant-${run++}`), docxLines(docx)]) {
          const joined = lines.join(' ').replace(/\s+/g, ' ');
          const article = /pour l’année \d{4} la somme (?:de\s+|d’)([^()]+?) \((\d{1,3}(?: \d{3})*,\d{2}) €\)/.exec(
            joined,
          );
          expect(article && cents(article[2]!)).toBe(expected.total);
          expect(article && article[1]!.replace(/\s+/g, ' ').trim()).toBe(flat(montantEnLettres(expected.total)));
          const totals = lines
            .filter((l) => /^\s*Total\s+[\d ]+,\d{2} €\s*$/.test(l))
            .map((l) => cents([...l.matchAll(AMOUNT)][0]![1]!));
          // The table of amounts and the schedule each end on the same total.
          expect(totals).toEqual([expected.total, expected.total]);
          const { schedule } = read(lines);
          expect(schedule && schedule.avance + schedule.solde).toBe(expected.total);
          expect(joined).toContain(`Avenant financier n° 1 pour l’année ${annee}`);
        }
      }),
      { numRuns: 8 },
    );
  }, 180_000);
});

describe('a dossier that breaks a rule', () => {
  it('is refused by `ctai doc` with a non-zero exit and the French list of problems', async () => {
    const { runCli } = await import('../helpers/run-cli');
    const result = await runCli(
      'doc',
      'contract',
      '--dossier',
      'tests/fixtures/cases/money-year-outside-contract.json',
      '--format',
      'pdf',
      '--out',
      path.join(dir, 'refused.pdf'),
      '--date',
      '2026-11-29',
    );
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'Le document ne peut pas être produit ; à compléter ou corriger :\n' +
        '- Pour l’action « Plateforme d’accès au logement des réfugiés », le budget 2028 est hors de la durée du contrat (2026) : changez son année ou la durée du contrat. (actions.0.budgets.1.annee)\n',
    );
  });
});
