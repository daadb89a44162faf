// `ctai report` over bundles from two sites: 45 territories of the programme (28 communes, 13 EPCI,
// 3 départements, 1 région, real collectivités of the official list), some sent by both sites and
// edited by the second, one bundle from a sender nobody trusted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { isRetained } from '../../../shared/dossier/commitment';
import { dueItems } from '../../../shared/dossier/follow-up';
import { totalsByYear } from '../../../shared/dossier/funding';
import { isContractSigned } from '../../../shared/dossier/signed-contract';
import { territoryCategory, type TerritoryCategory } from '../../../shared/programme/programme-facts';
import type { ReportFile } from '../../../cli/commands/report';
import { demoDossiers } from '../helpers/demo';
import { runCli } from '../helpers/run-cli';
import { hasTool } from '../helpers/tools';
import { aSite, editedHistory, firstHistory, siteBundle, writeFiles } from './programme-sites';

const SPLIT: Record<TerritoryCategory, number> = { commune: 28, epci: 13, departement: 3, region: 1 };

/** 45 dossiers of the demo generator, engaged (letter of intention received, not abandoned), in the programme's split. */
function programmeDossiers(): Dossier[] {
  const pool = demoDossiers({ count: 280, seed: 3 }).filter(
    (d) => d.workflow.statut !== 'abandonne' && d.workflow.etape !== null,
  );
  return (Object.keys(SPLIT) as TerritoryCategory[]).flatMap((category) =>
    pool.filter((d) => territoryCategory(d.collectivite.type) === category).slice(0, SPLIT[category]),
  );
}

