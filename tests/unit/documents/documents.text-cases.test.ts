// The team's failing cases (tests/fixtures/documents, from /work/shared/cases) and one dossier
// holding every kind of awkward text at once, each checked in the PDF with poppler and qpdf,
// and in the DOCX through LibreOffice: every word of every input comes out (NFC-compared), in
// the lines and paragraphs typed, with every font embedded; what no font prints is refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { buildDocument, renderDocument, type DocumentKind } from '../../../shared/documents/generate';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { validateDossier } from '../../../shared/dossier/validation';
import { hasTool } from '../helpers/tools';
import { runCli } from '../helpers/run-cli';
import { TEST_FINANCE_LAWS } from '../helpers/finance-laws';
import { aDossier } from '../helpers/a-dossier';

const TOOLS = ['soffice', 'qpdf', 'pdffonts', 'pdftotext'].every(hasTool);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/documents/${name}.json`, import.meta.url), 'utf8')) as Dossier;

/**
 * Text compared without spaces, hyphens (LibreOffice breaks lines after them, and prints the
 * non-breaking hyphen as a plain one), nor the bidi marks poppler adds around right-to-left runs.
 */
export const squeeze = (text: string) =>
  text.normalize('NFC').replace(/[\s\u00a0\u202f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2010\u2011-]+/g, '');
/**
 * LibreOffice maps the Arabic lam-alef ligature to its letters in reading order, which poppler
 * then reverses with the rest of the right-to-left run: for its PDFs only, the two letters are
 * compared in either order.
 */
const lamAlef = (text: string) => text.replace(/([آأإا])ل/g, 'ل$1');
/** The words of an input, as typed: split at spaces and at the control characters that separate words. */
export const words = (input: string) =>
  input
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters separate words as typed
    .split(/[\s\u00a0\u202f\u0000-\u001f]+/)
    .filter(Boolean);

/** The dossier holding every case: multi-paragraph text, control characters, NFD, tabs, scripts, 30 co-funders, a long name. */
function everyCase(): { dossier: Dossier; inputs: string[] } {
  const dossier = fixture('table-row-taller-than-page');
  const inputs: string[] = [];
  const set = <T>(value: string, apply: (text: string) => T) => {
    inputs.push(value);
    apply(value);
  };
  set(
    'Communauté d’agglomération des Rives de la Loire, des Coteaux du Val d’Amboise, de Chenonceaux et des villages associés de la Touraine',
    (v) => (dossier.collectivite.nom = v),
  );
  // The representative's name is read from the dossier: the contract is not yet signed (a signed
  // act names the signatories recorded then, act-signers.ts).
  dossier.contrat.signature.signataires = [];
  // The letter addresses the préfet in person: his civility is needed when a sous-préfet signs.
  dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Jean', nom: 'Martin' };
  set('Garnier\u2011Diallo', (v) => (dossier.collectivite.representant.nom = v));
  set(
    '1. La collectivité informe l’État de tout changement de porteur.\n2. Les crédits\tnon consommés sont reversés.\n\nLe présent article prévaut sur l’article 7.',
    (v) => (dossier.contrat.clausesParticulieres = v),
  );
  set(
    'Accompagnement individuel\vpuis collectif.\fSuite du texte après saut de page.',
    (v) => (dossier.actions[0]!.description = v),
  );
  set(
    'Le diagnostic re\u0301alise\u0301 a\u0300 l’e\u0301te\u0301 montre des besoins.',
    (v) => (dossier.diagnostic.synthese = v),
  );
  set('Association جمعية الأمل ١٢٣', (v) => (dossier.actions[0]!.porteur.nom = v));
  set('Фонд «Надежда» поддержки', (v) => (dossier.actions[1]!.budgets[0]!.cofinanceurs[0]!.nom = v));
  set('Σύλλογος Ελπίδα Αθηνών', (v) => (dossier.actions[2]!.porteur.nom = v));
  inputs.push(...dossier.actions[0]!.budgets[0]!.cofinanceurs.map((c) => c.nom));
  return { dossier, inputs };
}

/** Amounts of tens of billions, near the format's ceiling of a hundred billion euros per act. */
function hugeAmounts(): Dossier {
  return aDossier()
    .withContract(2025, 2)
    .withAction('a', { granted: { 2025: 20_000_000_000_00, 2026: 4_999_999_999_99 } })
    .withAction('b', { granted: { 2025: 12_345_678_901_23, 2026: 1_00 } })
    .signed('2025-02-10')
    .build();
}

interface Made {
  pdf: string;
  docxPdf: string;
}

describe.skipIf(!TOOLS)('documents of awkward text (poppler, qpdf, LibreOffice)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-text-cases-'));
  const made = new Map<string, Made>();
  const all = everyCase();
  const cleanScripts = fixture('text-scripts-outside-latin');
  cleanScripts.actions[0]!.objectifs = 'Favoriser l’autonomie des personnes accompagnées.';
  cleanScripts.actions[0]!.budgets[0]!.cofinanceurs[0]!.nom = 'Fondation Entraide';
  // The case's representative (« Garnier‑Diallo ») signs: the signatories recorded by the demo
  // generator (« Yasmina Garnier ») would name the act's signers instead (act-signers.ts).
  cleanScripts.contrat.signature.signataires = [];
  const cases: [string, Dossier, DocumentKind][] = [
    ['multiline', fixture('text-multiline'), 'contract'],
    ['control', fixture('text-control-characters'), 'contract'],
    ['scripts', cleanScripts, 'contract'],
    ['table', fixture('table-row-taller-than-page'), 'contract'],
    ['every', all.dossier, 'contract'],
    ['every-letter', all.dossier, 'letter'],
    ['huge', hugeAmounts(), 'contract'],
  ];
  const pdfText = (file: string, ...options: string[]) =>
    execFileSync('pdftotext', [...options, file, '-'])
      .toString('utf8')
      .normalize('NFC');
  const both = (label: string) => {
    const files = made.get(label)!;
    return [
      { what: `${label} (PDF)`, text: pdfText(files.pdf), file: files.pdf },
      { what: `${label} (DOCX through LibreOffice)`, text: lamAlef(pdfText(files.docxPdf)), file: files.docxPdf },
    ];
  };
  const lines = (text: string) => text.split('\n').map((line) => line.trim());

  beforeAll(async () => {
    const fonts = loadPdfFonts();
    for (const [label, given, kind] of cases) {
      // Through validation, as every dossier the app or `ctai doc` prints: its cleaning of
      // pasted text is part of what is checked.
      const validated = validateDossier(given);
      if (!validated.ok) throw new Error(`${label}: ${JSON.stringify(validated.problems)}`);
      const dossier = validated.value;
      const built = buildDocument({
        kind,
        dossier,
        author: 'Agent de test',
        date: '2026-03-01',
        articles: TEST_FINANCE_LAWS,
      });
      if (!built.ok) throw new Error(`${label}: ${JSON.stringify(built)}`);
      const base = path.join(dir, label);
      writeFileSync(`${base}.pdf`, await renderDocument(built.model, 'pdf', fonts));
      writeFileSync(`${base}.docx`, await renderDocument(built.model, 'docx', fonts));
      made.set(label, { pdf: `${base}.pdf`, docxPdf: path.join(dir, 'from-docx', `${label}.pdf`) });
    }
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        path.join(dir, 'from-docx'),
        ...cases.map(([label]) => path.join(dir, `${label}.docx`)),
      ],
      { stdio: 'pipe', timeout: 240_000, env: { ...process.env, HOME: dir } },
    );
  }, 300_000);

  it('prints every amount of the annexes’ tables whole on one line, however large', () => {
    // Written by hand: the yearly amounts granted, their costs (twice the grant) and totals.
    const amounts = [
      '20 000 000 000,00 €',
      '40 000 000 000,00 €',
      '4 999 999 999,99 €',
      '9 999 999 999,98 €',
      '12 345 678 901,23 €',
      '24 691 357 802,46 €',
      '32 345 678 901,23 €',
      '64 691 357 802,46 €',
      '37 345 678 902,22 €',
      '74 691 357 804,44 €',
    ];
    for (const { what, file } of both('huge')) {
      const printed = lines(pdfText(file, '-layout')).map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
      for (const amount of amounts)
        expect(
          printed.some((line) => line.includes(amount)),
          `${what}: ${amount}`,
        ).toBe(true);
      // No cell wraps an amount: no line starts with its cents or its currency sign.
      expect(
        printed.filter((line) => /^(\d\d )?€/.test(line) || /(^|\s)\d{1,3},$/.test(line)),
        what,
      ).toEqual([]);
    }
  });

  it('prints the lines and paragraphs typed in a text area as typed', () => {
    for (const { what, text } of both('multiline')) {
      const printed = lines(text);
      const first = printed.indexOf('1. La collectivité informe l’État de tout changement de porteur.');
      expect(first, what).toBeGreaterThan(0);
      expect(printed[first + 1], what).toBe('2. Les crédits non consommés sont reversés.');
      // The blank line typed starts a new paragraph: a line of its own, after a gap or not.
      expect(printed.slice(first + 2, first + 4), what).toContain('Le présent article prévaut sur l’article 7.');
    }
  });

  it('turns pasted control characters into line and paragraph breaks, no word glued or hidden', () => {
    for (const { what, text } of both('control')) {
      const printed = lines(text);
      expect(printed, what).toContain('Description : Accompagnement individuel');
      const at = printed.indexOf('Description : Accompagnement individuel');
      expect(printed.slice(at + 1, at + 4), what).toEqual(
        expect.arrayContaining(['puis collectif.', 'Suite du texte après saut de page.']),
      );
      expect(text, what).not.toMatch(/individuelpuis|collectif\.Suite/);
      // Nothing of the description after the budget table's header (where it would be hidden).
      const header = text.indexOf('Coût total', text.indexOf('Description : Accompagnement'));
      expect(text.indexOf('Suite du texte après saut de page.'), what).toBeLessThan(header);
    }
  });

  it('refuses, before generation, a character no shipped font prints, naming the field', async () => {
    const built = buildDocument({
      kind: 'contract',
      dossier: fixture('text-scripts-outside-latin'),
      author: 'Agent de test',
      date: '2026-03-01',
      articles: TEST_FINANCE_LAWS,
    });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.unprintable?.map((p) => p.path)).toEqual([
      'actions.0.objectifs',
      'actions.0.budgets.0.cofinanceurs.0.nom',
    ]);
    const file = path.join(dir, 'scripts-refused.json');
    writeFileSync(file, JSON.stringify(fixture('text-scripts-outside-latin')));
    const cli = await runCli('doc', 'contract', '--dossier', file, '--format', 'pdf', '--out', path.join(dir, 'x.pdf'));
    expect(cli.code).toBe(1);
    expect(cli.err).toContain('Le document ne peut pas être produit');
    expect(cli.err).toContain(
      '« Objectifs (action 1) » contient un caractère que les documents ne savent pas imprimer : « 😀 » (U+1F600).',
    );
    expect(cli.err).toContain('(actions.0.budgets.0.cofinanceurs.0.nom)');
  });

  it('checks only what the document prints: a porteur’s unprintable name refuses the contract, not the letter', () => {
    const dossier = fixture('text-multiline');
    dossier.actions[1]!.porteur.nom = 'Association 😀 entraide';
    // The letter addresses the préfet in person: his civility is needed when a sous-préfet signs.
    dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Jean', nom: 'Martin' };
    const request = { dossier, author: 'Agent de test', date: '2026-03-01', articles: TEST_FINANCE_LAWS };
    // The letter prints no porteur: it is made.
    expect(buildDocument({ ...request, kind: 'letter' }).ok).toBe(true);
    const contract = buildDocument({ ...request, kind: 'contract' });
    expect(!contract.ok && contract.unprintable?.map((p) => p.path)).toEqual(['actions.1.porteur.nom']);
    expect(!contract.ok && contract.unprintable?.[0]?.message).toMatch(/^« Nom du porteur \(action 2\) » contient/);
    // The same character in a field the letter prints refuses the letter, naming that field only.
    dossier.collectivite.chefDeProjet.nom = 'Durand 😀';
    const letter = buildDocument({ ...request, kind: 'letter' });
    expect(!letter.ok && letter.unprintable?.map((p) => p.path)).toEqual(['collectivite.chefDeProjet.nom']);
  });

  it('draws Arabic-Indic digits inside Arabic text left to right, as numbers read', () => {
    for (const { what, text } of both('every')) {
      expect(text, what).toContain('١٢٣');
      expect(text, what).not.toContain('٣٢١');
    }
  });

  it('draws Arabic (shaped, right to left), Cyrillic, Greek and the non-breaking hyphen, fonts embedded', () => {
    for (const { what, text, file } of both('scripts')) {
      expect(squeeze(text), what).toContain(squeeze('Association جمعية الأمل'));
      expect(squeeze(text), what).toContain(squeeze('Garnier\u2011Diallo'));
      const fonts = execFileSync('pdffonts', [file]).toString();
      if (what.includes('(PDF)')) {
        expect(text, what).toContain('Garnier\u2011Diallo');
        expect(fonts).toMatch(/[A-Z]{6}\+NotoSansArabic-Regular/);
        expect(fonts).toMatch(/[A-Z]{6}\+NotoSans-Regular/);
      }
    }
  });

  it('continues a row taller than a page on the next page: all thirty co-funders', () => {
    const names = fixture('table-row-taller-than-page').actions[0]!.budgets[0]!.cofinanceurs.map((c) => c.nom);
    expect(names).toHaveLength(30);
    for (const { what, text } of both('table')) {
      const squeezed = squeeze(text);
      // A name cut by the page end has the page's footer and the next letterhead in its middle.
      for (const name of names) {
        expect(squeezed, what).toContain(squeeze(name.slice(0, 'Commune partenaire n° 01'.length)));
        for (const word of words(name)) expect(squeezed, `${what}: ${word}`).toContain(squeeze(word));
      }
      // No page holds the table's header row and nothing else of the table.
      for (const page of text.split('\f'))
        if (page.includes('Cofinanceurs') && page.includes('Année')) expect(page, what).toMatch(/Commune partenaire|€/);
    }
  });

  it('prints every word of every input of the dossier holding every case, NFC-compared', () => {
    for (const label of ['every', 'every-letter']) {
      for (const { what, text } of both(label)) {
        const squeezed = squeeze(text);
        const inputs = label === 'every' ? all.inputs.slice(1) : [all.dossier.collectivite.nom];
        for (const input of inputs)
          for (const word of words(input)) expect(squeezed, `${what}: « ${word} »`).toContain(squeeze(word));
      }
    }
  });

  it('embeds every font, as tagged subsets, in files qpdf finds clean, with a trailer /ID', () => {
    for (const { what, file } of [...both('every'), ...both('every-letter'), ...both('scripts')]) {
      expect(() => execFileSync('qpdf', ['--check', file], { stdio: 'pipe' }), what).not.toThrow();
      const fonts = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter(Boolean);
      expect(fonts.length, what).toBeGreaterThan(0);
      for (const font of fonts) expect(font.split(/\s+/).at(-5), `${what}: ${font}`).toBe('yes');
      if (what.includes('(PDF)')) {
        for (const font of fonts) expect(font, what).toMatch(/^[A-Z]{6}\+/);
        const trailer = execFileSync('qpdf', ['--show-object=trailer', file]).toString();
        expect(trailer, what).toMatch(/\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/);
      }
    }
  });

  it('keeps the letterhead, the footer and the page number within the page', () => {
    for (const label of ['every', 'every-letter']) {
      const { pdf } = made.get(label)!;
      const boxes = pdfText(pdf, '-bbox');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
      for (const match of boxes.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)) {
        expect(Number(match[1]), label).toBeGreaterThanOrEqual(56);
        expect(Number(match[2]), label).toBeLessThanOrEqual(595.28 - 56);
      }
      const text = pdfText(pdf);
      for (let page = 1; page <= pages; page++)
        expect(text, label).toMatch(new RegExp(`Page\\s${page}\\ssur\\s${pages}\\n`));
    }
  });
});
