// The follow-up documents (bilan annuel, relevé de décisions du COPIL, fiche de synthèse) through
// `ctai doc`, read back with poppler, checked by qpdf, their DOCX opened by LibreOffice: every
// indicator's target and reached value and every decision is printed. Expected strings by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBilan, newBilanAction, newCopil } from '../../../shared/dossier/follow-up';
import { aDossier } from '../helpers/a-dossier';
import { runCli } from '../helpers/run-cli';
import { hasTool } from '../helpers/tools';

const TOOLS = ['soffice', 'qpdf', 'pdftotext'].every(hasTool);
const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function followedDossier() {
  const dossier = aDossier()
    .withContract(2026, 3)
    .withAction('a', { granted: { 2026: 10_000_00, 2027: 10_000_00, 2028: 10_000_00 } })
    .withAction('b', { granted: { 2026: 5_000_00, 2027: 5_000_00, 2028: 5_000_00 } })
    .signed('2026-02-10')
    .build();
  dossier.workflow.etape = 'suivi';
  dossier.workflow.dates.suivi = '2026-02-10';
  dossier.actions[0]!.indicateurs = [
    { id: 'i1', libelle: 'Personnes inscrites aux cours', cible: '120', realise: [{ annee: 2026, valeur: '97' }] },
    { id: 'i2', libelle: 'Taux d’assiduité', cible: '75 %', realise: [{ annee: 2026, valeur: '81 %' }] },
  ];
  dossier.actions[1]!.indicateurs = [
    { id: 'i3', libelle: 'Ménages relogés', cible: '40', realise: [{ annee: 2026, valeur: '12 familles' }] },
  ];
  dossier.contrat.bilans = [
    {
      ...newBilan(2026),
      dateReception: '2027-04-12',
      dateCompteRenduFinancier: '2027-05-03',
      actions: [
        {
          ...newBilanAction('a'),
          beneficiairesAtteints: 97,
          depenseTotale: 18_250_00,
          depenseCtai: 9_800_00,
          realise: 'Trois sessions de cours ouvertes.',
        },
        { ...newBilanAction('b'), beneficiairesAtteints: 1, difficultes: 'Peu de logements libres.' },
      ],
    },
  ];
  dossier.contrat.copil = [
    {
      ...newCopil('2026-10-12'),
      lieu: 'Tours',
      participants: [{ nom: 'Anne Préfète', qualite: 'Préfète', institution: 'Préfecture d’Indre-et-Loire' }],
      decisions: [
        { texte: 'Le plan de relogement est prolongé de six mois.', avenantAnnee: null },
        { texte: 'Les cours du soir sont doublés en 2027.', avenantAnnee: 2027 },
      ],
    },
  ];
  return dossier;
}

