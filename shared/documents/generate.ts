// One entry for every document: build it from the dossier, then render it as DOCX or PDF.
import { withBareNumbers } from './printed-numbers';
import type { Dossier } from '../dossier/dossier-schema';
import { withFieldDefaults } from '../dossier/dossier-defaults';
import type { DocumentModel } from './document-model';
import type { MissingField } from './missing-data';
import type { DocumentKind } from './document-kinds';
import { DOCUMENT_SPECS } from './registry';
import type { PdfFonts } from './render-pdf';
import { typesetModel } from './typeset';
import { unprintableInDocument } from './unprintable-text';

export type { DocumentKind } from './document-kinds';
export type DocumentFormat = 'docx' | 'pdf';

export interface DocumentRequest {
  kind: DocumentKind;
  dossier: Dossier;
  author: string;
  /** ISO date the document is dated (the letter) or made (metadata). */
  date: string;
  /** The year of an amendment (its latest avenant is taken unless `avenantId` names one) or a report. */
  year?: number;
  /** The avenant to make the amendment of. */
  avenantId?: string;
  /** The date (ISO) of the COPIL meeting of a relevé de décisions. */
  meeting?: string;
  articles?: Readonly<Record<string, string>>;
}

export type ModelResult =
  | { ok: true; model: DocumentModel }
  | {
      ok: false;
      missing: MissingField[];
      unknownFields?: string[];
      /** Fields holding characters no shipped font prints (unprintable-text.ts). */
      unprintable?: MissingField[];
    };

/**
 * The document's model through its kind's builder (registry.ts), after the check of printable
 * text, French typography applied to all its text (typeset.ts).
 */
export function buildDocument(request: DocumentRequest): ModelResult {
  // A view stored before the latest optional fields gets their defaults (dossier-defaults.ts).
  const dossier = withBareNumbers(withFieldDefaults(request.dossier));
  const built = buildUntypeset({ ...request, dossier });
  return built.ok ? { ok: true, model: typesetModel(withDossierNumber(built.model, dossier)) } : built;
}

/**
 * Every document names the dossier it comes from by its number, in its footer (every page) and its
 * keywords (searchable in a file index); added here once rather than in each builder.
 */
function withDossierNumber(model: DocumentModel, dossier: Dossier): DocumentModel {
  if (!dossier.numero) return model;
  return {
    ...model,
    footer: `${model.footer} — dossier n° ${dossier.numero}`,
    meta: { ...model.meta, keywords: [...model.meta.keywords, dossier.numero] },
  };
}

function buildUntypeset(request: DocumentRequest): ModelResult {
  const { kind, dossier, ...rest } = request;
  const built = DOCUMENT_SPECS[kind].build(dossier, { ...rest, createdAt: new Date(`${request.date}T12:00:00Z`) });
  if (!built.ok) return built;
  // Only what this document prints is checked (the letter does not print the porteurs).
  const unprintable = unprintableInDocument(dossier, built.model);
  return unprintable.length ? { ok: false, missing: [], unprintable } : built;
}

/**
 * What prevents the document of `request`: what its builder refuses (missing data, a finance law
 * not known for the year) and the characters it would print that no font has. While data is
 * missing, the characters are looked for in a draft of the document built all the same (never
 * printed), so that the agent sees them at once, for what this document prints only. Empty when
 * the document can be generated.
 */
export function documentProblems(request: DocumentRequest): MissingField[] {
  const dossier = withBareNumbers(withFieldDefaults(request.dossier));
  const built = buildUntypeset({ ...request, dossier });
  if (built.ok) return [];
  if (built.unprintable?.length || !built.missing.length) return [...built.missing, ...(built.unprintable ?? [])];
  const { kind, ...rest } = request;
  let draft: ModelResult | null = null;
  try {
    draft = DOCUMENT_SPECS[kind].build(dossier, {
      ...rest,
      draft: true,
      createdAt: new Date(`${request.date}T12:00:00Z`),
    });
  } catch {
    // A draft without the data it lacks may not be buildable at all: the characters wait.
  }
  return [...built.missing, ...(draft?.ok ? unprintableInDocument(dossier, draft.model) : [])];
}

/**
 * The document's file. Each renderer is loaded when first used: the PDF one does not load the
 * DOCX library, nor the other way round (the command line starts faster).
 */
export async function renderDocument(
  model: DocumentModel,
  format: DocumentFormat,
  fonts: PdfFonts,
): Promise<Uint8Array> {
  if (format === 'docx') return (await import('./render-docx')).renderDocx(model);
  return (await import('./render-pdf')).renderPdf(model, fonts);
}
