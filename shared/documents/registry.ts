// Each kind of document (document-kinds.ts) with its builder, which checks what is missing
// first. buildDocument (generate.ts) goes through it; a kind without a builder does not compile.
import type { Dossier } from '../dossier/dossier-schema';
import { buildAmendment } from './build-amendment';
import { buildContract } from './build-contract';
import { buildCopil } from './build-copil';
import { buildLetter } from './build-letter';
import { buildReport } from './build-report';
import type { BuildResult } from './build-result';
import { buildSummary } from './build-summary';
import type { DocumentKind } from './document-kinds';

/** What a builder is given. Dates are ISO (AAAA-MM-JJ). */
export interface BuildRequest {
  author: string;
  /** The date the document is dated (the letter) or made (metadata, « today » for what is due). */
  date: string;
  createdAt: Date;
  year?: number;
  /** An avenant, named rather than taken as the year's latest. */
  avenantId?: string;
  /** The date of the COPIL meeting. */
  meeting?: string;
  articles?: Readonly<Record<string, string>>;
}

export const DOCUMENT_BUILDERS: Record<DocumentKind, (dossier: Dossier, request: BuildRequest) => BuildResult> = {
  letter: (dossier, request) => buildLetter(dossier, { date: request.date, author: request.author }),
  contract: (dossier, request) =>
    buildContract(dossier, {
      author: request.author,
      createdAt: request.createdAt,
      ...(request.articles ? { articles: request.articles } : {}),
    }),
  amendment: (dossier, request) => {
    const named = dossier.contrat.avenants.find((avenant) => avenant.id === request.avenantId);
    const year = named?.annee ?? request.year;
    if (year === undefined)
      return {
        ok: false,
        missing: [{ path: 'contrat.avenants', tab: 'contrat', message: 'L’année de l’avenant (par exemple 2027).' }],
      };
    return buildAmendment(dossier, year, {
      author: request.author,
      createdAt: request.createdAt,
      ...(named ? { avenantId: named.id } : {}),
    });
  },
  report: (dossier, request) => buildReport(dossier, request.year, request),
  copil: (dossier, request) => buildCopil(dossier, request.meeting, request),
  summary: (dossier, request) => buildSummary(dossier, request),
};
