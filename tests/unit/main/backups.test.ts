import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../main/backups';
import { backupName } from '../../../shared/backup/backup-name';

async function store() {
  const root = await mkdtemp(path.join(tmpdir(), 'ctai-sauvegardes-'));
  const keyFile = path.join(root, 'signing-key.bin');
  await writeFile(keyFile, 'clé chiffrée');
  const dir = path.join(root, 'sauvegardes');
  return { root, dir, keyFile, backups: createBackupStore({ dir, keyFile }) };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));

describe('backups in the user data folder', () => {
  it('keeps the newest N, each with the signing-key file beside it', async () => {
    const { dir, backups } = await store();
    for (let minute = 0; minute < 5; minute++)
      await backups.write(backupName(at(minute), 'quotidienne'), new Uint8Array([minute]), 3);
    const listed = await backups.list();
    expect(listed.map((b) => b.name)).toEqual([2, 1, 0].map((m) => backupName(at(m + 2), 'quotidienne')));
    expect(listed[0]).toMatchObject({ size: 1, reason: 'quotidienne', withKey: true, createdAt: at(4).toISOString() });
    expect((await readdir(dir)).sort()).toEqual(
      [2, 3, 4].flatMap((m) => [backupName(at(m), 'quotidienne'), `${backupName(at(m), 'quotidienne')}.key`]).sort(),
    );
    expect(await backups.read(backupName(at(4), 'quotidienne'))).toEqual(new Uint8Array([4]));
  });

  it('lists nothing before the first backup, and writes one without a key when there is none', async () => {
    const { keyFile, backups } = await store();
    expect(await backups.list()).toEqual([]);
    await rm(keyFile);
    await backups.write(backupName(at(0), 'manuelle'), new Uint8Array([1]), 10);
    expect((await backups.list())[0]).toMatchObject({ reason: 'manuelle', withKey: false });
  });

  it('puts the signing key back only when this machine has lost its own', async () => {
    const { keyFile, backups } = await store();
    const name = backupName(at(0), 'quotidienne');
    await backups.write(name, new Uint8Array([1]), 10);
    await writeFile(keyFile, 'nouvelle clé');
    expect(await backups.restoreKey(name)).toBe(false);
    expect(await readFile(keyFile, 'utf8')).toBe('nouvelle clé');
    await rm(keyFile);
    expect(await backups.restoreKey(name)).toBe(true);
    expect(await readFile(keyFile, 'utf8')).toBe('clé chiffrée');
  });

  it('reads and writes nothing outside its folder', async () => {
    const { backups } = await store();
    await expect(backups.read('../signing-key.bin')).rejects.toThrow(/Nom de sauvegarde refusé/);
    await expect(backups.write('../../evil.ctai', new Uint8Array([1]), 3)).rejects.toThrow(/Nom de sauvegarde refusé/);
    await expect(backups.restoreKey('signing-key.bin')).rejects.toThrow(/Nom de sauvegarde refusé/);
  });
});
