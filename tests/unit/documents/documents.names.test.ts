// Documents read as a préfecture officer reads them: the names of territories in running French,
// who signs and in which words, and the legal framework — each case run through `ctai doc` and
// read back with pdftotext. Every expected sentence is written here by hand.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { cliPdfText } from '../helpers/cli-pdf-text';
import { runCli } from '../helpers/run-cli';
import { hasTool } from '../helpers/tools';

const dir = mkdtempSync(path.join(tmpdir(), 'ctai-names-'));

function fixture(name: string): Dossier {
  return JSON.parse(readFileSync(new URL(`../../fixtures/cases/${name}`, import.meta.url), 'utf8')) as Dossier;
}

/** The PDF text of `ctai doc KIND` on the dossier, as one flow (cli-pdf-text.ts); nothing said on stderr. */
async function pdfText(dossier: Dossier, kind: 'letter' | 'contract' | 'amendment', ...extra: string[]) {
  const { text, err } = await cliPdfText(dossier, kind, ...extra);
  expect(err).toBe('');
  return text;
}

/** Le Havre, signed by the sous-préfète du Havre for a préfet (a man): the case as filed, made consistent. */
function leHavre(): Dossier {
  const dossier = fixture('names-le-havre-sous-prefete.json');
  dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Jean-Benoît', nom: 'Albertini' };
  dossier.etat.delegation = { numero: '2025-SG-042', date: '2025-01-06' };
  for (const action of dossier.actions) {
    if (action.dateFin && action.dateFin < action.dateDebut) action.dateFin = '2027-12-31';
    for (const budget of action.budgets) budget.cofinanceurs = budget.cofinanceurs.filter((c) => c.montant > 0);
  }
  dossier.contrat.signature.lieu = 'Le Havre';
  return dossier;
}

/** The Eurométropole de Strasbourg, its présidente, refugees' action 15 and its bank details. */
function strasbourg(): Dossier {
  const dossier = fixture('names-departement.json');
  dossier.id = 'eurometropole-strasbourg';
  dossier.collectivite = {
    ...dossier.collectivite,
    type: 'metropole',
    nom: 'Eurométropole de Strasbourg',
    siren: '246700488',
    typeLiaison: null,
    departement: { code: '67', nom: 'Bas-Rhin' },
    region: { code: '44', nom: 'Grand Est' },
    representant: { civilite: 'Madame', prenom: 'Claire', nom: 'Weber', titre: 'Présidente' },
    adresse: { ligne1: '1 parc de l’Étoile', ligne2: '', codePostal: '67076', commune: 'Strasbourg' },
    banque: { iban: 'FR7630001007941234567890185', bic: 'BDFEFRPPCCT' },
  };
  dossier.etat = {
    ...dossier.etat,
    prefecture: { departementCode: '67', nom: 'Préfecture du Bas-Rhin', adresse: '' },
    signataire: { civilite: 'Monsieur', prenom: 'Paul', nom: 'Meyer', qualite: 'prefet' },
    action: '15',
  };
  dossier.contrat.signature = { lieu: 'Strasbourg', date: '2021-06-03', signataires: [] };
  return dossier;
}

/** An EPCI whose official name is abbreviated (« CA du Grand Dole »). */
function grandDole(): Dossier {
  const dossier = fixture('names-departement.json');
  dossier.id = 'grand-dole';
  dossier.collectivite = {
    ...dossier.collectivite,
    type: 'communaute-d-agglomeration',
    nom: 'CA du Grand Dole',
    siren: '200010650',
    typeLiaison: null,
    departement: { code: '39', nom: 'Jura' },
    region: { code: '27', nom: 'Bourgogne-Franche-Comté' },
    representant: { civilite: 'Monsieur', prenom: 'Louis', nom: 'Perrin', titre: 'Président' },
    adresse: { ligne1: '2 place de l’Europe', ligne2: '', codePostal: '39100', commune: 'Dole' },
  };
  dossier.etat = {
    ...dossier.etat,
    prefecture: { departementCode: '39', nom: 'Préfecture du Jura', adresse: '' },
    signataire: { civilite: 'Madame', prenom: 'Sophie', nom: 'Roussel', qualite: 'prefet' },
  };
  dossier.contrat.signature = { lieu: 'Dole', date: '2021-06-03', signataires: [] };
  return dossier;
}

