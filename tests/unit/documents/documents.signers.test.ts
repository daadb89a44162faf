// One source of who signs each act: the parties paragraph (« Entre … représenté par »), the visa
// of delegation and the signature blocks name the same people — those recorded at signature once
// the act is signed, the dossier's people before — and the representative's title is printed as
// the office typed. Through `ctai doc` and pdftotext; every expected sentence written by hand.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { cliPdfText, cliRefusal } from '../helpers/cli-pdf-text';
import { demoDossiers } from '../helpers/demo';
import { hasTool } from '../helpers/tools';

/** The commune de Meylan (demo, seed 7): contract signed on 27 December 2023 by Camille Girard, préfète de l’Isère, and Hélène Traoré, maire; avenant 2025 signed by the same. */
function meylan(): Dossier {
  const dossier = demoDossiers({ count: 15, seed: 7 }).find((d) => d.collectivite.nom === 'Meylan');
  if (!dossier) throw new Error('Meylan est absent des dossiers de démonstration (graine 7)');
  return structuredClone(dossier);
}

/** Since the signature, a new préfète and a first deputy as the dossier's representative. */
function meylanAfterChanges(): Dossier {
  const dossier = meylan();
  dossier.collectivite.representant = {
    civilite: 'Monsieur',
    prenom: 'Paul',
    nom: 'Durand',
    titre: 'Premier adjoint au maire',
  };
  dossier.etat.signataire = { civilite: 'Madame', prenom: 'Josiane', nom: 'Chevalier', qualite: 'prefet' };
  return dossier;
}

