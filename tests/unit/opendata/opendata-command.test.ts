import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContractSigned } from '../../../shared/dossier/signed-contract';
import schema from '../../../shared/opendata/scdl-subventions.schema.json' with { type: 'json' };
import { demoDossiers } from '../helpers/demo';
import { runCli } from '../helpers/run-cli';
import { tableSchemaErrors } from '../helpers/table-schema';

const SIRET = '17380001400016';

/**
 * Demo dossiers as the Isère's base holds them (signed by its préfet), but one signed dossier
 * without its collectivité's SIRET, and one signed by another préfecture (its own, as drawn).
 */
function dossierFiles(): { files: string[]; withoutSiret: string; other: { nom: string; prefecture: string } } {
  const folder = mkdtempSync(path.join(tmpdir(), 'ctai-opendata-cli-'));
  const dossiers = demoDossiers({ count: 30 });
  const [target, foreign] = dossiers.filter((d) => isContractSigned(d) && d.etat.prefecture.departementCode !== '38');
  const files = dossiers.map((dossier, i) => {
    const file = path.join(folder, `dossier-${i}.json`);
    const here = {
      ...dossier,
      etat: { ...dossier.etat, prefecture: { ...dossier.etat.prefecture, departementCode: '38' } },
    };
    const written =
      dossier.id === target!.id
        ? { ...here, collectivite: { ...dossier.collectivite, siret: '' } }
        : dossier.id === foreign!.id
          ? dossier
          : here;
    writeFileSync(file, JSON.stringify(written));
    return file;
  });
  return {
    files,
    withoutSiret: target!.collectivite.nom,
    other: { nom: foreign!.collectivite.nom, prefecture: foreign!.etat.prefecture.nom },
  };
}

describe('ctai opendata', () => {
  const { files, withoutSiret, other } = dossierFiles();

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
      '--departement',
      '38',
      ...files,
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /conventions\.csv écrit \(SCDL Subventions 2\.1\.1\) : \d+ lignes, 1 dossier incomplet non publié \(liste ci-dessus\), 1 dossier signé par une autre préfecture, non publiés ici\./,
    );
    expect(result.err).toContain(
      `${other.nom}) : signé par une autre préfecture, qui le publie (${other.prefecture}).`,
    );
    expect(await readFile(out, 'utf8')).not.toContain(other.prefecture);
    expect(result.err).toContain(`Non publié : Dossier`);
    expect(result.err).toContain(withoutSiret);
    expect(result.err).toContain('le SIRET de la collectivité manque');
    expect(await tableSchemaErrors(out, schema)).toEqual([]);
  });

  it('refuses, with what is missing, without the préfecture’s SIRET', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-opendata-out-')), 'conventions.csv');
    const result = await runCli(
      'opendata',
      '--out',
      out,
      '--attribuant',
      'Préfecture de l’Isère',
      '--departement',
      '38',
      ...files,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('Le SIRET de la préfecture manque : donnez-le avec --siret.');
    expect(existsSync(out)).toBe(false);
  });

  it('names, for each missing value of the préfecture, its own option', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-opendata-out-')), 'conventions.csv');
    const result = await runCli('opendata', '--out', out, '--siret', SIRET, ...files);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Le nom de la préfecture manque : donnez-le avec --attribuant.');
    expect(result.err).toMatch(/Le département de la préfecture manque .*: donnez son code avec --departement/);
    expect(result.err).not.toContain('--siret');
    expect(existsSync(out)).toBe(false);
  });
});