describe.skipIf(!hasTool('pdftotext'))('names, signatories and legal framework (ctai doc, pdftotext)', () => {
  it('the commune du Havre, with the sous-préfète du Havre signing for the préfet', async () => {
    const letter = await pdfText(leHavre(), 'letter');
    // Dated the day recorded for the letter step; addressed to the préfet with his own civility.
    expect(letter).toContain('Le Havre, le 1er février 2023');
    expect(letter).toContain('à Monsieur le Préfet de la Seine-Maritime');
    expect(letter).toContain('sous couvert de Madame la sous-préfète du Havre');
    expect(letter).toContain('Monsieur le Préfet,');
    expect(letter).toContain('la volonté de la commune du Havre de s’engager');
    expect(letter).toContain('La commune du Havre est prête à cofinancer');
    expect(letter).toContain('Maire du Havre');
    expect(letter).not.toMatch(/de Le Havre|de la sous-préfecture/);

    const contract = await pdfText(leHavre(), 'contract', '--date', '2025-04-10');
    expect(contract).toContain('PRÉFET DE LA SEINE-MARITIME');
    expect(contract).toContain(
      'L’État, représenté par Madame Anne-Sophie N’Diaye, sous-préfète du Havre, pour le préfet et par délégation, ci-après dénommé « l’État »',
    );
    expect(contract).toContain(
      'La commune du Havre, représentée par sa maire, Madame Édith Lœwenbrück-D’Aubigné, dûment habilitée par délibération n° DEL-2025/0042 du 31 mars 2025, ci-après dénommée « la collectivité »',
    );
    expect(contract).toContain(
      'Vu l’arrêté préfectoral n° 2025-SG-042 du 6 janvier 2025 portant délégation de signature à Madame Anne-Sophie N’Diaye, sous-préfète du Havre ;',
    );
    expect(contract).toContain('Vu la loi n° 2025-127 du 14 février 2025 de finances pour 2025 ;');
    expect(contract).toContain('Article 1er — Objet');
    expect(contract).toContain('Article 2 — Durée');
    expect(contract).toContain('sur le territoire du Havre');
    expect(contract).toContain('pour 2025, la somme de cinquante centimes (0,50 €)');
    expect(contract).toContain('pour 2027, la somme d’un million un euros et un centime (1 000 001,01 €)');
    expect(contract).toContain('Fait au Havre, le');
    expect(contract).toContain('Pour la commune du Havre,');
    expect(contract).toContain('Pour le préfet et par délégation, La sous-préfète du Havre');
    expect(contract).toContain('La maire du Havre');
    expect(contract).toContain('0 bénéficiaire visé');
    expect(contract).not.toMatch(/de Le Havre|à Le Havre|Le sous-préfet|0 bénéficiaires/);
  });

  it('a sous-préfète signing for a préfète: « pour la préfète et par délégation », on page 1 as in the block', async () => {
    const dossier = leHavre();
    dossier.etat.prefet = { civilite: 'Madame', prenom: 'Fabienne', nom: 'Buccio' };
    const contract = await pdfText(dossier, 'contract', '--date', '2025-04-10');
    expect(contract).toContain(
      'L’État, représenté par Madame Anne-Sophie N’Diaye, sous-préfète du Havre, pour la préfète et par délégation, ci-après dénommé « l’État »',
    );
    expect(contract).toContain('Pour la préfète et par délégation, La sous-préfète du Havre');
    expect(contract).not.toContain('pour le préfet et par délégation');
    expect(contract).not.toContain('Pour le préfet et par délégation');
  });

  it('refuses the contract of a sous-préfet without the arrêté de délégation, naming it', async () => {
    const dossier = leHavre();
    dossier.etat.delegation = { numero: '', date: '' };
    const file = path.join(dir, 'no-delegation.json');
    writeFileSync(file, JSON.stringify(dossier));
    const result = await runCli('doc', 'contract', '--dossier', file, '--out', path.join(dir, 'x.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('Le numéro de l’arrêté de délégation de signature au sous-préfet.');
    expect(result.err).toContain('La date de l’arrêté de délégation de signature au sous-préfet.');
  });

  it('the Département de la Loire-Atlantique with a préfète', async () => {
    const dossier = fixture('names-departement.json');
    const contract = await pdfText(dossier, 'contract');
    expect(contract).toContain('PRÉFET DE LA LOIRE-ATLANTIQUE');
    expect(contract).toContain(
      'L’État, représenté par Madame Amélie Moreau, préfète de la Loire-Atlantique, ci-après dénommé « l’État »',
    );
    expect(contract).toContain(
      'Le Département de la Loire-Atlantique, représenté par sa présidente, Madame Isabelle Fontaine, dûment habilitée par délibération n° 2020-200 du 24 juin 2020, ci-après dénommé « la collectivité ».',
    );
    expect(contract).toContain('entre l’État et le Département de la Loire-Atlantique pour l’accueil');
    expect(contract).toContain('sur le territoire de la Loire-Atlantique');
    expect(contract).toContain('Les sommes dues sont versées au Département de la Loire-Atlantique');
    expect(contract).toContain('L’ordonnateur de la dépense est la préfète de la Loire-Atlantique.');
    expect(contract).toContain('le directeur régional des finances publiques des Pays de la Loire');
    expect(contract).toContain('La préfète de la Loire-Atlantique');
    expect(contract).toContain('La présidente du conseil départemental de la Loire-Atlantique');
    // Signed on 3 June 2021: the 2021 finance law, and no text published after that day.
    expect(contract).toContain('Vu la loi n° 2020-1721 du 29 décembre 2020 de finances pour 2021 ;');
    expect(contract).not.toContain('2021-1947');
    expect(contract).not.toMatch(/de le Département|Le Département de la Loire-Atlantique, représentée/);

    const letter = await pdfText(dossier, 'letter');
    expect(letter).toContain('à Madame la Préfète de la Loire-Atlantique');
    expect(letter).toContain('Madame la Préfète,');
    expect(letter).toContain('la volonté du Département de la Loire-Atlantique de s’engager');
    expect(letter).toContain('Le Département de la Loire-Atlantique est prêt à cofinancer');
    expect(letter).toContain('Présidente du conseil départemental de la Loire-Atlantique');
    // Typed in inclusive writing, printed in the form of the élu’s civility.
    expect(letter).toContain('Nicolas Girard, adjoint chargé de la solidarité, élu référent');
  });

  it('the Région Bretagne, with the préfète de région', async () => {
    const dossier = fixture('signatory-region.json');
    const contract = await pdfText(dossier, 'contract');
    expect(contract).toContain('PRÉFET DE LA RÉGION BRETAGNE');
    expect(contract).toContain(
      'L’État, représenté par Madame Amélie Mercier, préfète de la région Bretagne, préfète d’Ille-et-Vilaine, ci-après dénommé « l’État »',
    );
    expect(contract).toContain('La Région Bretagne, représentée par sa présidente, Madame Camille Lambert');
    expect(contract).toContain('sur le territoire de la région Bretagne');
    expect(contract).toContain('Vu la loi n° 2021-1900 du 30 décembre 2021 de finances pour 2022 ;');
    expect(contract).toContain('La préfète de la région Bretagne, préfète d’Ille-et-Vilaine');
    expect(contract).toContain('La présidente du conseil régional de Bretagne');
    expect(contract).toContain('le directeur régional des finances publiques de Bretagne');
    expect(contract).not.toContain('Préfète d’Ille-et-Vilaine Camille');

    const letter = await pdfText(dossier, 'letter');
    expect(letter).toContain('à Madame la Préfète de la région Bretagne, préfète d’Ille-et-Vilaine');
    expect(letter).toContain('la volonté de la Région Bretagne de s’engager');
    expect(letter).toContain('Présidente du conseil régional de Bretagne');
  });

  it('the Eurométropole de Strasbourg, with a présidente, action 15 and its bank details', async () => {
    const contract = await pdfText(strasbourg(), 'contract');
    expect(contract).toContain('PRÉFET DU BAS-RHIN');
    expect(contract).toContain(
      'L’Eurométropole de Strasbourg, représentée par sa présidente, Madame Claire Weber, dûment habilitée',
    );
    expect(contract).toContain('entre l’État et l’Eurométropole de Strasbourg pour l’accueil');
    expect(contract).toContain('sur le territoire de l’Eurométropole de Strasbourg');
    expect(contract).toContain(
      'programme 104 « Intégration et accès à la nationalité française », action 15 « Accompagnement des réfugiés »',
    );
    expect(contract).toContain(
      'Les sommes dues sont versées à l’Eurométropole de Strasbourg (SIREN 246700488, 1 parc de l’Étoile, 67076 Strasbourg), sur le compte IBAN FR76 3000 1007 9412 3456 7890 185, BIC BDFEFRPPCCT.',
    );
    expect(contract).toContain('Pour l’Eurométropole de Strasbourg,');
    expect(contract).toContain('La présidente de l’Eurométropole de Strasbourg');
    expect(contract).toContain('Le préfet du Bas-Rhin');
    expect(contract).not.toMatch(/la Eurométropole|de Eurométropole/);

    const letter = await pdfText(strasbourg(), 'letter');
    expect(letter).toContain('la volonté de l’Eurométropole de Strasbourg de s’engager');
    expect(letter).toContain('L’Eurométropole de Strasbourg est prête à cofinancer');
    expect(letter).toContain('Présidente de l’Eurométropole de Strasbourg');
  });

  it('an EPCI whose official name is abbreviated, written out', async () => {
    const contract = await pdfText(grandDole(), 'contract');
    expect(contract).toContain(
      'La communauté d’agglomération du Grand Dole, représentée par son président, Monsieur Louis Perrin',
    );
    expect(contract).toContain('sur le territoire de la communauté d’agglomération du Grand Dole');
    expect(contract).toContain('Pour la communauté d’agglomération du Grand Dole,');
    expect(contract).toContain('Le président de la communauté d’agglomération du Grand Dole');
    expect(contract).toContain('La communauté d’agglomération du Grand Dole — 2021-2023');
    expect(contract).toContain('PRÉFET DU JURA');
    expect(contract).toContain('La préfète du Jura');
    expect(contract).not.toContain('CA du Grand Dole');

    const letter = await pdfText(grandDole(), 'letter');
    expect(letter).toContain('la volonté de la communauté d’agglomération du Grand Dole de s’engager');
    expect(letter).toContain('Président de la communauté d’agglomération du Grand Dole');
  });

  it('typography: the URL, e-mail address and times as typed; table cells typeset', async () => {
    const dossier = fixture('typography-url-time.json');
    dossier.etat.delegation = { numero: '2023-SG-5', date: '2023-09-01' };
    dossier.actions[0]!.budgets[0]!.cofinanceurs[0]!.nom = "Ville d'Aubervilliers";
    const contract = await pdfText(dossier, 'contract');
    expect(contract).toContain(
      'Inscriptions sur https://www.exemple.fr/inscription?session=2 ; permanence de 14:30 à 16:00 ; écrire à accueil@exemple.fr !',
    );
    expect(contract).not.toMatch(/inscription \?|14 :30|16 :00|https :/);
    expect(contract).toContain('Ville d’Aubervilliers (');
    expect(contract).not.toContain("Ville d'Aubervilliers");
  });
});