describe.skipIf(!hasTool('pdftotext'))('who signs each act (ctai doc, pdftotext)', () => {
  it('a signed contract names its recorded signatories in the parties and in the blocks', async () => {
    const { text } = await cliPdfText(meylanAfterChanges(), 'contract');
    expect(text).toContain(
      'L’État, représenté par Madame Camille Girard, préfète de l’Isère, ci-après dénommé « l’État »',
    );
    expect(text).toContain('La commune de Meylan, représentée par sa maire, Madame Hélène Traoré, dûment habilitée');
    expect(text).toContain('Pour l’État, La préfète de l’Isère');
    expect(text).toContain('Pour la commune de Meylan, La maire de Meylan');
    expect(text).toContain('Camille Girard');
    expect(text).toContain('Hélène Traoré');
    expect(text).not.toMatch(/Chevalier|Durand|adjoint/);
  });

  it('a contract signed by delegation keeps its signatory’s role and cites its arrêté, whatever the État tab says since', async () => {
    const dossier = meylan();
    dossier.contrat.signature.signataires = dossier.contrat.signature.signataires.map((s) =>
      s.partie === 'etat'
        ? { partie: 'etat', nom: 'Florence Gouache', qualite: 'Sous-préfète de La Tour-du-Pin', civilite: 'Madame' }
        : s,
    );
    dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Louis', nom: 'Laugier' };
    // Since the signature, she is named préfète in the État tab (same name, another role).
    dossier.etat.signataire = { civilite: 'Madame', prenom: 'Florence', nom: 'Gouache', qualite: 'prefet' };
    dossier.etat.delegation = { numero: '21-087', date: '2021-09-01' };
    const { text } = await cliPdfText(dossier, 'contract');
    expect(text).toContain(
      'L’État, représenté par Madame Florence Gouache, sous-préfète de La Tour-du-Pin, pour le préfet et par délégation, ci-après dénommé « l’État »',
    );
    expect(text).toContain(
      'Vu l’arrêté préfectoral n° 21-087 du 1er septembre 2021 portant délégation de signature à Madame Florence Gouache',
    );
    expect(text).toContain('Pour le préfet et par délégation, La sous-préfète de La Tour-du-Pin');
    // The arrêté taken out of the État tab: refused, rather than « par délégation » with no visa.
    dossier.etat.delegation = { numero: '', date: '' };
    expect(await cliRefusal(dossier, 'contract')).toContain(
      'Le numéro de l’arrêté de délégation sous lequel Florence Gouache a signé par délégation (onglet État) : l’acte le vise.',
    );
  });

  it('a signed contract and avenant cite the délibération and arrêté recorded at their signature, not the tabs’ later ones', async () => {
    const dossier = meylan();
    const sousPrefete = {
      partie: 'etat' as const,
      nom: 'Florence Gouache',
      qualite: 'Sous-préfète de La Tour-du-Pin',
      civilite: 'Madame' as const,
      arrete: { numero: '2023-0412', date: '2023-06-05' },
      delegant: 'Madame' as const,
    };
    dossier.contrat.signature.signataires = dossier.contrat.signature.signataires.map((s) =>
      s.partie === 'etat' ? sousPrefete : s,
    );
    dossier.contrat.signature.deliberation = { numero: 'DEL-2023-118', date: '2023-11-20' };
    dossier.contrat.avenants[0]!.signataires = dossier.contrat.signature.signataires;
    // Since then: a new délibération, a new arrêté and a préfet in the tabs.
    dossier.collectivite.deliberation = { numero: 'DEL-2026-007', date: '2026-02-02' };
    dossier.etat.signataire = { civilite: 'Madame', prenom: 'Florence', nom: 'Gouache', qualite: 'sous-prefet' };
    dossier.etat.sousPrefecture = { nom: 'Sous-préfecture de La Tour-du-Pin', adresse: '' };
    dossier.etat.delegation = { numero: '2026-0001', date: '2026-01-05' };
    dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Louis', nom: 'Laugier' };
    const contract = await cliPdfText(dossier, 'contract');
    expect(contract.text).toContain('Vu la délibération n° DEL-2023-118 du 20 novembre 2023 autorisant la signature');
    expect(contract.text).toContain('dûment habilitée par délibération n° DEL-2023-118 du 20 novembre 2023');
    expect(contract.text).toContain(
      'Vu l’arrêté préfectoral n° 2023-0412 du 5 juin 2023 portant délégation de signature à Madame Florence Gouache',
    );
    expect(contract.text).toContain('Pour la préfète et par délégation, La sous-préfète de La Tour-du-Pin');
    expect(contract.text).not.toMatch(/DEL-2026-007|2026-0001|pour le préfet/i);
    const avenant = await cliPdfText(dossier, 'amendment', '--year', '2025');
    expect(avenant.text).toContain('Vu l’arrêté préfectoral n° 2023-0412 du 5 juin 2023 portant délégation');
    expect(avenant.text).not.toMatch(/2026-0001/);
  });

  it('names as ordonnateur the préfet who signed, or who delegated, not the État tab’s later one', async () => {
    const dossier = meylan();
    dossier.etat.signataire = { civilite: 'Monsieur', prenom: 'Marc', nom: 'Nouveau', qualite: 'prefet' };
    const inPerson = await cliPdfText(dossier, 'contract');
    expect(inPerson.text).toContain('L’ordonnateur de la dépense est la préfète de l’Isère.');
    expect(inPerson.text).toContain('Pour l’État, La préfète de l’Isère');
  });

  it('a signed avenant names its own recorded signatories, not the dossier’s new people', async () => {
    const { text } = await cliPdfText(meylanAfterChanges(), 'amendment', '--year', '2025');
    expect(text).toContain('L’État, représenté par Madame Camille Girard, préfète de l’Isère');
    expect(text).toContain('représentée par sa maire, Madame Hélène Traoré, dûment habilitée par délibération');
    expect(text).toContain('La maire de Meylan');
    expect(text).not.toMatch(/Chevalier|Durand/);
  });

  it('an act not yet signed is signed by the dossier’s people, a deputy in his own office', async () => {
    const dossier = meylanAfterChanges();
    dossier.contrat.signature.signataires = [];
    dossier.contrat.avenants[0]!.signataires = [];
    for (const { text } of [
      await cliPdfText(dossier, 'contract'),
      await cliPdfText(dossier, 'amendment', '--year', '2025'),
    ]) {
      expect(text).toContain('L’État, représenté par Madame Josiane Chevalier, préfète de l’Isère');
      expect(text).toContain(
        'La commune de Meylan, représentée par Monsieur Paul Durand, premier adjoint au maire, dûment habilité par délibération',
      );
      expect(text).toContain('Pour la commune de Meylan, Le premier adjoint au maire');
      expect(text).toContain('Josiane Chevalier Paul Durand');
      expect(text).not.toMatch(/Maire de Meylan|maire de Meylan|Girard|Traoré/);
    }
    // The COPIL's relevé de décisions titles the same people in the same words.
    const copil = await cliPdfText(dossier, 'copil', '--meeting', '2024-10-28');
    expect(copil.text).toContain('Pour l’État, La préfète de l’Isère');
    expect(copil.text).toContain('Pour la commune de Meylan, Le premier adjoint au maire');
    const letter = await cliPdfText(dossier, 'letter');
    expect(letter.text).toContain('Premier adjoint au maire Paul Durand');
  });

  it('a signatory recorded before civilities were kept keeps the article of the title recorded', async () => {
    const dossier = meylanAfterChanges();
    dossier.contrat.signature.signataires = [
      { partie: 'etat', nom: 'Jacques Witkowski', qualite: 'Préfet de l’Isère' },
      { partie: 'collectivite', nom: 'Hélène Traoré', qualite: 'Maire de Meylan', civilite: 'Madame' },
    ];
    const { text } = await cliPdfText(dossier, 'contract');
    expect(text).toContain('L’État, représenté par Monsieur Jacques Witkowski, préfet de l’Isère, ci-après');
    expect(text).toContain('Pour l’État, Le préfet de l’Isère');
    expect(text).toContain('La maire de Meylan');
  });

  it('a title typed as the executive’s office alone is titled in full with the collectivité', async () => {
    const dossier = meylan();
    dossier.contrat.signature.signataires = [];
    dossier.collectivite.representant.titre = 'Maire';
    expect((await cliPdfText(dossier, 'letter')).text).toContain('Maire de Meylan Hélène Traoré');
    dossier.collectivite.representant.titre = '';
    expect((await cliPdfText(dossier, 'contract')).text).toContain('Pour la commune de Meylan, La maire de Meylan');
  });
});
