// One entry for every document: build it from the dossier, then render it as DOCX or PDF.
import type { Dossier } from '../dossier/dossier-schema';
import { buildAmendment } from './build-amendment';
import { buildContract } from './build-contract';
import { buildLetter } from './build-letter';
import type { DocumentModel } from './document-model';
import type { MissingField } from './missing-data';
import { renderDocx } from './render-docx';
import { renderPdf, type PdfFonts } from './render-pdf';

export type DocumentKind = 'letter' | 'contract' | 'amendment';
export type DocumentFormat = 'docx' | 'pdf';

export interface DocumentRequest {
  kind: DocumentKind;
  dossier: Dossier;
  author: string;
  /** ISO date the document is dated (the letter) or made (metadata). */
  date: string;
  /** The amendment's year (its latest avenant is taken unless `avenantId` names one). */
  year?: number;
  /** The avenant to make the amendment of. */
  avenantId?: string;
  articles?: Readonly<Record<string, string>>;
}

export type ModelResult =
  { ok: true; model: DocumentModel } | { ok: false; missing: MissingField[]; unknownFields?: string[] };

export function buildDocument(request: DocumentRequest): ModelResult {
  const createdAt = new Date(`${request.date}T12:00:00Z`);
  switch (request.kind) {
    case 'letter':
      return buildLetter(request.dossier, { date: request.date, author: request.author });
    case 'contract':
      return buildContract(request.dossier, {
        author: request.author,
        createdAt,
        ...(request.articles ? { articles: request.articles } : {}),
      });
    case 'amendment': {
      const named = request.dossier.contrat.avenants.find((avenant) => avenant.id === request.avenantId);
      const year = named?.annee ?? request.year;
      if (year === undefined)
        return {
          ok: false,
          missing: [{ path: 'contrat.avenants', tab: 'contrat', message: 'L’année de l’avenant (par exemple 2027).' }],
        };
      return buildAmendment(request.dossier, year, {
        author: request.author,
        createdAt,
        ...(named ? { avenantId: named.id } : {}),
      });
    }
  }
}

export function renderDocument(model: DocumentModel, format: DocumentFormat, fonts: PdfFonts): Promise<Uint8Array> {
  return format === 'docx' ? renderDocx(model) : renderPdf(model, fonts);
}
