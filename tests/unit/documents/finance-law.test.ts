// The finance law a contract cites: of its budget year, never later than its signature, never
// left out — entered in Paramètres when the app's table does not know it; and the national
// instruction by its date and NOR.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citesLaterThan } from '../../../shared/documents/build-contract';
import { documentText } from '../../../shared/documents/document-model';
import { financeLawFor, financeLawKey, loiDeFinances } from '../../../shared/documents/finance-laws';
import { buildDocument } from '../../../shared/documents/generate';
import { demoDossiers } from '../helpers/demo';
import { cliPdfText } from '../helpers/cli-pdf-text';
import { runCli } from '../helpers/run-cli';
import { hasTool } from '../helpers/tools';

/** A demo dossier whose contract is complete, moved to start in `annee` and signed on `signature`. */
function contractIn(annee: number, signature: string) {
  const dossier = demoDossiers({ count: 6, seed: 3 }).find(
    (d) => buildDocument({ kind: 'contract', dossier: d, author: 'Test', date: '2024-06-01' }).ok,
  )!;
  const shift = annee - dossier.contrat.anneeDebut!;
  dossier.contrat.anneeDebut = annee;
  for (const action of dossier.actions) for (const budget of action.budgets) budget.annee += shift;
  dossier.contrat.signature.date = signature;
  dossier.collectivite.deliberation.date = `${annee - 1}-11-15`;
  dossier.etat.delegation.date = dossier.etat.delegation.date ? `${annee - 1}-09-01` : '';
  return dossier;
}

const contractText = (dossier: ReturnType<typeof contractIn>, articles?: Record<string, string>) => {
  const built = buildDocument({
    kind: 'contract',
    dossier,
    author: 'Test',
    date: dossier.contrat.signature.date,
    ...(articles ? { articles } : {}),
  });
  // Spaces of any kind as one (the typography puts no-break spaces before « ; »).
  return built.ok
    ? {
        ok: true as const,
        text: documentText(built.model)
          .join('\n')
          .replace(/[\u00a0\u202f]/g, ' '),
      }
    : built;
};

