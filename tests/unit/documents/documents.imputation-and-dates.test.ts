// The budget imputation (programme 104, action 12 or 15, from one table) and the dates of an
// avenant (after the contract, within its credits' year, after its délibération): refusals of
// `ctai doc` naming what to change, and what the act prints when all holds. Sentences by hand.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { cliPdfText, cliRefusal } from '../helpers/cli-pdf-text';
import { demoDossiers } from '../helpers/demo';
import { hasTool } from '../helpers/tools';

/** The commune de Meylan (demo, seed 7): contract signed on 27 December 2023, avenant n° 1 for 2025 signed on 15 February 2025 (délibération of 20 January 2025). */
function meylan(): Dossier {
  const dossier = demoDossiers({ count: 15, seed: 7 }).find((d) => d.collectivite.nom === 'Meylan');
  if (!dossier) throw new Error('Meylan est absent des dossiers de démonstration (graine 7)');
  return structuredClone(dossier);
}

const ACTION_CHOICE =
  'choisissez dans l’onglet État l’action 12 (étrangers primo-arrivants en situation régulière) ou l’action 15 (réfugiés) du programme 104.';

describe.skipIf(!hasTool('pdftotext'))('budget imputation (ctai doc, pdftotext)', () => {
  it('prints action 15 under its own title', async () => {
    const dossier = meylan();
    dossier.etat.action = '15';
    expect((await cliPdfText(dossier, 'contract')).text).toContain(
      'Les crédits sont imputés sur le programme 104 « Intégration et accès à la nationalité française », action 15 « Accompagnement des réfugiés ».',
    );
  });

  it('refuses another programme, another action, or none, saying what to choose', async () => {
    const programme = meylan();
    programme.etat.programme = '303';
    expect(await cliRefusal(programme, 'contract')).toContain(
      'Le programme budgétaire 303 ne finance pas les contrats territoriaux d’accueil et d’intégration : indiquez le programme 104 « Intégration et accès à la nationalité française » dans l’onglet État.',
    );
    const action = meylan();
    action.etat.action = '13';
    expect(await cliRefusal(action, 'contract')).toContain(
      `L’action budgétaire 13 ne finance pas les contrats territoriaux d’accueil et d’intégration : ${ACTION_CHOICE}`,
    );
    action.etat.action = '';
    const refusal = await cliRefusal(action, 'contract');
    expect(refusal).toContain(`L’action budgétaire n’est pas choisie : ${ACTION_CHOICE}`);
    expect(refusal).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(!hasTool('pdftotext'))('dates of an avenant (ctai doc)', () => {
  const avenant = (change: (a: Dossier['contrat']['avenants'][number]) => void) => {
    const dossier = meylan();
    change(dossier.contrat.avenants[0]!);
    return cliRefusal(dossier, 'amendment', '--year', '2025');
  };

  it('refuses an avenant dated before the contract it changes', async () => {
    expect(await avenant((a) => (a.date = '2023-06-01'))).toContain(
      'L’avenant n° 1 (2025) est daté du 1er juin 2023, avant la signature du contrat qu’il modifie (27 décembre 2023) : corrigez l’une des deux dates.',
    );
  });

  it('refuses an avenant whose délibération is dated after it, as the contract is', async () => {
    expect(await avenant((a) => (a.deliberation.date = '2025-03-01'))).toContain(
      'La délibération autorisant la signature de l’avenant n° 1 (2025) est datée du 1er mars 2025, après sa signature (15 février 2025) : corrigez l’une des deux dates.',
    );
    // A contract signed before the délibération was recorded with it cites the Collectivité tab's.
    const contract = meylan();
    delete contract.contrat.signature.deliberation;
    contract.collectivite.deliberation.date = '2024-01-10';
    expect(await cliRefusal(contract, 'contract')).toContain(
      'La délibération autorisant la signature du contrat est datée du 10 janvier 2024, après sa signature (27 décembre 2023) : corrigez l’une des deux dates.',
    );
  });

  it('refuses an avenant for 2025 signed in 2026, and cites the 2025 law when signed in 2025', async () => {
    expect(await avenant((a) => (a.date = '2026-05-01'))).toContain(
      'L’avenant n° 1 (2025) fixe les crédits de 2025 mais est daté du 1er mai 2026 : un avenant financier se signe dans l’année des crédits qu’il fixe (du 1er janvier au 31 décembre 2025) ; corrigez sa date ou son année.',
    );
    const { text } = await cliPdfText(meylan(), 'amendment', '--year', '2025');
    expect(text).toContain('Vu la loi n° 2025-127 du 14 février 2025 de finances pour 2025 ;');
    expect(text).not.toContain('de finances pour 2026');
  });
});
