// What a builder gives: the document, or what is missing to make it.
import type { DocumentModel } from './document-model';
import type { MissingField } from './missing-data';

export type BuildResult = { ok: true; model: DocumentModel } | { ok: false; missing: MissingField[] };