describe('the finance law of the year, never later than the signature', () => {
  it('cites the year’s law once promulgated', () => {
    expect(loiDeFinances(2024, '2024-03-01')).toBe('la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024');
    expect(loiDeFinances(2025, '2025-02-14')).toBe('la loi n° 2025-127 du 14 février 2025 de finances pour 2025');
  });

  it('before a late finance law, the loi spéciale in force at the signature', () => {
    expect(loiDeFinances(2025, '2025-01-20')).toBe(
      'la loi n° 2024-1188 du 20 décembre 2024 spéciale prévue par l’article 45 de la loi organique du 1er août 2001 relative aux lois de finances',
    );
  });

  it('a year the table does not know: a French blocking problem saying what to enter and where', () => {
    const unknown = financeLawFor(2026, '2026-03-01');
    expect(unknown).toEqual({
      ok: false,
      problem: {
        path: 'parametres.loiDeFinances',
        tab: 'contrat',
        message:
          'La loi de finances pour 2026 n’est pas connue de l’application : saisissez son numéro et sa date de promulgation dans Paramètres, rubrique « Références des visas » (par exemple « 2025-1234 » du « 30/12/2025 »), tels que le Journal officiel les donne, puis générez le document.',
      },
    });
    // A law known only after the signature is refused, never cited.
    const later = financeLawFor(2024, '2023-12-01');
    expect(later.ok).toBe(false);
    expect(!later.ok && later.problem.message).toContain(
      'La loi de finances pour 2024 (n° 2023-1322 du 29 décembre 2023) est postérieure à la signature du 1er décembre 2023',
    );
  });

  it('the law entered in Paramètres for its year, over the table', () => {
    const settings = { [financeLawKey(2026, 'numero')]: '2025-1999', [financeLawKey(2026, 'date')]: '2025-12-30' };
    expect(loiDeFinances(2026, '2026-03-01', settings)).toBe(
      'la loi n° 2025-1999 du 30 décembre 2025 de finances pour 2026',
    );
    // Entered, but later than the signature: still refused.
    expect(financeLawFor(2026, '2025-12-15', settings).ok).toBe(false);
  });

  it('a loi spéciale entered in Paramètres beside the year’s law: each act cites the one in force at its signature', () => {
    const settings = {
      [financeLawKey(2026, 'numero', 'speciale')]: '2025-1316',
      [financeLawKey(2026, 'date', 'speciale')]: '2025-12-26',
      [financeLawKey(2026, 'numero')]: '2026-103',
      [financeLawKey(2026, 'date')]: '2026-02-19',
    };
    expect(loiDeFinances(2026, '2026-01-12', settings)).toBe(
      'la loi n° 2025-1316 du 26 décembre 2025 spéciale prévue par l’article 45 de la loi organique du 1er août 2001 relative aux lois de finances',
    );
    expect(loiDeFinances(2026, '2026-03-01', settings)).toBe(
      'la loi n° 2026-103 du 19 février 2026 de finances pour 2026',
    );
    // The year's law alone entered: a January signature before it has no law to rest on.
    const alone = { [financeLawKey(2026, 'numero')]: '2026-103', [financeLawKey(2026, 'date')]: '2026-02-19' };
    expect(financeLawFor(2026, '2026-01-12', alone).ok).toBe(false);
    // Entering 2025's loi spéciale again replaces the table's of that nature, not the finance law.
    const corrected = {
      [financeLawKey(2025, 'numero', 'speciale')]: '2024-1188',
      [financeLawKey(2025, 'date', 'speciale')]: '2024-12-21',
    };
    expect(loiDeFinances(2025, '2025-01-20', corrected)).toContain('la loi n° 2024-1188 du 21 décembre 2024 spéciale');
    expect(loiDeFinances(2025, '2025-03-01', corrected)).toBe(
      'la loi n° 2025-127 du 14 février 2025 de finances pour 2025',
    );
  });

  it('a 2026 contract is refused until its finance law is entered, then cites it', () => {
    const dossier = contractIn(2026, '2026-03-02');
    const refused = contractText(dossier);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.missing.map((m) => m.message)).toEqual([
      expect.stringContaining('La loi de finances pour 2026 n’est pas connue de l’application'),
    ]);
    const made = contractText(dossier, {
      [financeLawKey(2026, 'numero')]: '2025-1999',
      [financeLawKey(2026, 'date')]: '2025-12-30',
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    expect(made.text).toContain('Vu la loi n° 2025-1999 du 30 décembre 2025 de finances pour 2026 ;');
  });

  it('finds a cited text dated after the signature', () => {
    const visa = 'Vu le décret n° 2021-1947 du 31 décembre 2021 pris pour l’application ;';
    expect(citesLaterThan(visa, '2021-06-03')).toBe(true);
    expect(citesLaterThan(visa, '2022-01-01')).toBe(false);
    expect(citesLaterThan('Vu la loi organique n° 2001-692 du 1er août 2001 ;', '2001-08-01')).toBe(false);
  });
});

describe.skipIf(!hasTool('pdftotext'))('ctai doc and the finance law of a year the table does not know', () => {
  it('refuses a 2026 contract in French, saying what to give; prints the law given with --loi-de-finances', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-finance-law-'));
    const file = path.join(dir, 'dossier-2026.json');
    writeFileSync(file, JSON.stringify(contractIn(2026, '2026-03-02')));
    const out = path.join(dir, 'contrat.pdf');
    const refused = await runCli('doc', 'contract', '--dossier', file, '--out', out, '--date', '2026-03-02');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      '- La loi de finances pour 2026 n’est pas connue de l’application : saisissez son numéro et sa date de promulgation dans Paramètres',
    );
    expect(refused.err).toContain(
      'En ligne de commande : --loi-de-finances ANNÉE,NUMÉRO,AAAA-MM-JJ (par exemple --loi-de-finances 2026,2025-1234,2025-12-30), ou --loi-speciale ANNÉE,NUMÉRO,AAAA-MM-JJ pour une loi spéciale.',
    );
    /** `ctai doc contract` of the 2026 dossier with one option more. */
    const contractWith = (...extra: string[]) => runCli('doc', 'contract', '--dossier', file, '--out', out, ...extra);
    const bad = await contractWith('--loi-de-finances', '2025-1999');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--loi-de-finances : 2025-1999 n’est pas de la forme ANNÉE,NUMÉRO,AAAA-MM-JJ');
    const made = await cliPdfText(
      contractIn(2026, '2026-03-02'),
      'contract',
      '--date',
      '2026-03-02',
      '--loi-de-finances',
      '2026,2025-1999,2025-12-30',
    );
    expect(made.err).toBe('');
    expect(made.text).toContain('Vu la loi n° 2025-1999 du 30 décembre 2025 de finances pour 2026 ;');
    // A January signature rests on the loi spéciale given with --loi-speciale; the NOR is printed.
    const early = await cliPdfText(
      contractIn(2026, '2026-01-12'),
      'contract',
      '--loi-de-finances',
      '2026,2026-103,2026-02-19',
      '--loi-speciale',
      '2026,2025-1316,2025-12-26',
      '--instruction-nor',
      'intv1900000j',
    );
    expect(early.err).toBe('');
    expect(early.text).toContain('Vu la loi n° 2025-1316 du 26 décembre 2025 spéciale prévue par l’article 45');
    expect(early.text).not.toContain('2026-103');
    expect(early.text).toContain('(NOR : INTV1900000J)');
    const badNor = await contractWith('--instruction-nor', 'INTV19');
    expect(badNor.code).toBe(2);
    expect(badNor.err).toContain(
      '--instruction-nor : « INTV19 » ne convient pas. Un NOR compte douze caractères : quatre lettres, sept chiffres, une lettre',
    );
    // A law the table knows is never replaced from the command line (a signed act would cite another number).
    const known = await contractWith('--loi-de-finances', '2023,2022-1111,2022-12-01');
    expect(known.code).toBe(2);
    expect(known.err).toContain(
      '--loi-de-finances : la loi de finances pour 2023 est connue de l’application (loi n° 2022-1726 du 30 décembre 2022) ; retirez l’option',
    );
    // A NOR of 2024 for the instruction of 17 January 2019: refused, saying how to cite another instruction.
    const laterNor = await contractWith('--instruction-nor', 'INTV2412345J');
    expect(laterNor.code).toBe(2);
    expect(laterNor.err).toContain(
      'Le NOR INTV2412345J a été attribué en 2024 (ses 5e et 6e caractères) : il ne peut pas être celui d’un texte du 17 janvier 2019 ; vérifiez le NOR ou la date de l’instruction. Donnez aussi --instruction-date AAAA-MM-JJ',
    );
    const another = await cliPdfText(
      contractIn(2026, '2026-03-02'),
      'contract',
      '--loi-de-finances',
      '2026,2025-1999,2025-12-30',
      '--instruction-date',
      '2025-01-08',
      '--instruction-nor',
      'INTV2434567C',
    );
    expect(another.text).toContain('Vu l’instruction du Gouvernement du 8 janvier 2025 (NOR : INTV2434567C)');
  });
});

describe('the national instruction, by its date and NOR', () => {
  it('prints the date of the instruction, and no NOR while none is entered', () => {
    const made = contractText(contractIn(2024, '2024-03-04'));
    if (!made.ok) throw new Error(JSON.stringify(made));
    expect(made.text).toContain(
      'Vu l’instruction du Gouvernement du 17 janvier 2019 relative aux orientations pour l’année 2019 de la politique d’accueil et d’intégration des étrangers en France ;',
    );
    expect(made.text).not.toContain('NOR');
  });

  it('prints the date, NOR and object entered in Paramètres', () => {
    const made = contractText(contractIn(2024, '2024-03-04'), {
      'reference.instructionDate': '2023-05-12',
      'reference.instructionNor': 'intv2312345j',
      'reference.instructionObjet': 'relative aux contrats territoriaux d’accueil et d’intégration',
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    expect(made.text).toContain(
      'Vu l’instruction du Gouvernement du 12 mai 2023 (NOR : INTV2312345J) relative aux contrats territoriaux d’accueil et d’intégration ;',
    );
  });
});
