// `ctai doc` run as installed (bin/ctai.mjs) starts from its startup snapshot (cli/doc-snapshot.ts):
// it must make, byte for byte, the document the code makes in-process, and say its errors the same.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { buildDocument, renderDocument } from '../../../shared/documents/generate';
import { demoDossiers } from '../helpers/demo';

const root = path.resolve(__dirname, '../../..');
const ctai = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'bin/ctai.mjs'), ...args], { encoding: 'utf8', cwd: root });

describe('ctai doc from its snapshot', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-snapshot-'));
  const signed = demoDossiers({ count: 8, seed: 23 }).find((d) => d.workflow.etape === 'suivi')!;
  const file = path.join(dir, 'signed.json');
  writeFileSync(file, JSON.stringify(signed));

  // Long: the first run after a change of the sources builds the command (and its snapshot) again.
  it('is made by the build for this Node', { timeout: 180_000 }, () => {
    // Builds the command if the sources changed since (as any first run does).
    execFileSync(process.execPath, [path.join(root, 'bin/ctai.mjs'), '--version']);
    const about = JSON.parse(readFileSync(path.join(root, 'out/cli/doc-snapshot.json'), 'utf8'));
    expect(about).toMatchObject({ node: process.version, arch: process.arch });
    expect(existsSync(path.join(root, 'out/cli/doc.blob'))).toBe(true);
  });

  it('writes the same PDF as the code run in-process', async () => {
    const out = path.join(dir, 'c.pdf');
    const run = ctai('doc', 'contract', '--dossier', file, '--format', 'pdf', '--out', out, '--date', '2026-03-02');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const built = buildDocument({ kind: 'contract', dossier: signed, author: 'Contrats CTAI', date: '2026-03-02' });
    if (!built.ok) throw new Error('demo contract incomplete');
    const expected = await renderDocument(built.model, 'pdf', loadPdfFonts());
    expect(Buffer.compare(readFileSync(out), Buffer.from(expected))).toBe(0);
  });

  it('writes a DOCX and says its errors in French with their exit codes', () => {
    const docx = path.join(dir, 'a.docx');
    const year = String(signed.contrat.anneeDebut! + 1);
    const made = ctai('doc', 'amendment', '--year', year, '--dossier', file, '--format', 'docx', '--out', docx);
    expect(made.status).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const usage = ctai('doc', 'poster', '--dossier', file, '--out', docx);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain(
      '« poster » n’est pas un document que ctai produit ; indiquez l’un de ceux-ci : letter, contract, convention, amendment, report, copil, summary.',
    );
    const missing = ctai(
      'doc',
      'letter',
      '--dossier',
      path.join(dir, 'absent.json'),
      '--format',
      'docx',
      '--out',
      docx,
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