describe.skipIf(!TOOLS)('follow-up documents (ctai doc, poppler, qpdf, LibreOffice)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-follow-up-docs-'));
  const file = path.join(dir, 'dossier.json');
  writeFileSync(file, JSON.stringify(followedDossier()));

  async function make(kind: string, ...extra: string[]): Promise<string> {
    for (const format of ['pdf', 'docx']) {
      const out = path.join(dir, `${kind}.${format}`);
      const result = await runCli('doc', kind, '--dossier', file, '--format', format, '--out', out, ...extra);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
    }
    execFileSync('qpdf', ['--check', path.join(dir, `${kind}.pdf`)]);
    const converted = path.join(dir, 'lo');
    execFileSync(
      'soffice',
      ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', converted, path.join(dir, `${kind}.docx`)],
      { env: { ...process.env, HOME: dir }, stdio: 'ignore' },
    );
    const fromDocx = normalize(execFileSync('pdftotext', [path.join(converted, `${kind}.pdf`), '-']).toString());
    const fromPdf = normalize(execFileSync('pdftotext', [path.join(dir, `${kind}.pdf`), '-']).toString());
    expect(fromDocx.length).toBeGreaterThan(200);
    return fromPdf;
  }

  it('prints the year’s report with every indicator’s target and reached value', async () => {
    const text = await make('report', '--year', '2026');
    expect(text).toContain('Bilan annuel 2026 du contrat territorial d’accueil et d’intégration');
    expect(text).toContain('Bilan reçu le 12 avril 2027 ; compte rendu financier reçu le 3 mai 2027.');
    for (const [indicator, target, reached] of [
      ['Personnes inscrites aux cours', '120', '97'],
      ['Taux d’assiduité', '75 %', '81 %'],
      ['Ménages relogés', '40', '12 familles'],
    ])
      expect(text).toMatch(new RegExp(`${indicator} ${target} ${reached}`));
    expect(text).toContain('Bénéficiaires : 97 atteints pour 20 visés.');
    expect(text).toContain('Bénéficiaires : 1 atteint pour 20 visés.');
    expect(text).toContain('Coût total de l’action 20 000,00 € 18 250,00 €');
    expect(text).toContain('Crédits du CTAI (État) 10 000,00 € 9 800,00 €');
    expect(text).toContain('Ce qui a été fait : Trois sessions de cours ouvertes.');
    expect(text).toContain('Difficultés rencontrées : Peu de logements libres.');
  });

  it('prints the COPIL’s relevé with its participants and every decision', async () => {
    const text = await make('copil', '--meeting', '2026-10-12');
    expect(text).toContain('Relevé de décisions du comité de pilotage');
    expect(text).toContain('Réuni le 12 octobre 2026 à Tours.');
    expect(text).toContain('Anne Préfète Préfète Préfecture d’Indre-et-Loire');
    expect(text).toContain('Décision n° 1 : Le plan de relogement est prolongé de six mois.');
    expect(text).toContain(
      'Décision n° 2 : Les cours du soir sont doublés en 2027. Cette décision propose un avenant pour 2027.',
    );
  });

  it('prints the summary with the money per year and what is due', async () => {
    const text = await make('summary', '--date', '2027-05-10');
    expect(text).toContain('Fiche de synthèse — Tours');
    expect(text).toContain('Contrat n° CTAI-37-2026-01 de 2026 à 2028');
    expect(text).toContain('Action a Association Accueil 10 000,00 € 10 000,00 € 10 000,00 € 30 000,00 €');
    // The totals row (poppler reads its label after the figures).
    expect(text).toContain('15 000,00 € 15 000,00 € 15 000,00 € 45 000,00 €');
    expect(text).toContain('Solde 2026 à verser : 15 000,00 € (bilan reçu le 12 avril 2027)');
    expect(text).toContain('Comité de pilotage 2027 à réunir avant le 31 décembre 2027');
  });

  it('keeps each amount whole on its line in the summary’s table, six-figure amounts included', async () => {
    const big = aDossier()
      .withContract(2026, 3)
      .withAction('a', { granted: { 2026: 105_000_00, 2027: 156_400_00, 2028: 139_400_00 } })
      .withAction('b', { granted: { 2026: 99_000_00, 2027: 99_000_00, 2028: 99_000_00 } })
      .signed('2026-02-10')
      .build();
    const bigFile = path.join(dir, 'big.json');
    writeFileSync(bigFile, JSON.stringify(big));
    const out = path.join(dir, 'big.pdf');
    expect((await runCli('doc', 'summary', '--dossier', bigFile, '--out', out)).code).toBe(0);
    const lines = execFileSync('pdftotext', ['-layout', out, '-']).toString().split('\n');
    expect(lines.filter((line) => /^\s*€\s*$/.test(line))).toEqual([]);
    expect(normalize(lines.join(' '))).toContain('204 000,00 € 255 400,00 € 238 400,00 € 697 800,00 €');
  });

  it('refuses a report for a year outside the contract, and a meeting that was not held, in French', async () => {
    const outside = await runCli(
      'doc',
      'report',
      '--year',
      '2031',
      '--dossier',
      file,
      '--out',
      path.join(dir, 'x.pdf'),
    );
    expect(outside.code).toBe(1);
    expect(outside.err).toContain(
      '2031 n’est pas une année du contrat (2026 à 2028) : choisissez une année du contrat.',
    );
    const absent = await runCli(
      'doc',
      'copil',
      '--meeting',
      '2026-10-13',
      '--dossier',
      file,
      '--out',
      path.join(dir, 'x.pdf'),
    );
    expect(absent.code).toBe(1);
    expect(absent.err).toContain('Aucun comité de pilotage n’est enregistré le 13 octobre 2026');
    const badDate = await runCli(
      'doc',
      'copil',
      '--meeting',
      '2026-02-30',
      '--dossier',
      file,
      '--out',
      path.join(dir, 'x.pdf'),
    );
    expect(badDate.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toContain('Le plan de relogement');
  });
});
