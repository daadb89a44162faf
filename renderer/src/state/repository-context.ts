// The context repository functions run in: the app's database, the clock and id source.
import { database } from '../../db/database';
import type { RepositoryContext } from '../../db/dossiers-repository';

export function repositoryContext(): RepositoryContext {
  return { db: database(), now: () => new Date(), newId: () => crypto.randomUUID() };
}
