import { describe, expect, it } from 'vitest';
import { addCorrespondent, getCorrespondents, revokeCorrespondent } from '../../../renderer/db/settings-repository';
import { testContext } from '../helpers/test-context';

const KEY = {
  name: 'Préfecture de l’Isère',
  service: 'BIAE',
  fingerprint: 'AAAA BBBB',
  addedAt: '2026-03-01T09:00:00Z',
};

describe('trust list of correspondents', () => {
  it('adds a key once; a second file of the same key changes nothing', async () => {
    const { db } = testContext();
    expect(await addCorrespondent(db, KEY)).toEqual({ added: true });
    const again = await addCorrespondent(db, { ...KEY, name: 'Autre nom' });
    expect(again).toMatchObject({ added: false, existing: { name: 'Préfecture de l’Isère', revoked: false } });
    expect(await getCorrespondents(db)).toEqual([{ ...KEY, revoked: false }]);
  });

  it('keeps a revoked key revoked, with the date, even when its file is added again', async () => {
    const { db } = testContext();
    await addCorrespondent(db, KEY);
    await addCorrespondent(db, { ...KEY, name: 'Sous-préfecture de Vienne', fingerprint: 'CCCC DDDD' });
    await revokeCorrespondent(db, KEY.fingerprint, new Date('2026-04-02T10:00:00Z'));
    await revokeCorrespondent(db, KEY.fingerprint, new Date('2026-05-01T10:00:00Z'));
    expect(await addCorrespondent(db, KEY)).toMatchObject({ added: false, existing: { revoked: true } });
    const [isere, vienne] = await getCorrespondents(db);
    expect(isere).toMatchObject({ revoked: true, revokedAt: '2026-04-02T10:00:00.000Z' });
    expect(vienne).toMatchObject({ revoked: false });
    expect(vienne).not.toHaveProperty('revokedAt');
  });
});
