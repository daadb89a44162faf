// The shipped `ctai` command, run as people run it (`npx ctai`, a process of its own): it starts
// from the build in out/cli/ (made by `npm install`, rebuilt by bin/ctai.mjs when missing or
// older than the sources), and a document it cannot print exits non-zero naming the field.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('the ctai command, built', () => {
  it('answers npx ctai --help from its build', () => {
    const help = run('npx', ['ctai', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Contrats CTAI — outil en ligne de commande');
    expect(existsSync('out/cli/main.js')).toBe(true);
  }, 120_000);

  it('keeps every option of ctai doc its own, before or after the document kind, never Node’s', () => {
    for (const option of ['--version', '--inspect', '--format']) {
      const result = run(process.execPath, ['bin/ctai.mjs', 'doc', option, 'x', 'letter']);
      expect(result.code, option).toBe(2);
      expect(result.err, option).toMatch(/^(Option inconnue : |Indiquez --dossier et --out)/);
      expect(result.err + result.out, option).not.toMatch(/bad option|Debugger|^v\d+\./m);
    }
  }, 120_000);

  it('exits 1 naming the field when a character cannot be printed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-cli-build-'));
    const file = path.join(dir, 'dossier.json');
    writeFileSync(
      file,
      readFileSync(new URL('../../fixtures/documents/text-scripts-outside-latin.json', import.meta.url)),
    );
    const doc = run(process.execPath, [
      'bin/ctai.mjs',
      'doc',
      'contract',
      '--dossier',
      file,
      '--format',
      'pdf',
      '--out',
      path.join(dir, 'c.pdf'),
    ]);
    expect(doc.code).toBe(1);
    expect(doc.err).toContain(
      '« Objectifs (action 1) » contient un caractère que les documents ne savent pas imprimer',
    );
    expect(existsSync(path.join(dir, 'c.pdf'))).toBe(false);
  }, 120_000);
});
