// How acts are laid out whatever their content: visas end with « ; » and the last with a full
// stop; the signatories' names stand on one level under titles of different lengths.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { renderDocument } from '../../../shared/documents/generate';
import { punctuateVisas } from '../../../shared/documents/visas';
import { hasTool } from '../helpers/tools';

describe('acts', () => {
  it('end each visa with « ; » and the last with a full stop, whatever they ended with', () => {
    expect(punctuateVisas(['Vu la loi A ;', 'Vu le décret B', 'Vu la délibération C ;'])).toEqual([
      'Vu la loi A ;',
      'Vu le décret B ;',
      'Vu la délibération C.',
    ]);
    expect(punctuateVisas(['Vu la loi A\u00a0;'])).toEqual(['Vu la loi A.']);
  });

  it.skipIf(!hasTool('pdftotext'))(
    'put the signatories’ names on one level under titles of different lengths',
    async () => {
      const model: DocumentModel = {
        meta: { title: 'T', subject: 'S', author: 'A', keywords: [], createdAt: new Date(0) },
        letterhead: { kind: 'etat', authority: 'Préfet de la région Corse' },
        footer: 'Essai',
        blocks: [
          {
            type: 'signatures',
            columns: [
              {
                lines: [
                  'Pour l’État,',
                  'Le préfet de la région Corse, préfet de la Corse-du-Sud, ancien titre très long',
                ],
                name: 'Julien Benali',
              },
              { lines: ['Pour la Région Corse,'], name: 'Louise Rousseau' },
            ],
          },
        ],
      };
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-acts-')), 'a.pdf');
      writeFileSync(file, await renderDocument(model, 'pdf', loadPdfFonts()));
      const lines = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\n');
      expect(lines.some((line) => /Julien Benali\s+Louise Rousseau/.test(line))).toBe(true);
    },
  );
});
