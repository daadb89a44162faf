import { newBilan } from '../../../../shared/dossier/follow-up';
import { describe, expect, it } from 'vitest';
import { draftAvenant, signAvenant } from '../../../../shared/dossier/avenants';
import {
  actLabel,
  avenantNumber,
  contractYears,
  paymentSchedule,
  paymentsSituation,
  stateCommitment,
  stateCommitments,
} from '../../../../shared/dossier/commitment';
import { aDossier } from '../../helpers/a-dossier';

const base = () =>
  aDossier()
    .withContract(2026, 3)
    .withAction('a', { granted: { 2026: 100_000_00, 2027: 100_000_00, 2028: 90_000_00 } })
    .withAction('b', { granted: { 2026: 34_000_00, 2027: 40_000_00 } })
    .withAction('c', { granted: { 2026: 50_000_00 }, statut: 'ecartee' });

describe('the State’s commitment', () => {
  it('is the sum granted to the retained actions for each year of the contract, as of the contract', () => {
    const dossier = base().build();
    expect(contractYears(dossier)).toEqual([2026, 2027, 2028]);
    expect(stateCommitments(dossier).map((c) => [c.annee, c.total, actLabel(c.act)])).toEqual([
      [2026, 134_000_00, 'contrat'],
      [2027, 140_000_00, 'contrat'],
      [2028, 90_000_00, 'contrat'],
    ]);
    expect(stateCommitment(dossier, 2026).lines.map((l) => l.actionId)).toEqual(['a', 'b']);
  });

  it('is set for a year by its latest signed avenant, and for that year only', () => {
    const dossier = base()
      .signed()
      .withAvenant({
        id: 'v1',
        annee: 2027,
        numero: '1',
        statut: 'signe',
        date: '2027-02-01',
        montants: [
          { actionId: 'a', montant: 120_000_00 },
          { actionId: 'b', montant: 0 },
        ],
      })
      .withAvenant({ id: 'v2', annee: 2028, montants: [{ actionId: 'a', montant: 1 }] })
      .build();
    const y2027 = stateCommitment(dossier, 2027);
    expect(y2027.total).toBe(120_000_00);
    expect(y2027.act).toEqual({ kind: 'avenant', avenantId: 'v1', numero: '1' });
    expect(y2027.lines).toEqual([{ actionId: 'a', intitule: 'Action a', montant: 120_000_00 }]);
    // A draft is no act: 2028 stays as the contract set it; 2026 is never touched.
    expect(stateCommitment(dossier, 2028).total).toBe(90_000_00);
    expect(stateCommitment(dossier, 2026).total).toBe(134_000_00);
    expect(avenantNumber(dossier, dossier.contrat.avenants[1]!)).toBe('2');
  });
});

describe('avenants as acts', () => {
  it('are drafted for a year after the first, numbered at signature without gap or duplicate', () => {
    const signed = base().signed().build();
    const first = draftAvenant(signed, 2026, 'x');
    expect(!first.ok && first.reasons[0]).toMatch(/première année du contrat/);
    expect(draftAvenant(base().build(), 2027, 'x').ok).toBe(false);
    const drafted = draftAvenant(signed, 2027, 'v1');
    if (!drafted.ok) throw new Error(drafted.reasons.join(' '));
    expect(drafted.avenant.montants).toEqual([
      { actionId: 'a', montant: 100_000_00 },
      { actionId: 'b', montant: 40_000_00 },
    ]);
    const undated = signAvenant(drafted.dossier, 'v1', '2027-03-01');
    expect(!undated.ok && undated.reasons).toEqual(['Indiquez la date de signature de l’avenant.']);
    drafted.dossier.contrat.avenants[0]!.date = '2027-02-01';
    drafted.dossier.contrat.avenants[0]!.montants[0]!.montant = 110_000_00;
    const one = signAvenant(drafted.dossier, 'v1', '2027-03-01');
    if (!one.ok) throw new Error(one.reasons.join(' '));
    expect(one.avenant).toMatchObject({ numero: '1', statut: 'signe' });
    expect(one.avenant.signataires.map((s) => s.partie)).toEqual(['etat', 'collectivite']);
    expect(stateCommitment(one.dossier, 2027).total).toBe(150_000_00);
    const second = draftAvenant(one.dossier, 2028, 'v2');
    if (!second.ok) throw new Error(second.reasons.join(' '));
    second.dossier.contrat.avenants[1]!.date = '2028-02-01';
    const two = signAvenant(second.dossier, 'v2', '2028-03-01');
    expect(two.ok && two.avenant.numero).toBe('2');
    const again = signAvenant(two.ok ? two.dossier : second.dossier, 'v2', '2028-03-01');
    expect(!again.ok && again.reasons).toEqual(['L’avenant n° 2 est déjà signé.']);
  });

  it('refuses an avenant dated in the future or granting above an action’s cost', () => {
    const drafted = draftAvenant(base().signed().build(), 2027, 'v1');
    if (!drafted.ok) throw new Error();
    const avenant = drafted.dossier.contrat.avenants[0]!;
    avenant.date = '2027-05-01';
    avenant.montants[0]!.montant = 300_000_00;
    const refused = signAvenant(drafted.dossier, 'v1', '2027-03-01');
    expect(!refused.ok && refused.reasons).toEqual([
      'L’avenant n° 1 (2027) accorde à l’action « Action a » 300\u202f000,00\u00a0€, plus que son coût 2027 (200\u202f000,00\u00a0€).',
      'L’avenant n° 1 (2027) a une date de signature dans le futur (1er mai 2027).',
    ]);
  });
});

