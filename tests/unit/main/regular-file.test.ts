// Files that are not files: a named pipe, /dev/zero and links to them are refused in French
// without being read; a regular file is read within its bound.
import { execFileSync } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpenedFile } from '../../../main/opened-files';
import { FILE_TOO_LARGE, NOT_A_REGULAR_FILE, readRegularFile } from '../../../main/regular-file';

const files = { readFile: readRegularFile };
const posix = process.platform !== 'win32';

describe('reading only regular files', () => {
  it('reads a regular file, and a link to one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-regular-'));
    await writeFile(path.join(dir, 'echange.ctai'), 'PK\u0003\u0004');
    await symlink(path.join(dir, 'echange.ctai'), path.join(dir, 'lien.ctai'));
    for (const name of ['echange.ctai', 'lien.ctai'])
      expect(await readRegularFile(path.join(dir, name), 10)).toEqual(new Uint8Array([80, 75, 3, 4]));
  });

  it('refuses a file beyond the bound without reading past it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-regular-'));
    await writeFile(path.join(dir, 'gros.ctai'), new Uint8Array(11));
    await expect(readRegularFile(path.join(dir, 'gros.ctai'), 10)).rejects.toMatchObject({ code: FILE_TOO_LARGE });
    expect(await readRegularFile(path.join(dir, 'gros.ctai'), 11)).toHaveLength(11);
  });

  it.skipIf(!posix)('refuses /dev/zero and a link to it, in French', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-regular-'));
    await symlink('/dev/zero', path.join(dir, 'CTAI_38.ctai'));
    await expect(readRegularFile('/dev/zero', 1024)).rejects.toMatchObject({ code: NOT_A_REGULAR_FILE });
    expect(await readOpenedFile(files, path.join(dir, 'CTAI_38.ctai'))).toEqual({
      opened: false,
      error: expect.stringMatching(/^« CTAI_38\.ctai » n’est pas un fichier ordinaire .* ne l’ouvre pas\./),
    });
  });

  it.skipIf(!posix)('refuses a named pipe with no writer, without waiting for one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-regular-'));
    const fifo = path.join(dir, 'tube.ctai');
    execFileSync('mkfifo', [fifo]);
    await symlink(fifo, path.join(dir, 'lien-tube.ctai'));
    for (const name of ['tube.ctai', 'lien-tube.ctai'])
      expect(await readOpenedFile(files, path.join(dir, name))).toMatchObject({
        opened: false,
        error: expect.stringMatching(/n’est pas un fichier ordinaire/),
      });
  });

  it('refuses a folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-regular-'));
    expect(await readOpenedFile(files, dir)).toMatchObject({
      opened: false,
      error: expect.stringMatching(/ordinaire/),
    });
  });
});
