import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { loadReferentiel } from '../../../cli/referentiel-node';
import { COLLECTIVITE_TYPES } from '../../../shared/dossier/collectivite-type';
import { dossierJsonSchema } from '../../../shared/dossier/json-schema';
import { validateDossier } from '../../../shared/dossier/validation';
import { STEPS } from '../../../shared/dossier/workflow-steps';
import { findByCode, indexReferentiel } from '../../../shared/referentiel/referentiel';

const committedSchema = JSON.parse(readFileSync('schemas/dossier.schema.json', 'utf8'));

describe('exchange format', () => {
  it('keeps schemas/dossier.schema.json up to date with the runtime schema', () => {
    // Regenerate with `npx tsx scripts/write-json-schema.ts` after changing the model.
    expect(committedSchema).toEqual(dossierJsonSchema());
  });

  it('`ctai demo --count 40` writes 40 valid dossiers naming real collectivités with their codes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-demo-'));
    const demo = await runCli('demo', '--out', dir, '--count', '40', '--seed', '3');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('40 dossiers de démonstration');
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(40);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(committedSchema);
    const referentiel = loadReferentiel();
    const steps = new Set<string | null>();
    const types = new Set<string>();
    for (const file of files) {
      const dossier = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
      expect(validate(dossier), JSON.stringify(validate.errors)).toBe(true);
      expect(validateDossier(dossier).ok).toBe(true);
      const { collectivite } = dossier;
      if (
        collectivite.type === 'commune' ||
        collectivite.type.startsWith('communaute') ||
        collectivite.type === 'metropole'
      ) {
        const official = findByCode(referentiel, collectivite.codeInsee || collectivite.siren);
        expect(official?.nom).toBe(collectivite.nom);
      } else {
        expect(referentiel.entries.some((e) => e.type === collectivite.type && e.nom === collectivite.nom)).toBe(true);
      }
      steps.add(dossier.workflow.etape);
      types.add(collectivite.type);
    }
    expect([...types].sort()).toEqual([...COLLECTIVITE_TYPES].sort());
    expect(steps).toEqual(new Set([null, ...STEPS]));
  });

  it('is deterministic for a seed', async () => {
    const run = async (seed: string) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'ctai-demo-'));
      await runCli('demo', '--out', dir, '--count', '3', '--seed', seed);
      return Promise.all((await readdir(dir)).sort().map((f) => readFile(path.join(dir, f), 'utf8')));
    };
    expect(await run('11')).toEqual(await run('11'));
    expect(await run('11')).not.toEqual(await run('12'));
  });

  it('refuses bad options with a French message', async () => {
    const results = [
      await runCli('demo', '--count', '3'),
      await runCli('demo', '--out', '/tmp/x', '--count', 'beaucoup'),
      await runCli('demo', '--out', '/tmp/x', '--couleur', 'bleu'),
    ];
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(results[0]!.err).toContain('Indiquez le dossier de sortie');
    expect(results[1]!.err).toContain('--count doit être un entier');
    expect(results[2]!.err).toContain('Option inconnue : --couleur');
  });
});

describe('official referential', () => {
  const referentiel = loadReferentiel();
  it('finds communes, EPCI, départements and régions by name or code, with their figures', async () => {
    const { searchReferentiel } = await import('../../../shared/referentiel/referentiel');
    const grenoble = searchReferentiel(referentiel, 'grenoble', 2);
    expect(grenoble[0]).toMatchObject({
      type: 'commune',
      nom: 'Grenoble',
      codeInsee: '38185',
      siren: '213801855',
      departement: { code: '38', nom: 'Isère' },
      region: { code: '84' },
    });
    expect(grenoble[0]!.population).toBeGreaterThan(100_000);
    expect(searchReferentiel(referentiel, '38185', 1)[0]?.nom).toBe('Grenoble');
    expect(searchReferentiel(referentiel, 'metropole de lyon', 1)[0]).toMatchObject({
      type: 'metropole',
      siren: '200046977',
    });
    expect(searchReferentiel(referentiel, 'Isère', 1)[0]).toMatchObject({
      type: 'departement',
      departement: { code: '38', charniere: 'de l’' },
    });
    expect(searchReferentiel(referentiel, 'bretagne', 1)[0]).toMatchObject({
      type: 'region',
      nom: 'Bretagne',
      chefLieu: 'Rennes',
    });
    expect(searchReferentiel(referentiel, 'xyzzy')).toEqual([]);
  });

  it('survives packing for the renderer unchanged', async () => {
    const { packReferentiel, unpackReferentiel } = await import('../../../shared/referentiel/referentiel');
    const sample = referentiel.entries.filter((_, i) => i % 500 === 0);
    expect(unpackReferentiel(JSON.parse(JSON.stringify(packReferentiel(sample))))).toEqual(sample);
    expect(indexReferentiel(sample).keys).toHaveLength(sample.length);
  });
});
