import { describe, expect, it } from 'vitest';
import { actionsCsv } from '../../../shared/dossier/csv-export';
import { summarizeDossier } from '../../../shared/dossier/dossier-figures';
import { filterDossiers, sortDossiers, EMPTY_FILTER } from '../../../shared/dossier/dossier-filter';
import { isRetained } from '../../../shared/dossier/commitment';
import { grandTotal } from '../../../shared/dossier/funding';
import { isContractSigned } from '../../../shared/dossier/signed-contract';
import { factsFromSummary } from '../../../shared/programme/programme-facts';
import { programmeReport } from '../../../shared/programme/programme-report';
import { regionOf } from '../../../shared/referentiel/region-of';
import { searchKey } from '../../../shared/text/search-key';
import { demoDossiers } from '../helpers/demo';

const dossiers = demoDossiers({ count: 24, seed: 5 });
const rows = dossiers.map((dossier) => ({ ...summarizeDossier(dossier), nomKey: searchKey(dossier.collectivite.nom) }));

const report = (summaries: typeof rows) =>
  programmeReport(
    summaries.map((summary) => factsFromSummary(summary, '2026-11-23')),
    '2026-11-23',
  );

describe('programme figures', () => {
  it('add up the engaged dossiers’ own totals: abandoned ones and those before the letter of intention count nothing', () => {
    const figures = report(rows);
    expect(figures.tousDossiers.total).toBe(24);
    expect(figures.tousDossiers.parType.reduce((sum, t) => sum + t.count, 0)).toBe(24);
    expect(figures.tousDossiers.parEtape.reduce((sum, t) => sum + t.count, 0)).toBe(24);
    const live = dossiers.filter((d) => d.workflow.statut !== 'abandonne');
    const engaged = live.filter((d) => d.workflow.etape !== null);
    expect(engaged.length).toBeLessThan(live.length);
    expect(figures.territoires).toBe(engaged.length);
    expect(figures.avantLettre).toBe(live.length - engaged.length);
    const requested = engaged.reduce((sum, d) => sum + grandTotal(d).ctaiDemande, 0);
    const granted = engaged.reduce((sum, d) => sum + grandTotal(d).ctaiAccorde, 0);
    expect(figures.etatParAnnee.reduce((sum, y) => sum + y.demande, 0)).toBe(requested);
    expect(figures.etatParAnnee.reduce((sum, y) => sum + y.accorde, 0)).toBe(granted);
    expect(figures.etatParAxe.reduce((sum, a) => sum + a.demande, 0)).toBe(requested);
    // Actions financées: retained by a signed act, never merely proposed.
    const financed = engaged.filter(isContractSigned).flatMap((d) => d.actions.filter(isRetained));
    expect(figures.actions).toBe(financed.length);
    expect(figures.beneficiaires).toBe(financed.reduce((sum, a) => sum + a.beneficiaires, 0));
    expect(figures.actions).toBeLessThan(
      engaged.flatMap((d) => d.actions.filter((a) => a.statut !== 'ecartee')).length,
    );
  });
});

describe('the two forms in lists and figures', () => {
  // Three projets territoriaux; one summary stored before the form existed (no `forme`): a contract.
  const ptaiIds = new Set(rows.slice(0, 3).map((row) => row.id));
  const mixed = rows.map((row, index) => {
    if (ptaiIds.has(row.id)) return { ...row, forme: 'ptai' as const };
    if (index === 3) {
      const { forme: _forme, ...old } = row;
      return old;
    }
    return row;
  });

  it('filters the list on « Forme », an old summary reading as a contract', () => {
    const ptai = filterDossiers(mixed, { ...EMPTY_FILTER, forme: 'ptai' }, '2026-11-23');
    expect(new Set(ptai.map((row) => row.id))).toEqual(ptaiIds);
    const ctai = filterDossiers(mixed, { ...EMPTY_FILTER, forme: 'ctai' }, '2026-11-23');
    expect(ctai).toHaveLength(21);
    expect(ctai.map((row) => row.id)).toContain(rows[3]!.id);
  });

  it('counts territories by form on the dashboard', () => {
    expect(report(mixed).tousDossiers.parForme).toEqual([
      { forme: 'ctai', count: 21 },
      { forme: 'ptai', count: 3 },
    ]);
  });
});

describe('dossier list', () => {
  it('filters by name or code, step, type, département and year', () => {
    const first = rows[0]!;
    expect(
      filterDossiers(rows, { ...EMPTY_FILTER, query: first.nom.slice(0, 4).toUpperCase() }, '2026-11-23'),
    ).toContainEqual(first);
    expect(filterDossiers(rows, { ...EMPTY_FILTER, query: first.code }, '2026-11-23')).toContainEqual(first);
    // A right-to-left override or a zero-width space pasted in the search hides nothing.
    const hidden = `${first.nom.slice(0, 2)}\u202e${first.nom.slice(2, 4)}\u200b`;
    expect(filterDossiers(rows, { ...EMPTY_FILTER, query: hidden }, '2026-11-23')).toContainEqual(first);
    expect(searchKey('St\u200b-Flour')).toBe('saint flour');
    expect(
      filterDossiers(rows, { ...EMPTY_FILTER, etape: 'aucune' }, '2026-11-23').every((r) => r.etape === null),
    ).toBe(true);
    expect(
      filterDossiers(rows, { ...EMPTY_FILTER, type: 'region' }, '2026-11-23').every((r) => r.type === 'region'),
    ).toBe(true);
    const year = first.parAnnee[0]!.annee;
    expect(
      filterDossiers(rows, { ...EMPTY_FILTER, annee: year }, '2026-11-23').every((r) =>
        r.parAnnee.some((y) => y.annee === year),
      ),
    ).toBe(true);
    expect(filterDossiers(rows, EMPTY_FILTER, '2026-11-23')).toHaveLength(24);
  });

  it('sorts by name, by last change, by step', () => {
    const byName = sortDossiers(rows, 'nom').map((r) => r.nomKey);
    expect(byName).toEqual([...byName].sort());
    const byDate = sortDossiers(rows, 'modification').map((r) => r.updatedAt);
    expect(byDate).toEqual([...byDate].sort().reverse());
  });
});

