// The shapes stored in IndexedDB.
import type { CollectiviteType } from '../../shared/dossier/collectivite-type';

export interface DossierRecord {
  id: string;
  nom: string;
  /** Lower-cased, accent-free name, for searching and sorting. */
  nomKey: string;
  type: CollectiviteType;
  createdAt: string;
  updatedAt: string;
}
