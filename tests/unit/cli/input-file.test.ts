// The command line reads only regular files, within a bound, by the app's rule
// (main/regular-file.ts), and says in French why it refused one.
import { execFileSync } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_BOUNDS } from '../../../cli/input-file';
import { notARegularFile } from '../../../shared/platform/opened-file-size';
import { runCli } from '../helpers/run-cli';

const posix = process.platform !== 'win32';

describe('files the command line reads', () => {
  it.skipIf(!posix)(
    'refuses a link to /dev/zero and a named pipe given as the bundle, without reading them',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'ctai-cli-input-'));
      await symlink('/dev/zero', path.join(dir, 'zero.ctai'));
      execFileSync('mkfifo', [path.join(dir, 'tube.ctai')]);
      for (const name of ['zero.ctai', 'tube.ctai']) {
        const { code, err } = await runCli('bundle', 'verify', path.join(dir, name));
        expect(code, name).toBe(1);
        expect(err, name).toBe(`${notARegularFile(name, 'bundle')}\n`);
        expect(err, name).toContain('Choisissez le fichier de l’échange (.ctai) lui-même.');
      }
    },
  );

  it.skipIf(!posix)('refuses a named pipe given as a trusted key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-cli-input-'));
    await writeFile(path.join(dir, 'echange.ctai'), 'PK');
    execFileSync('mkfifo', [path.join(dir, 'cle.pem')]);
    const { code, err } = await runCli(
      'bundle',
      'verify',
      path.join(dir, 'echange.ctai'),
      '--trust',
      path.join(dir, 'cle.pem'),
    );
    expect(code).toBe(1);
    expect(err).toBe(`${notARegularFile('cle.pem', 'key')}\n`);
    expect(err).toContain('Choisissez le fichier de la clé (.pem) lui-même.');
  });

  it('refuses a key file above its bound, and a folder, and says when a file does not exist', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-cli-input-'));
    await writeFile(path.join(dir, 'echange.ctai'), 'PK');
    await writeFile(path.join(dir, 'cle.pem'), new Uint8Array(INPUT_BOUNDS.key + 1));
    const large = await runCli(
      'bundle',
      'verify',
      path.join(dir, 'echange.ctai'),
      '--trust',
      path.join(dir, 'cle.pem'),
    );
    expect(large).toMatchObject({
      code: 1,
      err: '« cle.pem » dépasse 64 ko : ce n’est pas le fichier attendu. Vérifiez le chemin.\n',
    });
    const folder = await runCli('bundle', 'verify', dir);
    expect(folder.err).toBe(`${notARegularFile(path.basename(dir), 'bundle')}\n`);
    const missing = await runCli('bundle', 'verify', path.join(dir, 'absent.ctai'));
    expect(missing).toMatchObject({
      code: 1,
      err: `Le fichier ${path.join(dir, 'absent.ctai')} n’existe pas : vérifiez son chemin et son nom.\n`,
    });
  });
});