describe('payments', () => {
  it('follow each year’s act: advance at its signature, balance on the year’s report, adding up to the act', () => {
    const dossier = base().signed('2026-02-10').build();
    dossier.contrat.tauxAvance = 30;
    const [advance, balance] = paymentSchedule(dossier, stateCommitment(dossier, 2026));
    expect(advance).toEqual({
      nature: 'avance',
      montant: 40_200_00,
      echeance: '2026-02-10',
      condition: 'à la signature du contrat',
    });
    expect(balance).toEqual({
      nature: 'solde',
      montant: 93_800_00,
      echeance: '',
      condition: 'à réception du bilan 2026',
    });
    // A balance never says « à la signature »; once the report is in, it is due on that date.
    dossier.contrat.bilans = [{ ...newBilan(2026), dateReception: '2027-04-02' }];
    expect(paymentSchedule(dossier, stateCommitment(dossier, 2026))[1]!.echeance).toBe('2027-04-02');
    const [advance2027] = paymentSchedule(dossier, stateCommitment(dossier, 2027));
    // No second advance at the contract's signature: a later year's waits for its avenant.
    expect(advance2027).toMatchObject({ echeance: '', condition: 'à la signature de l’avenant 2027' });
  });

  it('rounds the advance to the cent and keeps advance plus balance equal to the total', () => {
    const dossier = aDossier()
      .withContract(2026, 1)
      .withAction('a', { granted: { 2026: 1_000_001 } })
      .build();
    dossier.contrat.tauxAvance = 33;
    const schedule = paymentSchedule(dossier, stateCommitment(dossier, 2026));
    expect(schedule.map((p) => p.montant)).toEqual([330_000, 670_001]);
  });

  it('says what remains to pay per year and in total', () => {
    const dossier = base().signed().build();
    dossier.contrat.versements = [
      {
        id: 'p1',
        annee: 2026,
        nature: 'avance',
        dateVersement: '2026-03-01',
        montantVerse: 67_000_00,
        ej: '2100123456',
      },
      { id: 'p2', annee: 2026, nature: 'solde', dateVersement: '', montantVerse: null, ej: '' },
    ];
    const situation = paymentsSituation(dossier);
    expect(situation.years.map((y) => [y.commitment.annee, y.paid, y.remaining])).toEqual([
      [2026, 67_000_00, 67_000_00],
      [2027, 0, 140_000_00],
      [2028, 0, 90_000_00],
    ]);
    expect([situation.committed, situation.paid, situation.remaining]).toEqual([364_000_00, 67_000_00, 297_000_00]);
  });
});

describe('the advance share', () => {
  it('comes from Paramètres into each new dossier, 50 % unless set, and is refused outside 0–100', async () => {
    const { applyPrefectureDefaults, validatePrefectureDefaults } =
      await import('../../../../shared/dossier/prefecture-defaults');
    const { EMPTY_PREFECTURE_DEFAULTS } = await import('../../../../shared/dossier/prefecture-defaults-empty');
    const fresh = aDossier().build();
    expect(applyPrefectureDefaults(fresh, EMPTY_PREFECTURE_DEFAULTS).contrat.tauxAvance).toBe(50);
    expect(applyPrefectureDefaults(fresh, { ...EMPTY_PREFECTURE_DEFAULTS, tauxAvance: '30' }).contrat.tauxAvance).toBe(
      30,
    );
    const refused = validatePrefectureDefaults({ ...EMPTY_PREFECTURE_DEFAULTS, tauxAvance: '120' });
    expect(!refused.ok && refused.problems[0]!.message).toBe(
      'Part versée en avance (%) doit être un pourcentage entier entre 0 et 100.',
    );
  });
});
