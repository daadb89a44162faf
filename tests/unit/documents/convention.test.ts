// The convention attributive de subvention of a projet territorial (PTAI) through `ctai doc`, read
// back with poppler, checked by qpdf, its DOCX opened by LibreOffice: the visas its legal frame
// requires, the parties, the one year, the amount in figures and words, the payment terms, the
// compte rendu financier's deadline, reversement, litiges, signatures. Expected strings by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConvention } from '../../../shared/documents/build-convention';
import { buildLetter } from '../../../shared/documents/build-letter';
import { documentText } from '../../../shared/documents/document-model';
import { DOCUMENT_SPECS } from '../../../shared/documents/registry';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { aDossier, anAction } from '../helpers/a-dossier';
import { runCli } from '../helpers/run-cli';
import { hasTool } from '../helpers/tools';

const TOOLS = ['soffice', 'qpdf', 'pdftotext'].every(hasTool);
const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A PTAI of Tours for 2025, its convention signed on 10 March 2025 (the 2025 finance law is known). */
function aPtai(amounts: { a: number; b: number } = { a: 30_000_00, b: 4_500_50 }): Dossier {
  const dossier = aDossier().signed('2025-03-10').build();
  dossier.forme = 'ptai';
  dossier.collectivite.deliberation = { numero: '2025-012', date: '2025-02-03' };
  dossier.collectivite.siren = '213702616';
  dossier.collectivite.banque = { iban: 'FR7630001007941234567890185', bic: 'BDFEFRPPCCT' };
  dossier.contrat = { ...dossier.contrat, numero: 'PTAI-37-2025-01', anneeDebut: 2025, duree: 1 };
  dossier.actions = [
    { ...anAction('a', { granted: { 2025: amounts.a } }), intitule: 'Cours de français à visée professionnelle' },
    { ...anAction('b', { granted: { 2025: amounts.b } }), intitule: 'Accès au logement des réfugiés' },
  ];
  return dossier;
}

const createdAt = new Date('2025-03-11T09:00:00Z');

describe('convention attributive de subvention (model)', () => {
  it('cites the décret n° 2001-495 only above 23 000 €', () => {
    const above = buildConvention(aPtai(), { author: 'Agent', createdAt });
    const below = buildConvention(aPtai({ a: 15_000_00, b: 8_000_00 }), { author: 'Agent', createdAt });
    if (!above.ok || !below.ok) throw new Error('not built');
    expect(normalize(documentText(above.model).join(' '))).toContain('Vu le décret n° 2001-495 du 6 juin 2001');
    // 23 000,00 € exactly does not exceed the threshold.
    expect(documentText(below.model).join(' ')).not.toContain('2001-495');
  });

  it('is refused for a contract (CTAI), and the contract is refused for a PTAI, saying what to do', () => {
    const ctai = { ...aPtai(), forme: 'ctai' as const };
    const refused = buildConvention(ctai, { author: 'Agent', createdAt });
    expect(!refused.ok && refused.missing.map((m) => m.message)).toEqual([
      'Une convention attributive de subvention est l’acte d’un projet territorial (PTAI) : ce dossier est un contrat (CTAI), générez le contrat, ou changez la forme du dossier (onglet Synthèse).',
    ]);
    const contract = DOCUMENT_SPECS.contract.build(aPtai(), { author: 'Agent', date: '2025-03-11', createdAt });
    expect(!contract.ok && contract.missing[0]!.message).toMatch(/^Ce dossier est un projet territorial \(PTAI\)/);
  });

  it('asks for one year only, and for the délibération', () => {
    const dossier = aPtai();
    dossier.contrat.duree = 2;
    dossier.collectivite.deliberation = { numero: '', date: '' };
    const missing = DOCUMENT_SPECS.convention.missing(dossier, {}, '2025-03-11').map((m) => m.message);
    expect(missing).toContain('Une durée d’un an : la convention d’un projet territorial porte sur une seule année.');
    expect(missing).toContain('Le numéro de la délibération autorisant la signature.');
  });
});

