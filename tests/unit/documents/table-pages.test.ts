// A table's header row is never left alone at the foot of a page: wherever the table starts, the
// page that shows the header also shows the beginning of the first row.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { paragraph, type DocumentModel } from '../../../shared/documents/document-model';
import { renderDocument } from '../../../shared/documents/generate';
import { hasTool } from '../helpers/tools';

const model = (fillers: number): DocumentModel => ({
  meta: { title: 'T', subject: 'S', author: 'A', keywords: [], createdAt: new Date(0) },
  letterhead: { kind: 'etat', authority: 'Préfet de l’Isère' },
  footer: 'Essai',
  blocks: [
    ...Array.from({ length: fillers }, (_, i) => paragraph(`Paragraphe de remplissage numéro ${i + 1}.`)),
    {
      type: 'table',
      widths: [3, 1],
      header: ['Cofinanceur', 'Montant'],
      rows: [
        [Array.from({ length: 25 }, (_, i) => `Financeur ${i + 1}`).join('\n'), '1 000,00 €'],
        ['Dernier', '2 000,00 €'],
      ],
    },
  ],
});

describe.skipIf(!hasTool('pdftotext'))('tables across pages', () => {
  it('keep the header with the beginning of its first row, wherever the table starts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-table-pages-'));
    const fonts = loadPdfFonts();
    for (let fillers = 20; fillers <= 44; fillers += 3) {
      const file = path.join(dir, `t${fillers}.pdf`);
      writeFileSync(file, await renderDocument(model(fillers), 'pdf', fonts));
      const pages = execFileSync('pdftotext', [file, '-']).toString().split('\f');
      const withHeader = pages.filter((page) => page.includes('Cofinanceur'));
      expect(withHeader.length, `${fillers} paragraphs`).toBeGreaterThan(0);
      for (const page of withHeader) expect(page, `${fillers} paragraphs`).toMatch(/Financeur \d+|Dernier/);
      expect(pages.join('')).toContain('Financeur 25');
    }
  });
});
