import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContractSigned } from '../../../shared/dossier/signed-contract';
import schema from '../../../shared/opendata/scdl-subventions.schema.json' with { type: 'json' };
import { demoDossiers } from '../helpers/demo';
import { runCli } from '../helpers/run-cli';
import { tableSchemaErrors } from '../helpers/table-schema';

const SIRET = '17380001400016';

function dossierFiles(): { files: string[]; withoutSiret: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'ctai-opendata-cli-'));
  const dossiers = demoDossiers({ count: 30 });
  const target = dossiers.find(isContractSigned)!;
  const files = dossiers.map((dossier, i) => {
    const file = path.join(folder, `dossier-${i}.json`);
    const written =
      dossier.id === target.id ? { ...dossier, collectivite: { ...dossier.collectivite, siret: '' } } : dossier;
    writeFileSync(file, JSON.stringify(written));
    return file;
  });
  return { files, withoutSiret: target.collectivite.nom };
}

describe('ctai opendata', () => {
  const { files, withoutSiret } = dossierFiles();

  it('writes the signed conventions as a file valid against SCDL Subventions, listing a dossier without SIRET', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-opendata-out-')), 'conventions.csv');
    const result = await runCli(
      'opendata',
      '--out',
      out,
      '--siret',
      SIRET,
      '--attribuant',
      'Préfecture de l’Isère',
      ...files,
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /conventions\.csv écrit \(SCDL Subventions 2\.1\.1\) : \d+ lignes, 1 dossier incomplet non publié/,
    );
    expect(result.err).toContain(`Non publié : Dossier`);
    expect(result.err).toContain(withoutSiret);
    expect(result.err).toContain('le SIRET de la collectivité manque');
    expect(await tableSchemaErrors(out, schema)).toEqual([]);
  });

  it('refuses, with what is missing, without the préfecture’s SIRET', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-opendata-out-')), 'conventions.csv');
    const result = await runCli('opendata', '--out', out, '--attribuant', 'Préfecture de l’Isère', ...files);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Le SIRET de la préfecture manque : donnez-le avec --attribuant ou --siret');
    expect(existsSync(out)).toBe(false);
  });
});
