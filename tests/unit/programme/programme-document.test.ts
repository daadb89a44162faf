// The programme's one-page document names the bundles it did not count, and still holds on a page.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { renderDocument } from '../../../shared/documents/generate';
import { buildProgrammeDocument } from '../../../shared/programme/build-programme-document';
import { programmeFacts } from '../../../shared/programme/programme-facts';
import { programmeReport } from '../../../shared/programme/programme-report';
import { demoDossiers } from '../helpers/demo';

describe('the programme’s document', () => {
  const report = programmeReport(
    demoDossiers({ count: 300, seed: 3 }).map((d) => programmeFacts(d, '2026-03-01')),
    '2026-03-01',
  );

  it('names refused bundles briefly and stays on one page with many of them', async () => {
    const refused = Array.from({ length: 9 }, (_, i) => ({
      fichier: `CTAI_38_Prefecture-de-l-Isere_2026-03-0${i}_1.ctai`,
      raison:
        '[bundle-not-zip] Ce fichier n’est pas un échange CTAI : ce n’est pas une archive ZIP. Vérifiez que c’est bien le fichier .ctai reçu ; sinon, demandez à l’expéditeur de le renvoyer.',
    }));
    const model = buildProgrammeDocument(report, '3 échanges lus, 9 refusés', new Date(0), refused);
    const text = JSON.stringify(model);
    expect(text).toContain('CTAI_38_Prefecture-de-l-Isere_2026-03-00_1.ctai (le fichier n’est pas une archive ZIP)');
    expect(text).toContain('et 6 autres (liste dans programme.json)');
    const pdf = await PDFDocument.load(await renderDocument(model, 'pdf', loadPdfFonts()));
    expect(pdf.getPageCount()).toBe(1);
  });
});
