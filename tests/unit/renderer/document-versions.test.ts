// Versions of stored documents are numbered per kind and parameter: two years' reports, or two
// meetings' relevés, each have their own sequence.
import { describe, expect, it } from 'vitest';
import { storeDocumentVersion, type NewDocument } from '../../../renderer/db/documents-repository';
import { testContext } from '../helpers/test-context';

describe('document versions', () => {
  it('are numbered per kind, year and meeting', async () => {
    const context = testContext();
    const store = async (kind: NewDocument['kind'], year: number | null, meeting?: string) =>
      (
        await storeDocumentVersion(
          context.db,
          {
            dossierId: 'd1',
            kind,
            year,
            ...(meeting ? { meeting } : {}),
            author: 'Claire Martin',
            createdAt: '2027-05-01T10:00:00Z',
            files: [{ format: 'pdf', name: (v) => `${kind}-${year}-${meeting}-v${v}.pdf`, bytes: new Uint8Array([1]) }],
          },
          context.newId,
        )
      )[0]!;
    expect((await store('report', 2026)).version).toBe(1);
    expect((await store('report', 2027)).version).toBe(1);
    expect((await store('report', 2026)).version).toBe(2);
    expect((await store('copil', null, '2026-10-12')).version).toBe(1);
    const second = await store('copil', null, '2027-03-01');
    expect(second.version).toBe(1);
    expect(second.meeting).toBe('2027-03-01');
    expect((await store('copil', null, '2026-10-12')).version).toBe(2);
    expect((await store('summary', null)).version).toBe(1);
  });
});
