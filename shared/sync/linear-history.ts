// Whether a document's history is one line of changes: then no two sites changed it
// concurrently, and it can hold no conflict of any kind. Told from the changes' metadata alone
// (no value decoded), far quicker than looking for conflicts.
import * as A from '@automerge/automerge/slim';

/** Whether every change of `doc` depends on exactly the change before it (no concurrent edits). */
export function isLinearHistory(doc: A.Doc<unknown>): boolean {
  const changes = A.getChangesMetaSince(doc, []);
  return changes.every((change, index) =>
    index === 0 ? change.deps.length === 0 : change.deps.length === 1 && change.deps[0] === changes[index - 1]!.hash,
  );
}
