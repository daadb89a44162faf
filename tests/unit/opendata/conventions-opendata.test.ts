import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateCommitment } from '../../../shared/dossier/commitment';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { isContractSigned } from '../../../shared/dossier/signed-contract';
import { convertToCtai } from '../../../shared/dossier/workflow';
import { isValidSiret, withSiretKey } from '../../../shared/format/siret';
import {
  conventionsOpenData,
  OPEN_DATA_THRESHOLD_CENTS,
  openDataCsv,
  SCDL_COLUMNS,
} from '../../../shared/opendata/conventions-opendata';
import schema from '../../../shared/opendata/scdl-subventions.schema.json' with { type: 'json' };
import { demoDossiers } from '../helpers/demo';
import { customCheckErrors } from '../helpers/scdl-custom-checks';
import { tableSchemaErrors } from '../helpers/table-schema';

const PREFECTURE = { nom: 'Préfecture de l’Isère', siret: '17380001400016', departementCode: '38' };

/** The dossiers as one préfecture's base holds them: all signed by its préfet. */
function signedHere(list: readonly Dossier[]): Dossier[] {
  return list.map((d) => ({
    ...d,
    etat: { ...d.etat, prefecture: { ...d.etat.prefecture, departementCode: '38', nom: 'Préfecture de l’Isère' } },
  }));
}

function writeCsv(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-opendata-')), 'conventions.csv');
  writeFileSync(file, text);
  return file;
}

describe('SIRET check key (INSEE: Luhn over the 14 digits)', () => {
  it('accepts published SIRETs and refuses one digit changed', () => {
    // Examples of the SCDL schema itself (a région and an association).
    for (const siret of ['23350001600040', '38047555800058', PREFECTURE.siret]) expect(isValidSiret(siret)).toBe(true);
    expect(isValidSiret('23350001600041')).toBe(false);
    expect(isValidSiret('2335000160004')).toBe(false);
    expect(isValidSiret(withSiretKey('2133801850001'))).toBe(true);
  });
});

