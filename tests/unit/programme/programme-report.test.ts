import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENT_REGION } from '../../../shared/referentiel/departement-regions';
import type { ProgrammeFacts, TerritoryCategory } from '../../../shared/programme/programme-facts';
import { formeOf } from '../../../shared/dossier/workflow-steps';
import { amountText, programmeHeadline, programmeReport } from '../../../shared/programme/programme-report';

function facts(
  categorie: TerritoryCategory,
  granted: Record<number, number>,
  extra: Partial<ProgrammeFacts> = {},
): ProgrammeFacts {
  return {
    id: crypto.randomUUID(),
    nom: 'Territoire',
    identifiants: [`insee:${crypto.randomUUID()}`],
    forme: 'ctai',
    type: categorie === 'epci' ? 'metropole' : categorie,
    categorie,
    region: '84',
    etape: 'suivi',
    statut: 'actif',
    parAnnee: Object.entries(granted).map(([annee, accorde]) => ({ annee: Number(annee), demande: accorde, accorde })),
    parAxe: [],
    actions: 3,
    beneficiaires: 10,
    enRetard: 0,
    enRetardParType: {},
    ...extra,
  };
}

describe('the programme’s sentence', () => {
  it('says the territories by kind and the credits over the years, as the DGEF does', () => {
    const all = [
      ...Array.from({ length: 28 }, () => facts('commune', { 2022: 200_000_00, 2023: 200_000_00 })),
      ...Array.from({ length: 13 }, () => facts('epci', { 2022: 120_000_00 })),
      ...Array.from({ length: 3 }, () => facts('departement', { 2023: 100_000_00 })),
      facts('region', { 2023: 80_000_00 }),
      facts('commune', { 2022: 999_000_00 }, { statut: 'abandonne' }),
      // Before its letter of intention: not engaged yet.
      facts('commune', { 2022: 500_000_00 }, { etape: null }),
    ];
    const report = programmeReport(all, '2024-01-15');
    expect(report.territoires).toBe(45);
    expect(report.abandonnes).toBe(1);
    expect(report.avantLettre).toBe(1);
    expect(report.totalAccorde).toBe(13_140_000_00);
    expect(programmeHeadline(report)).toBe(
      '45 territoires engagés : 28 communes, 13 EPCI, 3 conseils départementaux, 1 conseil régional ; 13,1 millions d’euros en cumulé sur 2022 et 2023',
    );
  });

  it('writes amounts and single territories in French', () => {
    expect(amountText(18_000_000_00)).toBe('18 millions d’euros');
    expect(amountText(1_500_000_00)).toBe('1,5 million d’euros');
    expect(amountText(950_000_00)).toBe('950\u202f000 euros');
    const report = programmeReport(
      [facts('region', { 2021: 1 }), facts('region', { 2022: 1 }), facts('region', { 2023: 1 })],
      '2024-01-01',
    );
    expect(programmeHeadline(report)).toMatch(
      /^3 territoires engagés : 3 conseils régionaux ; .* en cumulé de 2021 à 2023$/,
    );
    expect(programmeHeadline(programmeReport([facts('commune', {})], '2024-01-01'))).toBe(
      '1 territoire engagé : 1 commune',
    );
  });

  it('counts a collectivité once however many dossiers it has (same INSEE code or SIREN)', () => {
    const bordeaux1 = facts('epci', { 2024: 100_000_00 }, { identifiants: ['siren:243300316'], etape: 'signature' });
    const bordeaux2 = facts(
      'epci',
      { 2024: 50_000_00 },
      { identifiants: ['siren:243300316'], etape: 'echange', actions: 1 },
    );
    // The same commune known by its INSEE code in one dossier, by both in another, by its SIREN in a third.
    const grenoble = [
      facts('commune', {}, { identifiants: ['insee:38185'], enRetard: 1 }),
      facts('commune', {}, { identifiants: ['insee:38185', 'siren:213801855'], enRetard: 2 }),
      facts('commune', {}, { identifiants: ['siren:213801855'], region: '93' }),
    ];
    const typedByHand = [facts('commune', {}, { identifiants: [] }), facts('commune', {}, { identifiants: [] })];
    const report = programmeReport([bordeaux1, bordeaux2, ...grenoble, ...typedByHand], '2024-06-01');
    expect(report.territoires).toBe(4);
    expect(report.parCategorie).toEqual([
      { categorie: 'commune', count: 3 },
      { categorie: 'epci', count: 1 },
      { categorie: 'departement', count: 0 },
      { categorie: 'region', count: 0 },
    ]);
    expect(report.parRegion.reduce((sum, r) => sum + r.count, 0)).toBe(4);
    // The territory is counted at its furthest dossier's step.
    expect(report.parEtape.find((e) => e.etape === 'signature')?.count).toBe(1);
    expect(report.parEtape.find((e) => e.etape === 'echange')?.count).toBe(0);
    // Money, actions and overdue items are every dossier's; overdue territories counted once.
    expect(report.totalAccorde).toBe(150_000_00);
    expect(report.actions).toBe(3 + 1 + 3 * 5);
    expect(report.enRetard).toMatchObject({ territoires: 1, echeances: 3 });
    expect(programmeHeadline(report)).toMatch(/^4 territoires engagés : 3 communes, 1 EPCI/);
  });

  it('counts a dossier without a form as a CTAI', () => {
    expect(formeOf({})).toBe('ctai');
    expect(formeOf({ forme: 'ptai' })).toBe('ptai');
  });
});

describe('régions of the départements', () => {
  it('are those of the official list', () => {
    const require = createRequire(import.meta.url);
    const departements = require('@etalab/decoupage-administratif/data/departements.json') as {
      code: string;
      region: string;
    }[];
    const regions = new Set(
      (require('@etalab/decoupage-administratif/data/regions.json') as { code: string }[]).map((r) => r.code),
    );
    expect(DEPARTEMENT_REGION).toEqual(
      Object.fromEntries(departements.filter((d) => regions.has(d.region)).map((d) => [d.code, d.region])),
    );
  });
});
