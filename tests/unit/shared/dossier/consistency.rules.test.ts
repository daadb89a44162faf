import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractProblems, dossierProblems, type ProblemCode } from '../../../../shared/dossier/consistency';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { MAX_CENTS } from '../../../../shared/dossier/schema-primitives';
import { validateDossier } from '../../../../shared/dossier/validation';
import { aDossier } from '../../helpers/a-dossier';

const TODAY = '2026-11-29';
const valid = () =>
  aDossier()
    .withContract(2026, 2)
    .withAction('a', { granted: { 2026: 10_000_00, 2027: 10_000_00 } })
    .build();

function codesAfter(change: (dossier: Dossier) => void, check = contractProblems): ProblemCode[] {
  const dossier = valid();
  change(dossier);
  return check(dossier, TODAY).map((p) => p.code);
}

function fixtureCase(name: string): Dossier {
  const result = validateDossier(JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
  return result.value;
}

describe('consistency rules, one broken at a time', () => {
  it('a consistent dossier has no problem', () => {
    expect(contractProblems(valid(), TODAY)).toEqual([]);
  });

  it('each rule has its code and names its field', () => {
    const budget = (d: Dossier) => d.actions[0]!.budgets[0]!;
    expect(
      codesAfter((d) => {
        budget(d).ctaiAccorde = budget(d).ctaiDemande + 1;
        budget(d).cofinanceurs[0]!.montant -= 1;
      }),
    ).toEqual(['granted-above-requested']);
    expect(
      codesAfter((d) => {
        budget(d).ctaiDemande = budget(d).coutTotal + 2;
        budget(d).ctaiAccorde = budget(d).coutTotal + 1;
      }),
    ).toEqual(['requested-above-cost', 'granted-above-cost']);
    expect(codesAfter((d) => (budget(d).cofinanceurs[0]!.montant += 1))).toEqual(['funding-above-cost']);
    expect(codesAfter((d) => (budget(d).annee = 2030))).toEqual(['budget-year-outside-contract']);
    // Each amount within the schema's ceiling, their total beyond it (no act can write it in words).
    expect(
      codesAfter((d) =>
        d.actions[0]!.budgets.forEach((b) => {
          b.coutTotal = MAX_CENTS;
          b.ctaiDemande = MAX_CENTS;
          b.ctaiAccorde = MAX_CENTS;
          b.cofinanceurs = [];
        }),
      ),
    ).toEqual(['totals-above-ceiling']);
    expect(codesAfter((d) => (budget(d).annee = 2027))).toEqual(['budget-year-duplicate']);
    expect(
      codesAfter((d) => {
        d.actions[0]!.dateDebut = '2026-12-31';
        d.actions[0]!.dateFin = '2026-01-01';
      }),
    ).toEqual(['action-dates-inverted']);
    expect(codesAfter((d) => (budget(d).cofinanceurs[0]!.nom = 'Cofinanceur'))).toEqual(['cofunder-unnamed']);
    expect(codesAfter((d) => (budget(d).cofinanceurs[0]!.nom = ' '))).toEqual(['cofunder-unnamed']);
    expect(
      codesAfter((d) => {
        budget(d).cofinanceurs.push({ nom: 'Département', montant: 0 });
      }),
    ).toEqual(['cofunder-zero']);
    expect(
      codesAfter((d) => {
        d.diagnostic.publics = [{ annee: 2025, titresDeSejour: 100, bpi: 101, femmes: 0, enfants: 0, source: '' }];
      }),
    ).toEqual(['public-figures-contradict']);
    expect(codesAfter((d) => (d.contrat.signature.date = '2026-11-30'))).toEqual(['signature-date-future']);
    expect(
      codesAfter((d) => {
        d.contrat.signature.date = '2026-02-10';
        d.collectivite.deliberation.date = '2026-03-01';
      }),
    ).toEqual(['deliberation-after-signature']);
    expect(
      codesAfter((d) => {
        d.contrat.signature.date = '2026-02-10';
        d.etat.signataire.qualite = 'sous-prefet';
        d.etat.delegation = { numero: '2026-SP-4', date: '2026-02-11' };
      }),
    ).toEqual(['delegation-after-signature']);
    expect(codesAfter((d) => (d.actions[0]!.statut = 'proposee'))).toEqual(['action-undecided', 'no-retained-action']);
    expect(
      codesAfter((d) => {
        for (const b of d.actions[0]!.budgets) b.ctaiAccorde = null;
      }),
    ).toEqual(['retained-not-granted']);
  });

  it('payments outside the contract’s years, dated in the future or above the commitment are said, not refused', () => {
    const dossier = valid();
    const payment = (annee: number, date: string, montant: number) => ({
      id: `p${annee}`,
      annee,
      nature: 'avance' as const,
      dateVersement: date,
      montantVerse: montant,
      ej: '',
    });
    dossier.contrat.versements = [payment(2031, '2026-03-01', 1), payment(2026, '2026-12-01', 10_000_01)];
    expect(dossierProblems(dossier, TODAY).map((p) => [p.code, p.path, p.blocking])).toEqual([
      ['payment-year-outside-contract', 'contrat.versements.0.annee', false],
      ['payment-date-future', 'contrat.versements.1.dateVersement', false],
      ['payments-above-commitment', 'contrat.versements', false],
    ]);
  });

  it('a part of the cost left unfunded is a warning, not a refusal', () => {
    const dossier = valid();
    dossier.actions[0]!.budgets[0]!.cofinanceurs[0]!.montant -= 100;
    const [problem] = dossierProblems(dossier, TODAY);
    expect(problem).toMatchObject({ code: 'funding-gap', blocking: false });
  });

  it('says each problem in French, with the field and the tab to fix it in', () => {
    const dossier = valid();
    dossier.actions[0]!.budgets[1]!.ctaiAccorde = 12_000_00;
    expect(contractProblems(dossier, TODAY)).toEqual([
      {
        code: 'granted-above-requested',
        path: 'actions.0.budgets.1.ctaiAccorde',
        tab: 'actions',
        blocking: true,
        message:
          'Pour l’action « Action a », 2027, le montant CTAI accordé (12\u202f000,00\u00a0€) dépasse le montant demandé (10\u202f000,00\u00a0€).',
      },
      {
        code: 'funding-above-cost',
        path: 'actions.0.budgets.1.cofinanceurs',
        tab: 'actions',
        blocking: true,
        message:
          'Pour l’action « Action a », 2027, le CTAI (12\u202f000,00\u00a0€) et les cofinancements (10\u202f000,00\u00a0€) dépassent le coût total (20\u202f000,00\u00a0€) de 2\u202f000,00\u00a0€.',
      },
    ]);
  });
});

describe('the cases that failed (shared/cases)', () => {
  it('CTAI above cost, an action still proposed and inverted dates: each named with its field', () => {
    const problems = contractProblems(fixtureCase('money-above-cost-and-inverted-dates'), TODAY).filter(
      (p) => p.blocking,
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['action-dates-inverted', 'actions.0.dateFin'],
      ['requested-above-cost', 'actions.0.budgets.0.ctaiDemande'],
      ['granted-above-cost', 'actions.0.budgets.0.ctaiAccorde'],
      ['action-dates-inverted', 'actions.1.dateFin'],
      ['action-undecided', 'actions.1.statut'],
    ]);
    expect(problems[4]!.message).toBe(
      'L’action « Permis de conduire solidaire » est encore « proposée » : retenez-la ou écartez-la avant le contrat.',
    );
  });

  it('a one-year contract committing a year outside its duration', () => {
    const problems = contractProblems(fixtureCase('money-year-outside-contract'), TODAY);
    expect(problems.filter((p) => p.blocking).map((p) => p.message)).toEqual([
      'Pour l’action « Plateforme d’accès au logement des réfugiés », le budget 2028 est hors de la durée du contrat (2026) : changez son année ou la durée du contrat.',
    ]);
    // Without its IBAN, the contract refers to the RIB of the first payment request: worth a look only.
    expect(problems.filter((p) => !p.blocking).map((p) => p.code)).toEqual(['payee-bank-missing']);
  });

  it('refuses a délibération or an arrêté de délégation dated after today', () => {
    const dossier = aDossier()
      .withContract(2026, 1)
      .withAction('a', { granted: { 2026: 10_000_00 } })
      .build();
    dossier.collectivite.deliberation = { numero: '2027-1', date: '2027-03-01' };
    dossier.etat.signataire = { civilite: 'Madame', prenom: 'Léa', nom: 'Roux', qualite: 'sous-prefet' };
    dossier.etat.delegation = { numero: 'DS-9', date: '2027-03-02' };
    const found = dossierProblems(dossier, '2026-11-30').filter((p) => p.code.endsWith('-date-future'));
    expect(found.map((p) => [p.code, p.blocking, p.message])).toEqual([
      [
        'deliberation-date-future',
        true,
        'La délibération autorisant la signature du contrat est datée du 1er mars 2027, dans le futur : indiquez la date à laquelle elle a été adoptée.',
      ],
      [
        'delegation-date-future',
        true,
        'L’arrêté de délégation de signature est daté du 2 mars 2027, dans le futur : indiquez la date à laquelle il a été pris.',
      ],
    ]);
  });

  it('flags a sous-préfet signing for a département or a région, and an IBAN without its BIC', () => {
    const dossier = aDossier().build();
    dossier.collectivite.type = 'region';
    dossier.etat.signataire.qualite = 'sous-prefet';
    dossier.collectivite.banque = { iban: 'FR7630001007941234567890185', bic: '' };
    dossier.workflow.etape = 'proposition';
    const codes = dossierProblems(dossier, TODAY).map((p) => `${p.code}:${p.path}:${p.blocking}`);
    expect(codes).toContain('sous-prefet-for-departement-or-region:etat.signataire.qualite:false');
    expect(codes).toContain('payee-bank-missing:collectivite.banque.bic:false');
    dossier.collectivite.type = 'commune';
    expect(dossierProblems(dossier, TODAY).map((p) => p.code)).not.toContain('sous-prefet-for-departement-or-region');
  });

  it('a contract without the payee’s SIREN or IBAN is lawful but flagged, from the proposal on', () => {
    const dossier = fixtureCase('names-le-havre-sous-prefete');
    const codes = (d: typeof dossier) => dossierProblems(d, TODAY).map((p) => `${p.code}:${p.blocking}`);
    expect(codes(dossier)).toEqual(expect.arrayContaining(['payee-siren-missing:false', 'payee-bank-missing:false']));
    dossier.collectivite.siren = '217603513';
    dossier.collectivite.banque = { iban: 'FR7630001007941234567890185', bic: 'BDFEFRPPCCT' };
    expect(codes(dossier).filter((code) => code.startsWith('payee-'))).toEqual([]);
    // Before the proposal, the collectivité's bank details are nobody's concern yet.
    const early = fixtureCase('names-le-havre-sous-prefete');
    early.workflow.etape = 'echange';
    expect(codes(early).filter((code) => code.startsWith('payee-'))).toEqual([]);
  });
});

