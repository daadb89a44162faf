// Wording an officer reads first: the place of signature without CEDEX, « n° » printed once,
// counts and periods in French, the préfet addressed in person, the letter's date. Through
// `ctai doc` and pdftotext; every expected sentence written here by hand.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { cliPdfText, cliRefusal } from '../helpers/cli-pdf-text';
import { demoDossiers } from '../helpers/demo';
import { hasTool } from '../helpers/tools';

/** The commune de Meylan (demo, seed 7): contract 2024-2026 signed at Meylan on 27 December 2023, letter recorded on 17 April 2023. */
function meylan(): Dossier {
  const dossier = demoDossiers({ count: 15, seed: 7 }).find((d) => d.collectivite.nom === 'Meylan');
  if (!dossier) throw new Error('Meylan est absent des dossiers de démonstration (graine 7)');
  return structuredClone(dossier);
}

describe.skipIf(!hasTool('pdftotext'))('wording of the acts (ctai doc, pdftotext)', () => {
  it('signs at the commune, never at its CEDEX', async () => {
    const dossier = meylan();
    dossier.collectivite.adresse.commune = 'Meylan Cedex';
    dossier.contrat.signature.lieu = 'Meylan Cedex 1';
    dossier.contrat.avenants[0]!.lieu = 'MEYLAN CEDEX';
    expect((await cliPdfText(dossier, 'letter')).text).toContain('Meylan, le 17 avril 2023');
    expect((await cliPdfText(dossier, 'contract')).text).toContain(
      'Fait à Meylan, le 27 décembre 2023, en deux exemplaires originaux.',
    );
    expect((await cliPdfText(dossier, 'amendment', '--year', '2025')).text).toContain(
      'Fait à MEYLAN, le 15 février 2025',
    );
    // The postal address (letterhead, payment article) keeps its CEDEX: it is where mail goes.
    for (const kind of ['letter', 'contract'])
      expect((await cliPdfText(dossier, kind)).text).not.toMatch(/cedex( \d+)?, le|Fait à \S+ cedex/i);
  });

  it('prints « n° » once before every number typed with its own', async () => {
    const dossier = meylan();
    dossier.collectivite.deliberation.numero = 'n°2023-128';
    dossier.contrat.numero = 'n° CTAI-76-2024-01';
    dossier.contrat.avenants[0]!.deliberation.numero = 'N° 25-122';
    const contract = await cliPdfText(dossier, 'contract');
    expect(contract.text).toContain('Contrat n° CTAI-76-2024-01');
    expect(contract.text).toContain('dûment habilitée par délibération n° 2023-128 du 17 avril 2023');
    expect(contract.text).toContain('Vu la délibération n° 2023-128 du 17 avril 2023 autorisant la signature');
    expect(contract.footers[0]).toContain('CTAI Meylan — n° CTAI-76-2024-01 — dossier n° ');
    const avenant = await cliPdfText(dossier, 'amendment', '--year', '2025');
    expect(avenant.text).toContain('Vu le contrat territorial d’accueil et d’intégration n° CTAI-76-2024-01 signé le');
    expect(avenant.text).toContain('Vu la délibération n° 25-122 du 20 janvier 2025');
    for (const { text, footers } of [contract, avenant])
      expect([text, ...footers].join(' ')).not.toMatch(/n°\s*n°|n°\s*N°/i);
  });

  it('agrees counts and periods: « d’un an », « 1 habitant », « en 2024 », « est versé », one way to write 2024-2026', async () => {
    const full = await cliPdfText(meylan(), 'contract');
    expect(full.text).toContain('La commune de Meylan — 2024-2026');
    expect(full.text).toContain('Total du contrat (2024-2026)');
    expect(full.text).not.toContain('2024–2026');
    expect(full.text).toContain('Chaque année, 50 % du montant est versé à titre d’avance');
    expect(full.text).toContain('celui de chaque année suivante est fixé par un avenant financier');
    expect(full.text).toMatch(/soit, pour la durée du contrat, la somme totale d/);
    expect(full.text).toContain('pour une durée de trois ans, du 1er janvier 2024 au 31 décembre 2026');

    const oneYear = meylan();
    oneYear.contrat.duree = 1;
    oneYear.contrat.avenants = [];
    for (const action of oneYear.actions) action.budgets = action.budgets.filter((b) => b.annee === 2024);
    oneYear.contrat.versements = oneYear.contrat.versements.filter((v) => v.annee === 2024);
    oneYear.collectivite.population = 1;
    oneYear.diagnostic.publics = [
      { annee: 2023, titresDeSejour: 1, bpi: 1, femmes: 0, enfants: 0, source: 'Préfecture' },
    ];
    const contract = await cliPdfText(oneYear, 'contract');
    expect(contract.text).toContain(
      'Le présent contrat est conclu pour une durée d’un an, du 1er janvier 2024 au 31 décembre 2024.',
    );
    expect(contract.text).toContain('La commune de Meylan — 2024 ');
    expect(contract.text).toContain('Total du contrat (2024)');
    expect(contract.text).toContain(
      'fait état d’un premier titre de séjour en 2023, dont 1 bénéficiaire de la protection internationale.',
    );
    // One year: its amount, set by the contract itself, with no avenant, no « chaque année », no total of one.
    expect(contract.text).toContain('l’État apporte au titre du présent contrat le montant suivant.');
    expect(contract.text).toContain(
      'Ce montant est fixé par le présent contrat. Une avance de 50 % de ce montant est versée à la signature du contrat, et le solde à réception du bilan de l’année.',
    );
    expect(contract.text).not.toMatch(/chaque année suivante|Chaque année, |somme totale|montants suivants/);
    const summary = await cliPdfText(oneYear, 'summary');
    expect(summary.text).toContain(
      'Commune, Isère, 1 habitant. Contrat n° CTAI-38-2024-05 en 2024, signé le 27 décembre 2023.',
    );
    expect(summary.text).not.toMatch(/1 habitants|de 2024 à 2024/);
  });

  it('addresses the préfet in person: an unknown civility is asked for, never « Madame, Monsieur »', async () => {
    const dossier = meylan();
    dossier.etat.signataire = { civilite: 'Madame', prenom: 'Anne', nom: 'Roux', qualite: 'sous-prefet' };
    dossier.etat.sousPrefecture.nom = 'Sous-préfecture de Grenoble';
    dossier.etat.prefet = { civilite: '', prenom: '', nom: '' };
    expect(await cliRefusal(dossier, 'letter')).toContain(
      '- La civilité du préfet, à qui la lettre est adressée (« Madame la Préfète » ou « Monsieur le Préfet »). (etat.prefet.civilite)',
    );
    dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Louis', nom: 'Laugier' };
    const { text } = await cliPdfText(dossier, 'letter');
    expect(text).toContain('à Monsieur le Préfet de l’Isère');
    expect(text).not.toContain('Madame, Monsieur');
  });

  it('refuses a --date that the letter’s recorded date would silently override', async () => {
    const dossier = meylan();
    const refusal = await cliRefusal(dossier, 'letter', '--date', '2026-03-15');
    expect(refusal).toContain(
      '--date : la lettre d’intention de ce dossier est datée du 17 avril 2023, jour enregistré pour l’étape « Lettre d’intention » (onglet Synthèse) ; retirez --date, ou changez la date de l’étape dans l’application pour dater la lettre autrement.',
    );
    expect(refusal).not.toMatch(/\n\s+at /);
    // The same date, or none recorded, is used as given.
    expect((await cliPdfText(dossier, 'letter', '--date', '2023-04-17')).text).toContain('Meylan, le 17 avril 2023');
    delete dossier.workflow.dates['lettre-intention'];
    expect((await cliPdfText(dossier, 'letter', '--date', '2026-03-15')).text).toContain('Meylan, le 15 mars 2026');
  });
});