describe('the letter of intention of a PTAI', () => {
  it('enters the démarche of a projet territorial, prepared for one year', () => {
    const letter = buildLetter(aPtai(), { date: '2024-11-04', author: 'Agent' });
    if (!letter.ok) throw new Error(JSON.stringify(letter.missing));
    const text = normalize(documentText(letter.model).join(' '));
    expect(text).toContain('Objet : Engagement dans la démarche de projet territorial d’accueil et d’intégration');
    expect(text).toContain('dans la démarche de projet territorial d’accueil et d’intégration des réfugiés');
    expect(text).toContain('un projet d’actions pour une année, accompagné de sa demande de subvention');
    expect(text).not.toContain('contrat territorial');
    const contract = buildLetter({ ...aPtai(), forme: 'ctai' }, { date: '2024-11-04', author: 'Agent' });
    expect(contract.ok && normalize(documentText(contract.model).join(' '))).toContain(
      'démarche de contrat territorial d’accueil et d’intégration',
    );
  });
});

describe.skipIf(!TOOLS)('convention attributive de subvention (ctai doc, poppler, qpdf, LibreOffice)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-convention-'));
  const file = path.join(dir, 'dossier.json');
  writeFileSync(file, JSON.stringify(aPtai()));

  async function make(): Promise<{ pdf: string; docx: string }> {
    for (const format of ['pdf', 'docx']) {
      const out = path.join(dir, `convention.${format}`);
      const result = await runCli('doc', 'convention', '--dossier', file, '--format', format, '--out', out);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
    }
    execFileSync('qpdf', ['--check', path.join(dir, 'convention.pdf')]);
    const converted = path.join(dir, 'lo');
    execFileSync(
      'soffice',
      ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', converted, path.join(dir, 'convention.docx')],
      { env: { ...process.env, HOME: dir }, stdio: 'ignore' },
    );
    return {
      pdf: normalize(execFileSync('pdftotext', [path.join(dir, 'convention.pdf'), '-']).toString()),
      docx: normalize(execFileSync('pdftotext', [path.join(converted, 'convention.pdf'), '-']).toString()),
    };
  }

  // LibreOffice's start is slow on a busy machine: the same allowance as the other document tests.
  it('prints a complete French act, the same in the PDF and in the DOCX', { timeout: 120_000 }, async () => {
    const { pdf, docx } = await make();
    const expected = [
      'Convention attributive de subvention',
      'Projet territorial d’accueil et d’intégration — La commune de Tours — 2025',
      'Convention n° PTAI-37-2025-01',
      'L’État, représenté par Madame Anne Préfète, préfète d’Indre-et-Loire, ci-après dénommé « l’État »,',
      'La commune de Tours, représentée par son maire, Monsieur Paul Maire, dûment habilité par délibération n° 2025-012 du 3 février 2025',
      'Vu le code général des collectivités territoriales ;',
      'Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment ses articles 9-1, 10 et 10-1 ;',
      'Vu la loi n° 2025-127 du 14 février 2025 de finances pour 2025 ;',
      'Vu le décret n° 2001-495 du 6 juin 2001',
      'Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;',
      'Vu l’arrêté du 11 octobre 2006 relatif au compte rendu financier',
      'Article 1er — Objet',
      'pour l’année 2025',
      'du 1er janvier au 31 décembre 2025',
      'une subvention d’un montant de trente-quatre mille cinq cents euros et cinquante centimes (34 500,50 €)',
      // Table cells (LibreOffice's PDF reads a table column by column).
      'Cours de français à visée professionnelle',
      '30 000,00 €',
      '4 500,50 €',
      'programme 104 « Intégration et accès à la nationalité française », action 12',
      'à la signature de la convention',
      'à réception du bilan et du compte rendu financier 2025',
      '17 250,25 €',
      'IBAN FR76 3000 1007 9412 3456 7890 185, BIC BDFEFRPPCCT',
      'au plus tard le 30 juin 2026, soit dans les six mois suivant la fin de l’exercice',
      'conforme à l’arrêté du 11 octobre 2006',
      'Contrôle',
      'Contrat d’engagement républicain',
      'Reversement',
      'titre de perception',
      'tribunal administratif territorialement compétent',
      'Fait à Tours, le 10 mars 2025, en deux exemplaires originaux.',
      'Pour l’État,',
      'Anne Préfète',
      'Pour la commune de Tours,',
      'Paul Maire',
    ];
    // pdftotext joins a word cut at its hyphen at the end of a line (« trente-⏎quatre » reads
    // « trentequatre »): hyphens are compared out.
    const unhyphenated = (text: string) => normalize(text).replace(/-\s?/g, '');
    for (const text of expected) {
      expect(unhyphenated(pdf)).toContain(unhyphenated(text));
      expect(unhyphenated(docx)).toContain(unhyphenated(text));
    }
  });
});
