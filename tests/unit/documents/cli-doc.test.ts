import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDossiers } from '../helpers/demo';
import { runCli } from '../helpers/run-cli';

describe('ctai doc', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-cli-doc-'));
  const [fresh] = demoDossiers({ count: 1 });
  const signed = demoDossiers({ count: 8 }).find((d) => d.workflow.etape === 'suivi')!;
  writeFileSync(path.join(dir, 'fresh.json'), JSON.stringify(fresh));
  writeFileSync(path.join(dir, 'signed.json'), JSON.stringify(signed));
  writeFileSync(
    path.join(dir, 'broken.json'),
    JSON.stringify({ ...signed, collectivite: { ...signed.collectivite, codeInsee: 'XX' } }),
  );

  /** `ctai doc KIND --dossier DIR/FILE.json --format FORMAT --out DIR/OUT …` */
  const doc = (kind: string, file: string, format: string, out: string, ...extra: string[]) =>
    runCli('doc', kind, '--dossier', path.join(dir, file), '--format', format, '--out', path.join(dir, out), ...extra);

  it('writes the document of a complete dossier', async () => {
    const pdf = await doc('contract', 'signed.json', 'pdf', 'c.pdf');
    expect(pdf.code).toBe(0);
    expect(readFileSync(path.join(dir, 'c.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await doc(
      'amendment',
      'signed.json',
      'docx',
      'a.docx',
      '--year',
      String(signed.contrat.anneeDebut! + 1),
    );
    expect(docx.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits non-zero listing what a document lacks', async () => {
    const result = await doc('contract', 'fresh.json', 'pdf', 'x.pdf');
    expect(result.code).toBe(1);
    expect(result.err).toContain('Le document ne peut pas être produit ; à compléter ou corriger :');
    expect(result.err).toContain('La première année du contrat. (contrat.anneeDebut)');
  });

  it('refuses an invalid dossier or bad options in French', async () => {
    const invalid = await doc('letter', 'broken.json', 'pdf', 'x.pdf');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('Code INSEE doit comporter 5 caractères');
    expect((await runCli('doc', 'poster', '--dossier', 'x', '--out', 'y')).code).toBe(2);
    const impossible = await doc('contract', 'signed.json', 'pdf', 'x.pdf', '--date', '2026-02-30');
    expect(impossible.code).toBe(2);
    expect(impossible.err).toContain('--date : 2026-02-30 n’est pas une date du calendrier');
    expect((await runCli('doc', 'letter', '--dossier', 'x', '--out', 'y', '--format', 'odt')).err).toContain(
      '--format doit valoir docx ou pdf.',
    );
  });
});
