// Every document for demo dossiers, checked with the tools a préfecture would use:
// LibreOffice opens each DOCX, qpdf and poppler check each PDF, and both hold the same text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docxXmlProblems } from '../helpers/docx-xml';
import { hasTool } from '../helpers/tools';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { buildDocument, renderDocument, type DocumentKind } from '../../../shared/documents/generate';
import { documentText } from '../../../shared/documents/document-model';
import { contractCommitments } from '../../../shared/dossier/commitment';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { fundedActions } from '../../../shared/dossier/funding';
import { montantEnLettres } from '../../../shared/format/amount-words';
import { formatEuros } from '../../../shared/format/money';
import { demoDossiers } from '../helpers/demo';
import { TEST_FINANCE_LAWS } from '../helpers/finance-laws';

const TOOLS = ['soffice', 'qpdf', 'pdffonts', 'pdftotext'].every(hasTool);
const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const pdfText = (file: string) => normalize(execFileSync('pdftotext', [file, '-']).toString('utf8'));

function pick(options: { actions: number; years: number }): Dossier {
  const found = demoDossiers({ count: 8, seed: 11, ...options }).find((d) => d.workflow.etape === 'suivi');
  if (!found) throw new Error('no demo dossier in follow-up');
  return found;
}

const cases = [
  { label: 'one action', dossier: pick({ actions: 1, years: 3 }) },
  { label: 'forty actions over three years', dossier: pick({ actions: 40, years: 3 }) },
];
const KINDS: DocumentKind[] = ['letter', 'contract', 'amendment'];

// Skipped only where LibreOffice, qpdf or poppler are not installed (CI installs them).
describe.skipIf(!TOOLS)('generated documents (LibreOffice, qpdf, poppler)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-docs-'));
  const made: { label: string; kind: DocumentKind; dossier: Dossier; lines: string[]; pdf: string; docxPdf: string }[] =
    [];

  beforeAll(async () => {
    const fonts = loadPdfFonts();
    for (const [index, { label, dossier }] of cases.entries()) {
      for (const kind of KINDS) {
        const built = buildDocument({
          kind,
          dossier,
          author: 'Agent de test',
          date: '2026-03-01',
          year: dossier.contrat.anneeDebut! + 1,
          articles: TEST_FINANCE_LAWS,
        });
        if (!built.ok) throw new Error(`${label} ${kind}: ${JSON.stringify(built)}`);
        const base = path.join(dir, `${index}-${kind}`);
        writeFileSync(`${base}.pdf`, await renderDocument(built.model, 'pdf', fonts));
        writeFileSync(`${base}.docx`, await renderDocument(built.model, 'docx', fonts));
        made.push({
          label,
          kind,
          dossier,
          lines: documentText(built.model).map(normalize).filter(Boolean),
          pdf: `${base}.pdf`,
          docxPdf: path.join(dir, 'from-docx', `${index}-${kind}.pdf`),
        });
      }
    }
    // One LibreOffice run converts every DOCX; it fails loudly on a file it cannot read.
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        path.join(dir, 'from-docx'),
        ...made.map((m) => m.pdf.replace(/\.pdf$/, '.docx')),
      ],
      {
        stdio: 'pipe',
        timeout: 240_000,
        env: { ...process.env, HOME: dir },
      },
    );
  }, 300_000);

  it('every DOCX parses back as XML', () => {
    for (const document of made)
      expect(docxXmlProblems(readFileSync(document.pdf.replace(/\.pdf$/, '.docx')))).toEqual([]);
  });

  it('LibreOffice converts every DOCX to PDF', () => {
    for (const document of made) expect(readFileSync(document.docxPdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('every PDF passes qpdf --check and embeds every font', () => {
    for (const document of made) {
      expect(() => execFileSync('qpdf', ['--check', document.pdf], { stdio: 'pipe' })).not.toThrow();
      const fonts = execFileSync('pdffonts', [document.pdf]).toString().split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.split(/\s+/).at(-5)).toBe('yes');
      const info = execFileSync('pdfinfo', [document.pdf]).toString();
      expect(info).toMatch(/Title:\s+\S/);
      expect(info).toMatch(/Author:\s+Agent de test/);
      // Aiming at PDF/A-2b: XMP metadata declaring it, and an sRGB output intent.
      expect(info).toMatch(/Metadata Stream:\s+yes/);
      const xmp = execFileSync('pdfinfo', ['-meta', document.pdf]).toString();
      expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(readFileSync(document.pdf).toString('latin1')).toContain('/GTS_PDFA1');
    }
  });

  it('the contract names the parties, every action, the totals in figures and words, and both signature blocks', () => {
    for (const document of made.filter((d) => d.kind === 'contract')) {
      const text = pdfText(document.pdf);
      const { dossier } = document;
      expect(text).toContain('Contrat territorial d’accueil et d’intégration');
      expect(text).toContain(
        `représenté par ${dossier.etat.signataire.civilite} ${dossier.etat.signataire.prenom} ${dossier.etat.signataire.nom}`,
      );
      expect(text).toContain(`${dossier.collectivite.representant.prenom} ${dossier.collectivite.representant.nom}`);
      for (const action of fundedActions(dossier)) expect(text).toContain(normalize(action.intitule));
      const amounts = contractCommitments(dossier);
      const total = amounts.reduce((sum, a) => sum + a.total, 0);
      expect(text).toContain(normalize(`${montantEnLettres(total)} (${formatEuros(total)})`));
      for (const { total: montant } of amounts)
        expect(text).toContain(normalize(`${montantEnLettres(montant)} (${formatEuros(montant)})`));
      expect(text).toContain('Pour l’État,');
      expect(text).toMatch(/Pour (la|le) .+,/);
      expect(text).toContain('en deux exemplaires originaux');
      expect(text).toMatch(/Page 1 sur \d+/);
    }
  });

  it('the letter and the amendment hold what they must', () => {
    for (const document of made.filter((d) => d.kind !== 'contract')) {
      const text = pdfText(document.pdf);
      if (document.kind === 'letter') {
        expect(text).toContain('Engagement dans la démarche de contrat territorial d’accueil et d’intégration');
        expect(text).toContain('l’expression de ma haute considération');
      } else {
        expect(text).toContain(`Avenant financier n°`);
        expect(text).toContain(`n° ${document.dossier.contrat.numero}`);
        expect(text).toMatch(/la somme (de |d’)[a-zé’ -]+ euros/);
      }
    }
  });

  it('the DOCX and the PDF hold the same text', () => {
    // Compared without spaces and hyphens: pdftotext joins "primo-|arrivants" broken at a line end.
    const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f-]+/g, '');
    for (const document of made) {
      const ours = squeeze(pdfText(document.pdf));
      const libreoffice = squeeze(pdfText(document.docxPdf));
      for (const line of document.lines) {
        expect(ours, `${document.label} ${document.kind}`).toContain(squeeze(line));
        expect(libreoffice, `${document.label} ${document.kind} (DOCX)`).toContain(squeeze(line));
      }
    }
  });
});
