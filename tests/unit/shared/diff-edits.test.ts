import { describe, expect, it } from 'vitest';
import { diffToEdits } from '../../../shared/sync/diff-edits';
import { applyEditsToJson } from '../../../shared/sync/dossier-doc';

describe('edits between two versions', () => {
  it('sets only the leaves that changed', () => {
    const before = { a: { b: 1, c: 'x' }, d: [1, 2] };
    const after = { a: { b: 2, c: 'x' }, d: [1, 3] };
    expect(diffToEdits(before, after)).toEqual([
      { op: 'set', path: ['a', 'b'], value: 2 },
      { op: 'set', path: ['d', 1], value: 3 },
    ]);
  });

  it('inserts at the end, deletes anywhere, replaces otherwise', () => {
    expect(diffToEdits({ l: [1, 2] }, { l: [1, 2, 3] })).toEqual([{ op: 'insert', path: ['l'], index: 2, value: 3 }]);
    expect(diffToEdits({ l: [1, 2, 3] }, { l: [1, 3] })).toEqual([{ op: 'delete', path: ['l'], index: 1 }]);
    expect(diffToEdits({ l: [1, 2, 3] }, { l: [3, 2] })).toEqual([{ op: 'set', path: ['l'], value: [3, 2] }]);
    expect(diffToEdits({ n: null }, { n: 5 })).toEqual([{ op: 'set', path: ['n'], value: 5 }]);
  });

  it('gives edits that turn the first version into the second', () => {
    const before = {
      x: [
        { id: 'a', v: [1] },
        { id: 'b', v: [] },
      ],
      y: { z: 'old' },
    };
    const after = { x: [{ id: 'b', v: [4, 5] }], y: { z: 'new' } };
    expect(applyEditsToJson(before, diffToEdits(before, after))).toEqual(after);
  });
});