describe('CSV export', () => {
  it('writes one line per action and year, in French spreadsheet format', () => {
    const csv = actionsCsv(dossiers.slice(0, 3));
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const expected = dossiers
      .slice(0, 3)
      .reduce((sum, d) => sum + d.actions.reduce((s, a) => s + a.budgets.length, 0), 0);
    expect(lines).toHaveLength(expected + 1);
    expect(lines[0]).toContain(
      'Nom de la collectivité;Type de collectivité;Forme du dossier;Numéro du dossier;Code INSEE ou SIREN',
    );
    // Words, not codes: statuses as the screens say them.
    expect(lines[1]).toMatch(/;(Actif|Suspendu|Abandonné);/);
    expect(lines[1]).not.toMatch(/;(actif|proposee|en-cours|terminee|retenue|ecartee);/);
    expect(lines[1]).toContain(`;${dossiers[0]!.numero};`);
    const budget = dossiers[0]!.actions[0]!.budgets[0]!;
    expect(lines[1]).toContain(`;${budget.annee};${(budget.coutTotal / 100).toFixed(2).replace('.', ',')};`);
    expect(csv.startsWith('\ufeff')).toBe(true);
  });

  it('gives a département or a région its code, as the list does, and names the act in force with a capital', () => {
    const all = actionsCsv(dossiers)
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const columns = all[0]!.split(';');
    const [codeColumn, typeColumn, actColumn] = ['Code INSEE ou SIREN', 'Type de collectivité', 'Acte'].map((name) =>
      columns.indexOf(name),
    );
    const cells = all.slice(1).map((line) => line.split(';'));
    const departementsAndRegions = cells.filter((cell) => /^(Département|Région)$/.test(cell[typeColumn!]!));
    expect(departementsAndRegions.length).toBeGreaterThan(0);
    for (const cell of departementsAndRegions) expect(cell[codeColumn!]).toMatch(/^\d{2,3}|2[AB]$/);
    const acts = cells.map((cell) => cell[actColumn!]!).filter(Boolean);
    expect(acts.length).toBeGreaterThan(0);
    for (const act of acts) expect(act).toMatch(/^(Contrat|Avenant n° \d+|Convention du projet territorial)$/);
  });

  it('says each dossier’s form in its own column, a projet territorial’s steps as it names them', () => {
    const ptai = { ...structuredClone(dossiers[0]!), forme: 'ptai' as const };
    ptai.workflow.etape = 'signature';
    const [header, line] = actionsCsv([ptai, dossiers[1]!])
      .replace(/^\ufeff/, '')
      .split('\r\n');
    const column = header!.split(';').indexOf('Forme du dossier');
    expect(line!.split(';')[column]).toBe('Projet territorial (PTAI)');
    expect(line).toContain(';Décision et convention de subvention;');
    const other = actionsCsv([dossiers[1]!])
      .replace(/^\ufeff/, '')
      .split('\r\n')[1]!;
    expect(other.split(';')[column]).toBe('Contrat (CTAI)');
  });

  it('quotes cells holding the separator or quotes', () => {
    const dossier = structuredClone(dossiers[0]!);
    dossier.actions[0]!.intitule = 'Ateliers « parents ; enfants » dits "ensemble"';
    expect(actionsCsv([dossier])).toContain('"Ateliers « parents ; enfants » dits ""ensemble"""');
  });
});

describe('a région: the dashboard’s bar and the list it opens', () => {
  it('count the same territories: the list filtered on a région holds each territory of its bar', () => {
    const figures = report(rows);
    for (const { region, count } of figures.parRegion.filter((entry) => entry.region)) {
      const listed = filterDossiers(rows, { ...EMPTY_FILTER, region }, '2026-11-23');
      expect(listed.every((row) => regionOf(row) === region)).toBe(true);
      // The bar counts engaged territories once each; the list shows every dossier of the région.
      expect(new Set(listed.map((row) => `${row.type}:${row.code || row.nom}`)).size).toBeGreaterThanOrEqual(count);
    }
    expect(filterDossiers(rows, { ...EMPTY_FILTER, region: '99' }, '2026-11-23')).toEqual([]);
  });
});

describe('an axe: the dashboard’s bar and the list it opens', () => {
  it('lists the dossiers funding an action on that axe, for every axe the chart shows', () => {
    for (const { axe } of report(rows).etatParAxe) {
      const listed = filterDossiers(rows, { ...EMPTY_FILTER, axe }, '2026-11-23');
      expect(listed.length).toBeGreaterThan(0);
      for (const row of listed)
        expect(dossiers.find((d) => d.id === row.id)!.actions.some((action) => action.axes.includes(axe))).toBe(true);
    }
  });
});