describe('ctai report', () => {
  const dossiers = programmeDossiers();
  // Site A follows the first 30, site B the last 25: 10 dossiers are sent by both.
  const siteA = aSite('Préfecture du Nord');
  const siteB = aSite('Sous-préfecture de Lens');
  const stranger = aSite('Site inconnu');
  const shared = dossiers.slice(20, 30);
  // One dossier both follow, not signed, whose request site B changed: the merge must read it.
  const edited = shared.find((d) => !isContractSigned(d) && d.actions[0]?.budgets[1])!;
  const addedByA = 1_000_00;
  const addedByB = 2_000_00;
  let folder: string;
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  let report: ReportFile;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'ctai-report-in-'));
    out = mkdtempSync(path.join(tmpdir(), 'ctai-report-out-'));
    // Both sites hold the dossiers they share from A's first history; then A changes the request
    // of the edited dossier's first year, B that of its second year: only a merge sees both.
    const original = new Map(dossiers.slice(0, 30).map((d) => [d.id, firstHistory(d, siteA)]));
    const raise = (dossier: Dossier, site: typeof siteA, budget: number, added: number) => {
      const value = dossier.actions[0]!.budgets[budget]!.ctaiDemande + added;
      const view = structuredClone(dossier);
      view.actions[0]!.budgets[budget]!.ctaiDemande = value;
      const path = ['actions', 0, 'budgets', budget, 'ctaiDemande'];
      return { dossier: view, doc: editedHistory(original.get(dossier.id)!, site, [{ op: 'set', path, value }]) };
    };
    const forA = dossiers
      .slice(0, 30)
      .map((dossier) =>
        dossier.id === edited.id ? raise(dossier, siteA, 0, addedByA) : { dossier, doc: original.get(dossier.id)! },
      );
    const forB = dossiers.slice(20).map((dossier) => {
      if (dossier.id === edited.id) return raise(dossier, siteB, 1, addedByB);
      return { dossier, doc: original.get(dossier.id) ?? firstHistory(dossier, siteB) };
    });
    const extra = demoDossiers({ count: 300, seed: 3 }).at(-1)!;
    writeFiles(folder, {
      'nord-1.ctai': await siteBundle(siteA, forA.slice(0, 15), 1),
      'nord-2.ctai': await siteBundle(siteA, forA.slice(15), 2),
      'lens-1.ctai': await siteBundle(siteB, forB, 1),
      'inconnu.ctai': await siteBundle(stranger, [{ dossier: extra, doc: firstHistory(extra, stranger) }], 1),
      'lisez-moi.txt': new TextEncoder().encode('Échanges de mars'),
    });
    const keys = mkdtempSync(path.join(tmpdir(), 'ctai-report-keys-'));
    writeFileSync(path.join(keys, 'nord.pem'), siteA.pem);
    writeFileSync(path.join(keys, 'lens.pem'), siteB.pem);
    result = await runCli(
      'report',
      '--in',
      folder,
      '--out',
      out,
      '--trust',
      path.join(keys, 'nord.pem'),
      path.join(keys, 'lens.pem'),
      '--date',
      '2026-03-01',
    );
    report = JSON.parse(readFileSync(path.join(out, 'programme.json'), 'utf8')) as ReportFile;
  }, 120_000);

  it('uses real collectivités of the official list, in the programme’s split', () => {
    expect(dossiers).toHaveLength(45);
    expect(dossiers.every((d) => d.collectivite.source === 'officiel')).toBe(true);
    expect(new Set(dossiers.map((d) => d.id)).size).toBe(45);
  });

  it('finds exactly 45 territories: 28 communes, 13 EPCI, 3 départements, 1 région', () => {
    expect(result.code).toBe(0);
    expect(report.territoires).toBe(45);
    expect(Object.fromEntries(report.parCategorie.map(({ categorie, count }) => [categorie, count]))).toEqual(SPLIT);
    expect(report.dossiers).toEqual({ comptes: 45, copiesFusionnees: 10 });
    expect(report.phrase).toMatch(
      /^45 territoires engagés : 28 communes, 13 EPCI, 3 conseils départementaux, 1 conseil régional ; .+ en cumulé (de \d{4} à \d{4}|sur \d{4}( et \d{4})?)$/,
    );
    expect(report.parRegion.reduce((sum, region) => sum + region.count, 0)).toBe(45);
    expect(report.parForme).toEqual([
      { forme: 'ctai', count: 45 },
      { forme: 'ptai', count: 0 },
    ]);
  });

  it('sums the State’s credits per year once per dossier, as the financial model gives them, the merge included', () => {
    const expected = new Map<number, { demande: number; accorde: number }>();
    for (const dossier of dossiers) {
      for (const [annee, totals] of totalsByYear(dossier)) {
        const sum = expected.get(annee) ?? { demande: 0, accorde: 0 };
        sum.demande += totals.ctaiDemande;
        sum.accorde += totals.ctaiAccorde;
        expected.set(annee, sum);
      }
    }
    expected.get(edited.actions[0]!.budgets[0]!.annee)!.demande += addedByA;
    expected.get(edited.actions[0]!.budgets[1]!.annee)!.demande += addedByB;
    expect(report.etatParAnnee).toEqual(
      [...expected.entries()].sort(([a], [b]) => a - b).map(([annee, totals]) => ({ annee, ...totals })),
    );
    expect(report.totalAccorde).toBe([...expected.values()].reduce((sum, t) => sum + t.accorde, 0));
  });

  it('counts as financed only the actions a signed act retains, and their beneficiaries', () => {
    const financed = dossiers.filter(isContractSigned).flatMap((d) => d.actions.filter(isRetained));
    expect(financed.length).toBeGreaterThan(0);
    expect(report.actions).toBe(financed.length);
    expect(report.beneficiaires).toBe(financed.reduce((sum, action) => sum + action.beneficiaires, 0));
    // Proposed actions and those of dossiers not signed exist, and are not counted.
    expect(dossiers.flatMap((d) => d.actions).filter((a) => a.statut !== 'ecartee').length).toBeGreaterThan(
      financed.length,
    );
  });

  it('counts what is overdue on the date given, by kind', () => {
    const late = dossiers.map((d) => dueItems(d, '2026-03-01').filter((item) => item.etat === 'depassee').length);
    expect(report.enRetard.echeances).toBe(late.reduce((sum, n) => sum + n, 0));
    expect(report.enRetard.territoires).toBe(late.filter((n) => n > 0).length);
    expect(report.enRetard.echeances).toBeGreaterThan(0);
    expect(report.enRetard.parType.reduce((sum, t) => sum + t.count, 0)).toBe(report.enRetard.echeances);
  });

  it('names the refused bundle and why, and counts none of its dossiers', () => {
    expect(report.echanges.refuses).toEqual([
      { fichier: 'inconnu.ctai', raison: expect.stringContaining('bundle-untrusted-sender') },
    ]);
    expect(report.echanges.lus.map((read) => read.fichier)).toEqual(['lens-1.ctai', 'nord-1.ctai', 'nord-2.ctai']);
    expect(result.err).toContain('Échange refusé : inconnu.ctai');
  });

  it('says which files of the folder it did not read, and why', () => {
    expect(report.echanges.nonLus).toEqual([
      { fichier: 'lisez-moi.txt', raison: expect.stringContaining('ce n’est pas un échange (.ctai)') },
    ]);
    expect(result.err).toContain('Non lu : lisez-moi.txt — ce n’est pas un échange (.ctai)');
  });

  it('writes the CSV and a one-page PDF', async () => {
    const csv = readFileSync(path.join(out, 'programme.csv'), 'utf8');
    expect(csv).toContain('Territoires;Territoires engagés;45');
    expect(csv).toContain('Territoires par type;conseils départementaux;3');
    const pdf = await PDFDocument.load(readFileSync(path.join(out, 'programme.pdf')));
    expect(pdf.getPageCount()).toBe(1);
  });

  it.skipIf(!hasTool('pdftotext'))('names the refused bundle and gives the CTAI/PTAI split in the PDF', () => {
    const text = execFileSync('pdftotext', [path.join(out, 'programme.pdf'), '-'])
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toMatch(/Échanges refusés, non comptés : inconnu\.ctai \(/);
    expect(text).toContain('territoires par forme : 45 CTAI, 0 PTAI');
  });
});
