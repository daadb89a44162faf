// The context repository functions run in: the app's database, the clock, ids and the author.
import { automergeReady } from '../../db/automerge-loader';
import { database } from '../../db/database';
import type { RepositoryContext } from '../../db/dossiers-repository';
import { currentAuthor } from './agent-store';

export function repositoryContext(): RepositoryContext {
  return {
    db: database(),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    author: currentAuthor,
    automergeReady,
  };
}