describe('open data of the conventions (SCDL Subventions 2.1)', () => {
  const dossiers = signedHere(demoDossiers({ count: 40 }));

  it('writes the demo data as a file that validates against the schema’s Table Schema', async () => {
    const result = conventionsOpenData(dossiers, PREFECTURE);
    expect(result.attribuantMissing).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.rows.length).toBeGreaterThan(5);
    const csv = openDataCsv(result.rows);
    expect(csv.split('\r\n')[0]).toBe(SCDL_COLUMNS.join(','));
    expect(await tableSchemaErrors(writeCsv(csv), schema)).toEqual([]);
    expect(customCheckErrors(result.rows, schema.custom_checks)).toEqual([]);
  });

  it('publishes, for each signed dossier and year, the amount in force by the financial model', () => {
    const result = conventionsOpenData(dossiers, PREFECTURE);
    const signed = dossiers.filter(isContractSigned);
    expect(signed.length).toBeGreaterThan(3);
    for (const row of result.rows) {
      const dossier = signed.find((d) => d.collectivite.siret === row.idBeneficiaire)!;
      const annee = Number(/année (\d{4})/.exec(row.objet!)![1]);
      const commitment = stateCommitment(dossier, annee);
      expect(row.montant).toBe((commitment.total / 100).toFixed(2));
      expect(row.dateConvention).toBe(commitment.signedOn);
      expect(commitment.total).toBeGreaterThan(0);
    }
    expect(OPEN_DATA_THRESHOLD_CENTS).toBe(2_300_000);
  });

  it('leaves out a convention of 23 000 € or less, and publishes one just above', () => {
    const target = dossiers.find((d) => isContractSigned(d) && d.contrat.avenants.length === 0)!;
    // Its contract grants 23 000 € in all, then 23 000,01 €, on its first retained budget only.
    const granting = (cents: number) => {
      const copy = structuredClone(target);
      let first = true;
      for (const action of copy.actions)
        for (const budget of action.budgets) {
          budget.ctaiAccorde = first && action.statut !== 'ecartee' && action.statut !== 'proposee' ? cents : 0;
          if (budget.ctaiAccorde) first = false;
        }
      return conventionsOpenData([copy], PREFECTURE);
    };
    expect(granting(23_000_00)).toEqual({ rows: [], missing: [], attribuantMissing: [], elsewhere: [] });
    const above = granting(23_000_01);
    expect(above.rows.map((row) => row.montant)).toEqual(['23000.01']);
  });

  it('lists a dossier missing its SIRET instead of exporting it', async () => {
    const signed = dossiers.filter(isContractSigned);
    const target = signed[0]!;
    const withoutSiret = dossiers.map((d) =>
      d.id === target.id ? { ...d, collectivite: { ...d.collectivite, siret: '' } } : d,
    );
    const result = conventionsOpenData(withoutSiret, PREFECTURE);
    expect(result.missing).toEqual([
      { dossier: expect.stringContaining(target.collectivite.nom), message: expect.stringContaining('SIRET') },
    ]);
    expect(result.rows.some((row) => row.idBeneficiaire === target.collectivite.siret)).toBe(false);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(await tableSchemaErrors(writeCsv(openDataCsv(result.rows)), schema)).toEqual([]);
  });

  it('refuses to export without the préfecture’s SIRET, or with a wrong one', () => {
    expect(conventionsOpenData(dossiers, { ...PREFECTURE, siret: '' }).attribuantMissing).toEqual([
      expect.stringContaining('Le SIRET de la préfecture manque'),
    ]);
    expect(conventionsOpenData(dossiers, { ...PREFECTURE, siret: '17380001400017' }).attribuantMissing).toEqual([
      expect.stringContaining('clé de contrôle'),
    ]);
  });

  /** A signed PTAI: a signed demo dossier whose act is a one-year convention. */
  function signedPtai(): Dossier {
    const target = dossiers.find(
      (d) =>
        isContractSigned(d) &&
        d.workflow.statut === 'actif' &&
        d.contrat.avenants.length === 0 &&
        stateCommitment(d, d.contrat.anneeDebut!).total > OPEN_DATA_THRESHOLD_CENTS,
    )!;
    // A PTAI has no shared diagnosis: its dates are those of its own steps.
    const { diagnostic: _skipped, ...dates } = target.workflow.dates;
    return {
      ...target,
      forme: 'ptai',
      contrat: { ...target.contrat, duree: 1 },
      workflow: { ...target.workflow, dates },
    };
  }

  it('calls a PTAI’s act a convention attributive de subvention, not a contract', () => {
    const ptai = signedPtai();
    const { rows } = conventionsOpenData([ptai], PREFECTURE);
    expect(rows.map((r) => r.objet)).toEqual([
      `Projet territorial d’accueil et d’intégration : convention attributive de subvention, année ${ptai.contrat.anneeDebut}`,
    ]);
  });

  it('still publishes the signed convention of a PTAI become a CTAI, beside the contract once signed', () => {
    const ptai = signedPtai();
    const annee = ptai.contrat.anneeDebut!;
    const converted = convertToCtai(ptai, '2026-01-10', 'Le territoire s’engage sur trois ans', 'Agent');
    if (!converted.ok) throw new Error(converted.reasons.join(' ; '));
    const before = conventionsOpenData([converted.dossier], PREFECTURE);
    expect(before.missing).toEqual([]);
    expect(before.rows).toEqual([
      expect.objectContaining({
        dateConvention: ptai.contrat.signature.date,
        referenceDecision: ptai.contrat.numero,
        montant: (stateCommitment(ptai, annee).total / 100).toFixed(2),
        objet: expect.stringMatching(
          new RegExp(`^Projet territorial .*convention attributive de subvention, année ${annee}$`),
        ),
      }),
    ]);
    // Its contract signed in turn: the convention's line, then the contract's own years.
    const signedContract: Dossier = {
      ...converted.dossier,
      workflow: { ...converted.dossier.workflow, etape: 'signature' },
      contrat: {
        ...converted.dossier.contrat,
        numero: 'CTAI-38-2027-01',
        duree: 2,
        signature: { ...converted.dossier.contrat.signature, date: `${annee + 1}-02-01` },
      },
    };
    const after = conventionsOpenData([signedContract], PREFECTURE);
    expect(after.missing).toEqual([]);
    expect(after.rows[0]!.referenceDecision).toBe(ptai.contrat.numero);
    expect(after.rows[0]!.objet).toMatch(/^Projet territorial/);
    for (const r of after.rows.slice(1)) {
      expect(r.referenceDecision).toBe('CTAI-38-2027-01');
      expect(r.objet).toMatch(/^Contrat territorial/);
    }
  });

  it('publishes only what this préfecture signed, listing the others with the préfecture that publishes them', () => {
    const signed = dossiers.filter(isContractSigned);
    const guyane = {
      ...signed[0]!,
      etat: { ...signed[0]!.etat, prefecture: { departementCode: '973', nom: 'Préfecture de la Guyane', adresse: '' } },
    };
    const result = conventionsOpenData(
      dossiers.map((d) => (d.id === guyane.id ? guyane : d)),
      PREFECTURE,
    );
    expect(result.elsewhere).toEqual([
      { dossier: expect.stringContaining(guyane.collectivite.nom), prefecture: 'Préfecture de la Guyane' },
    ]);
    expect(result.rows.some((r) => r.idBeneficiaire === guyane.collectivite.siret)).toBe(false);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('refuses to export without the préfecture’s département, saying where to enter it', () => {
    expect(conventionsOpenData(dossiers, { ...PREFECTURE, departementCode: '' }).attribuantMissing).toEqual([
      expect.stringMatching(
        /^Le département de la préfecture manque .*Paramètres, « Votre préfecture », « Code du département »\.$/,
      ),
    ]);
  });

  it('the validator finds a file that breaks the schema (it can fail)', async () => {
    const { rows } = conventionsOpenData(dossiers, PREFECTURE);
    const broken = [{ ...rows[0]!, montant: 'beaucoup', idAttribuant: '1234', nature: 'chèque' }];
    const errors = await tableSchemaErrors(writeCsv(openDataCsv(broken)), schema);
    expect(errors.join('\n')).toMatch(/montant/);
    expect(errors.join('\n')).toMatch(/idAttribuant/);
    expect(errors.join('\n')).toMatch(/nature/);
    const renamed = openDataCsv(rows).replace('nomAttribuant', 'attribuant');
    expect(await tableSchemaErrors(writeCsv(renamed), schema)).not.toEqual([]);
  });
});