describe('the signing sous-préfecture and the collectivité’s arrondissement', () => {
  const signedFrom = (sousPrefecture: string) => {
    const dossier = valid();
    dossier.etat.signataire.qualite = 'sous-prefet';
    dossier.collectivite.arrondissement = 'Le Havre';
    dossier.etat.sousPrefecture.nom = sousPrefecture;
    return dossierProblems(dossier, TODAY).filter((p) => p.code === 'sous-prefecture-other-arrondissement');
  };

  it('says, without refusing, when the sous-préfet of another arrondissement would sign', () => {
    expect(signedFrom('Sous-préfecture de Dieppe')).toEqual([
      {
        code: 'sous-prefecture-other-arrondissement',
        path: 'etat.sousPrefecture.nom',
        tab: 'etat',
        message:
          'Le contrat serait signé par le sous-préfet de Dieppe, mais la collectivité est dans l’arrondissement du Havre : vérifiez la sous-préfecture, sauf si l’arrêté de délégation couvre cet arrondissement.',
        blocking: false,
      },
    ]);
  });

  it('is silent for the arrondissement’s own sous-préfecture, however it is typed, or when none is typed', () => {
    expect(signedFrom('Sous-préfecture du Havre')).toEqual([]);
    expect(signedFrom('Le Havre')).toEqual([]);
    expect(signedFrom('')).toEqual([]);
  });
});
