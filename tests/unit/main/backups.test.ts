import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../main/backups';
import { backupName } from '../../../shared/backup/backup-name';

async function store() {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'ctai-sauvegardes-')), 'sauvegardes');
  return { dir, backups: createBackupStore(dir) };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));

describe('backups in the user data folder', () => {
  it('keeps the newest N', async () => {
    const { dir, backups } = await store();
    for (let minute = 0; minute < 5; minute++)
      await backups.write(backupName(at(minute), 'quotidienne'), new Uint8Array([minute]), 3);
    const listed = await backups.list();
    expect(listed.map((b) => b.name)).toEqual([2, 1, 0].map((m) => backupName(at(m + 2), 'quotidienne')));
    expect(listed[0]).toMatchObject({ size: 1, reason: 'quotidienne', createdAt: at(4).toISOString() });
    expect((await readdir(dir)).sort()).toEqual([2, 3, 4].map((m) => backupName(at(m), 'quotidienne')).sort());
    expect(await backups.read(backupName(at(4), 'quotidienne'))).toEqual(new Uint8Array([4]));
  });

  it('lists nothing before the first backup, and always keeps the newest one', async () => {
    const { backups } = await store();
    expect(await backups.list()).toEqual([]);
    await backups.write(backupName(at(0), 'manuelle'), new Uint8Array([1]), 0);
    expect((await backups.list()).map((b) => b.reason)).toEqual(['manuelle']);
  });

  it('reads and writes nothing outside its folder', async () => {
    const { backups } = await store();
    await expect(backups.read('../signing-key.bin')).rejects.toThrow(/Nom de sauvegarde refusé/);
    await expect(backups.write('../../evil.ctai', new Uint8Array([1]), 3)).rejects.toThrow(/Nom de sauvegarde refusé/);
  });
});
