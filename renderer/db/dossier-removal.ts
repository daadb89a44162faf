// Dossiers of the same collectivité (to warn before a second is created), and the deletion of a
// dossier created by mistake: allowed only while it exists at this site alone (never in an
// exchange, sent or received) and its contract is not signed; any other is abandoned instead,
// since another site may hold it or an act was signed on it.
import { isContractSigned } from '../../shared/dossier/signed-contract';
import { withFieldDefaults } from '../../shared/dossier/dossier-defaults';
import { searchKey } from '../../shared/text/search-key';
import type { CollectiviteType } from '../../shared/dossier/collectivite-type';
import type { CtaiDatabase } from './database';
import { dossierTables } from './dossier-row';
import type { DossierRow } from './records';
import { toStorageError } from './storage-error';

/** What identifies a collectivité: its official codes (INSEE, SIREN, département, région), else its name and type. */
export interface CollectiviteIdentity {
  codes: string[];
  nom: string;
  type: CollectiviteType | '';
}

/**
 * The dossiers already held for that collectivité: same official code (a summary row's `code` is
 * its INSEE code, else SIREN, else département or région code), or for a name typed by hand the
 * same name (compared without accents, case or hyphens) and type.
 */
export async function dossiersOfSameCollectivite(db: CtaiDatabase, who: CollectiviteIdentity): Promise<DossierRow[]> {
  const codes = who.codes.filter(Boolean);
  // A département's or région's code (two or three characters) is only unique within its type.
  const byCode = codes.length
    ? await db.dossiers
        .where('code')
        .anyOf(codes)
        .filter((row) => row.code.length > 3 || row.type === who.type)
        .toArray()
    : [];
  const key = searchKey(who.nom);
  const byName =
    key && who.type
      ? await db.dossiers
          .where('nomKey')
          .equals(key)
          .filter((row) => row.type === who.type)
          .toArray()
      : [];
  const seen = new Set<string>();
  return [...byCode, ...byName].filter((row) => !seen.has(row.id) && (seen.add(row.id), true));
}

export type Deletability = { deletable: true } | { deletable: false; reason: 'exchanged' | 'signed' };

/** Whether a dossier may be deleted (see the module's comment); the reason when not. */
export async function dossierDeletability(db: CtaiDatabase, id: string): Promise<Deletability> {
  const view = (await db.dossierViews.get(id))?.view;
  if (view && isContractSigned(withFieldDefaults(view))) return { deletable: false, reason: 'signed' };
  const exchanged = await db.journal.filter((row) => row.dossiers.includes(id)).count();
  return exchanged ? { deletable: false, reason: 'exchanged' } : { deletable: true };
}

/**
 * Deletes a dossier with its documents, in one transaction that checks again that it may be
 * (an exchange may have been made since the question was asked). The caller takes a backup first,
 * so that the dossier stays in the latest backup. Returns false when it may no longer be deleted.
 */
export async function deleteDossier(db: CtaiDatabase, id: string): Promise<boolean> {
  try {
    return await db.transaction('rw', [...dossierTables(db), db.documents, db.journal], async () => {
      if (!(await dossierDeletability(db, id)).deletable) return false;
      await Promise.all([
        ...dossierTables(db).map((table) => table.delete(id)),
        db.documents.where('dossierId').equals(id).delete(),
      ]);
      return true;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
