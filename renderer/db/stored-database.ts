// The database as it is stored, before this app opens it with its own schema (and so migrates
// it): its version, and a connection that declares nothing, to back it up first.
import Dexie from 'dexie';
import { LATEST_SCHEMA_VERSION } from './schema-versions';

/** The schema version of the database as stored, before this app opens it (0 if there is none). */
export async function storedSchemaVersion(name: string): Promise<number> {
  if (!(await Dexie.exists(name))) return 0;
  const db = await openAsStored(name);
  db.close();
  return db.verno;
}

/** The stored database opened as it is, without this app's schema (to back it up before a migration). */
export async function openAsStored(name: string): Promise<Dexie> {
  const db = new Dexie(name);
  await db.open();
  return db;
}

/** True when opening the database will run a migration (an older version is stored). */
export async function migrationPending(name: string): Promise<boolean> {
  const version = await storedSchemaVersion(name);
  return version > 0 && version < LATEST_SCHEMA_VERSION;
}
