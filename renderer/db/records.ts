// The shapes stored in IndexedDB, by schema version.
import type { CollectiviteType } from '../../shared/dossier/collectivite-type';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import type { DossierStatus } from '../../shared/dossier/workflow-steps';
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
 * Schema version 2 on: the plain JSON view of a dossier, with the fields the lists index.
 * The Automerge document it is the view of lives in `dossierDocs` under the same id.
 */
export interface DossierRow {
  id: string;
  nomKey: string;
  /** INSEE code or SIREN, for search by code. */
  codeKey: string;
  type: CollectiviteType;
  departement: string;
  /** '' before the letter of intention (IndexedDB cannot index null). */
  etape: string;
  statut: DossierStatus;
  annees: number[];
  updatedAt: string;
  /** Bumped on every write, so that a cached document is known to be current. */
  rev: number;
  view: Dossier;
}

export interface DossierDocRow {
  id: string;
  /** Automerge binary; null for a dossier migrated from version 1 and never edited since. */
  bytes: Uint8Array | null;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type AgentIdentity = ChangeAuthor;
