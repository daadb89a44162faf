// The shapes stored in IndexedDB, by schema version.
import type { BundleDocument } from '../../shared/bundle/bundle-documents';
import type { BundleErrorCode } from '../../shared/bundle/bundle-error';
import type { CollectiviteType } from '../../shared/dossier/collectivite-type';
import type { DossierSummary } from '../../shared/dossier/dossier-figures';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import type { ChangeAuthor } from '../../shared/sync/dossier-doc';

/** Schema version 1: a dossier was a name and a type. */
export interface DossierRecordV1 {
  id: string;
  nom: string;
  nomKey: string;
  type: CollectiviteType;
  createdAt: string;
  updatedAt: string;
}

/**
 * Schema version 2 on: the summary of a dossier that lists and the dashboard read, with the
 * keys they index. The whole dossier is in `dossierViews`, its Automerge document in
 * `dossierDocs`, all three under the same id and written together.
 */
export interface DossierRow extends DossierSummary {
  nomKey: string;
  /** '' before the letter of intention (IndexedDB cannot index null). */
  etapeKey: string;
  annees: number[];
  /** Bumped on every write, so that a cached document is known to be current. */
  rev: number;
}

export interface DossierViewRow {
  id: string;
  view: Dossier;
}

export interface DossierDocRow {
  id: string;
  /** Automerge binary; null until the dossier's first edit (migrated or demo dossiers). */
  bytes: Uint8Array | null;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type AgentIdentity = ChangeAuthor;

/**
 * A generated document (DOCX or PDF) or a signed scan, kept with its dossier: what an exchange
 * carries of it (kind, year or meeting, version, format, name, date, author, signed mark,
 * SHA-256, bytes; see shared/bundle/bundle-documents.ts) and where it is kept here.
 */
export interface DocumentRow extends BundleDocument {
  id: string;
  dossierId: string;
  /** Set on a document received in an exchange: who sent it (its `version` is then numbered here). */
  receivedFrom?: string;
}

/** A bundle already imported, so that importing it again changes nothing (replay protection). */
export interface ReceivedBundleRow {
  bundleId: string;
  senderFingerprint: string;
  sequence: number;
  importedAt: string;
}

/**
 * What an exchange did, as a code (the journal screen says it in French). `history-mismatch`: a
 * dossier received new whose JSON view and history disagreed once checked after the import; it
 * was taken out again (`dossier` is its name).
 */
export type JournalOutcome =
  | { code: 'exported' }
  | { code: 'imported' }
  | { code: 'already-imported' }
  /** No longer written: a late bundle is now merged. Kept to show the journal lines of before. */
  | { code: 'outdated'; highest: number }
  | { code: 'refused'; reason: BundleErrorCode }
  | { code: 'history-mismatch'; dossier: string };

/** One line of the exchanges journal: every import and export, refused ones included. */
export interface JournalRow {
  id: string;
  at: string;
  direction: 'import' | 'export';
  correspondent: string;
  dossiers: string[];
  outcome?: JournalOutcome;
  /** Rows written before outcomes were coded said their result in French; kept to show them. */
  result?: string;
  fileSha256: string;
}
