import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDossier } from '../../../shared/dossier/validation';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import { demoDossiers } from '../helpers/demo';

const [base] = demoDossiers({ count: 7 }).filter((d) => d.workflow.etape === 'suivi');
// List items are named as the agent typed them, by their position when nothing names them.
const action = `action « ${base!.actions[0]!.intitule} »`;
const annee = `année « ${base!.actions[0]!.budgets[0]!.annee} »`;

function problemsAfter(
  change: (dossier: ReturnType<typeof structuredClone<NonNullable<typeof base>>>) => void,
): string[] {
  const dossier = structuredClone(base!);
  change(dossier);
  const result = validateDossier(dossier);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
}

describe('dossier validation, field by field, in French', () => {
  it('accepts a complete demo dossier', () => {
    expect(validateDossier(base).ok).toBe(true);
  });

  it('collectivité', () => {
    expect(problemsAfter((d) => (d.collectivite.nom = ' '))).toEqual(['Nom de la collectivité est obligatoire.']);
    expect(problemsAfter((d) => (d.collectivite.codeInsee = 'ABCDE'))).toEqual([
      'Code INSEE doit comporter 5 caractères (par exemple 38185 ou 2A004).',
    ]);
    expect(problemsAfter((d) => (d.collectivite.siren = '12345'))).toEqual([
      'SIREN de la collectivité doit comporter 9 chiffres.',
    ]);
    expect(problemsAfter((d) => ((d.collectivite as { type: string }).type = 'canton'))).toEqual([
      'Type de collectivité doit valoir « Commune », « Communauté de communes », « Communauté d’agglomération », « Communauté urbaine », « Métropole », « Département » ou « Région ».',
    ]);
    expect(problemsAfter((d) => (d.collectivite.population = -3))).toEqual(['Population ne peut pas être négatif.']);
    expect(problemsAfter((d) => (d.collectivite.chefDeProjet.email = 'pas-une-adresse'))).toEqual([
      'Adresse électronique du chef de projet doit être une adresse électronique valide.',
    ]);
    expect(problemsAfter((d) => (d.collectivite.deliberation.date = '2026-02-30'))).toEqual([
      'Date de la délibération n’est pas une date du calendrier.',
    ]);
    expect(
      problemsAfter((d) => ((d.collectivite.representant as { civilite: string }).civilite = 'Mademoiselle')),
    ).toEqual(['Civilité du représentant de la collectivité doit valoir « Madame » ou « Monsieur ».']);
    expect(problemsAfter((d) => (d.collectivite.banque.iban = 'FR76 3000 1000 6400 0000 0000 C13'))).toEqual([
      'IBAN de la collectivité a une clé de contrôle fausse : vérifiez les chiffres.',
    ]);
  });

  it('État', () => {
    expect(problemsAfter((d) => (d.etat.referent.telephone = '12'))).toEqual([
      'Téléphone de l’agent référent doit être un numéro français à 10 chiffres.',
    ]);
    expect(problemsAfter((d) => (d.etat.prefecture.departementCode = '999'))).toEqual([
      'Code du département de la préfecture doit être un code de département (par exemple 38, 2A ou 974).',
    ]);
  });

  it('diagnostic', () => {
    expect(problemsAfter((d) => (d.diagnostic.publics[0]!.bpi = 1.5))).toEqual([
      'Bénéficiaires de la protection internationale (ligne « 2019 ») doit être un nombre entier.',
    ]);
    expect(problemsAfter((d) => (d.diagnostic.publics[0]!.annee = 1990))).toEqual([
      'Année des chiffres (ligne « 1990 ») ne peut pas précéder 2019.',
    ]);
  });

  it('actions and budgets', () => {
    expect(problemsAfter((d) => (d.actions[0]!.intitule = ''))).toEqual([
      'Intitulé de l’action (action 1) est obligatoire.',
    ]);
    expect(problemsAfter((d) => (d.actions[0]!.axes = []))).toEqual([
      `Axes de l’action (${action}) ne doit pas être vide.`,
    ]);
    expect(problemsAfter((d) => (d.actions[0]!.porteur.siret = '123'))).toEqual([
      `SIRET du porteur (${action}) doit comporter 14 chiffres.`,
    ]);
    expect(problemsAfter((d) => (d.actions[0]!.porteur.rna = 'X123'))).toEqual([
      `Numéro RNA du porteur (${action}) doit commencer par W suivi de 9 chiffres.`,
    ]);
    expect(problemsAfter((d) => (d.actions[0]!.budgets[0]!.coutTotal = -100))).toEqual([
      `Coût total (${action}, ${annee}) ne peut pas être négatif.`,
    ]);
    expect(problemsAfter((d) => (d.actions[0]!.budgets[0]!.ctaiDemande = 10.5))).toEqual([
      `Montant CTAI demandé (${action}, ${annee}) doit être un nombre entier.`,
    ]);
    // Amounts are held in cents and their ceiling said in euros.
    expect(problemsAfter((d) => (d.actions[0]!.budgets[0]!.coutTotal = 10_000_000_000_001))).toEqual([
      `Coût total (${action}, ${annee}) ne doit pas dépasser 100\u202f000\u202f000\u202f000,00\u00a0€.`,
    ]);
    // Lengths with their thousands, as every count the app shows.
    expect(problemsAfter((d) => (d.actions[0]!.objectifs = 'x'.repeat(20_001)))).toEqual([
      `Objectifs (${action}) ne doit pas dépasser 20\u202f000 caractères.`,
    ]);
    expect(problemsAfter((d) => ((d.actions[0]!.statut as string) = 'validee'))).toEqual([
      `Statut de l’action (${action}) doit valoir « Proposée », « Retenue », « Écartée », « En cours » ou « Terminée ».`,
    ]);
  });

  it('contract, payments and signature', () => {
    expect(problemsAfter((d) => (d.contrat.versements[0]!.montantVerse = -1))).toEqual([
      'Montant versé (versement « 2021 ») ne peut pas être négatif.',
    ]);
    expect(problemsAfter((d) => (d.contrat.signature.date = '25/01/2026'))).toEqual([
      'Date de signature du contrat doit être une date complète et qui existe (jour, mois et année, par exemple 15/03/2026).',
    ]);
    expect(problemsAfter((d) => (d.contrat.signature.signataires[0]!.nom = ''))).toEqual([
      'Nom du signataire (signataire 1) est obligatoire.',
    ]);
    expect(problemsAfter((d) => (d.contrat.duree = 0))).toEqual(['Durée du contrat doit valoir au moins 1.']);
  });

  it('workflow', () => {
    expect(problemsAfter((d) => ((d.workflow.statut as string) = 'ferme'))).toEqual([
      'Statut du dossier doit valoir « Actif », « Suspendu » ou « Abandonné ».',
    ]);
    expect(problemsAfter((d) => (d.workflow.dates.echange = 'hier'))).toEqual([
      'Date de l’étape « Échange avec la préfecture » doit être une date complète et qui existe (jour, mois et année, par exemple 15/03/2026).',
    ]);
  });

  it('gives a validated dossier back unchanged when validating it again (the history proof relies on it)', () => {
    const raw = structuredClone(base!) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fields of any kind are set here.
    raw.collectivite.nom = `  Saint-Flour\u0007\uFFFE `;
    raw.collectivite.banque = { iban: 'fr76 3000 6000 0112 3456 7890 189', bic: 'agrifrpp' };
    raw.actions[0].description = 'Premier paragraphe\fsecond\vligne';
    raw.actions[0].champDUneVersionFuture = { gardé: ['tel quel'] };
    raw.champDUneVersionFuture = 'gardé';
    delete raw.numero;
    delete raw.suppressions;
    // A dossier of format 1 too, brought to the current format on the way.
    const dump = JSON.parse(readFileSync('tests/fixtures/format-1/database-schema2.json', 'utf8')) as {
      tables: { dossierViews: { view: unknown }[] };
    };
    for (const input of [raw, dump.tables.dossierViews[0]!.view]) {
      const once = validateDossier(input);
      if (!once.ok) throw new Error(once.problems[0]?.message);
      expect(once.value).not.toEqual(input);
      expect(validateDossier(once.value)).toEqual({ ok: true, value: once.value });
    }
  });

  it('refuses what is not a dossier at all', () => {
    const result = validateDossier({ formatVersion: 0 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toBe('Version du format doit valoir « 2 ».');
  });

  it('refuses a dossier of a newer format version, saying to install the newer application', () => {
    const result = validateDossier({
      ...emptyDossier({ nom: 'Tours', type: 'commune' }, 'd1', new Date()),
      formatVersion: 3,
    });
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'Ce dossier est au format 3, qu’une version plus récente de Contrats CTAI a écrit ; cette version lit les formats 1 à 2. Installez la dernière version de Contrats CTAI pour l’ouvrir.',
    ]);
  });
});
