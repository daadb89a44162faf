// The two forms of a dossier: each form's steps and rules, the form changed before signature
// (who, when, why) and refused after it, and a PTAI whose convention is signed becoming a CTAI.
import { describe, expect, it } from 'vitest';
import { withFieldDefaults } from '../../../../shared/dossier/dossier-defaults';
import { fieldLabel } from '../../../../shared/dossier/field-labels';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { dueItems } from '../../../../shared/dossier/follow-up';
import {
  isContractSigned,
  PTAI_FROZEN_MESSAGE,
  signedFundingProblems,
} from '../../../../shared/dossier/signed-contract';
import { actLabel, stateCommitment, stateCommitments } from '../../../../shared/dossier/commitment';
import { validateDossier } from '../../../../shared/dossier/validation';
import {
  advance,
  changeForme,
  convertToCtai,
  eventFormes,
  goBack,
  missingForSignature,
  missingForStep,
  nextAction,
  type WorkflowResult,
} from '../../../../shared/dossier/workflow';
import { dossierProblems } from '../../../../shared/dossier/consistency';
import { formeStepLabel, stepsOf } from '../../../../shared/dossier/workflow-steps';
import { aDossier, anAction } from '../../helpers/a-dossier';

function unwrap(result: WorkflowResult): Dossier {
  if (!result.ok) throw new Error(result.reasons.join(' '));
  return result.dossier;
}

/** A PTAI of Tours at « Échange », with one action on an axis other than housing. */
function aPtai(): Dossier {
  const dossier = aDossier().build();
  dossier.forme = 'ptai';
  dossier.contrat = { ...dossier.contrat, numero: 'PTAI-37-2026-01', anneeDebut: 2026, duree: 1 };
  dossier.actions = [{ ...anAction('a1', { granted: { 2026: 30_000_00 } }), axes: ['francais'] }];
  dossier.workflow = {
    ...dossier.workflow,
    etape: 'echange',
    dates: { 'lettre-intention': '2025-10-01', echange: '2025-10-15' },
  };
  return dossier;
}

/** The same PTAI with its convention signed on 10 February 2026 at Tours. */
function aSignedPtai(): Dossier {
  let dossier = unwrap(advance(aPtai(), 'proposition', '2025-12-01', 'Agent', { today: '2026-03-01' }));
  dossier.contrat.signature = { ...dossier.contrat.signature, lieu: 'Tours', date: '2026-02-10' };
  dossier = unwrap(advance(dossier, 'signature', '2026-02-10', 'Agent', { today: '2026-03-01' }));
  return dossier;
}

describe('the forms of a dossier', () => {
  it('reads a dossier written before the form as a contract (CTAI)', () => {
    const { forme: _forme, ...old } = aDossier().build();
    const { conventionPtai: _kept, ...contrat } = old.contrat;
    const before = { ...old, contrat } as unknown as Dossier;
    expect(withFieldDefaults(before).forme).toBe('ctai');
    expect(withFieldDefaults(before).contrat.conventionPtai).toBeNull();
    const validated = validateDossier(before);
    expect(validated.ok && validated.value.forme).toBe('ctai');
  });

  it('gives a PTAI the shorter steps, named as a projet territorial names them', () => {
    expect(stepsOf('ptai')).toEqual(['lettre-intention', 'echange', 'proposition', 'signature', 'suivi', 'cloture']);
    expect(stepsOf('ctai')).toContain('diagnostic');
    expect(formeStepLabel('ptai', 'signature')).toBe('Décision et convention de subvention');
    expect(formeStepLabel('ctai', 'signature')).toBe('Validation et signature');
  });

  it('takes a PTAI from the exchange to its project, without a shared diagnosis nor a housing action', () => {
    const dossier = aPtai();
    expect(advance(dossier, 'diagnostic', '2025-12-01', 'Agent')).toEqual({
      ok: false,
      reasons: ['Les étapes se franchissent dans l’ordre : la prochaine est « Projet et demande de subvention ».'],
    });
    const project = unwrap(advance(dossier, 'proposition', '2025-12-01', 'Agent', { today: '2026-03-01' }));
    expect(project.workflow.etape).toBe('proposition');
    // The same actions in a contract lack the compulsory housing axis (and its diagnosis).
    const contract = { ...aPtai(), forme: 'ctai' as const };
    expect(advance(contract, 'diagnostic', '2025-12-01', 'Agent').ok).toBe(false);
    expect(missingForStep(contract, 'proposition', { today: '2026-03-01' })).toContain(
      'Le contrat doit comporter au moins une action de l’axe « Logement et hébergement », obligatoire.',
    );
    expect(nextAction(dossier, '2026-03-01')).toBe('Passer à l’étape « Projet et demande de subvention ».');
  });

  it('signs a PTAI’s convention for one year only, naming the convention', () => {
    const dossier = unwrap(advance(aPtai(), 'proposition', '2025-12-01', 'Agent', { today: '2026-03-01' }));
    dossier.contrat.duree = 2;
    dossier.contrat.numero = '';
    expect(missingForSignature(dossier)).toEqual([
      'Indiquez le numéro de la convention (onglet Contrat).',
      'Un projet territorial est financé pour un an : indiquez une durée de 1 an (onglet Contrat), ou passez le dossier en contrat (CTAI).',
      'Indiquez le lieu de signature de la convention (onglet Contrat).',
      'Indiquez la date de signature de la convention (onglet Contrat).',
    ]);
    const signed = aSignedPtai();
    expect(signed.workflow.etape).toBe('signature');
  });

  it('keeps a signed convention’s amount, saying what to do without speaking of an avenant', () => {
    const signed = aSignedPtai();
    const changed = structuredClone(signed);
    changed.actions[0]!.budgets[0]!.ctaiAccorde = 10_000_00;
    expect(signedFundingProblems(signed, changed).map((p) => p.message)).toEqual([PTAI_FROZEN_MESSAGE]);
    expect(PTAI_FROZEN_MESSAGE).not.toContain('avenant');
  });

  it('follows a PTAI with its one report and financial statement, and no steering committee', () => {
    const dossier = unwrap(advance(aSignedPtai(), 'suivi', '2026-02-11', 'Agent'));
    const due = dueItems(dossier, '2027-07-01').map((item) => item.kind);
    expect(due).toEqual(['bilan', 'compte-rendu-financier']);
    const contract = { ...dossier, forme: 'ctai' as const };
    expect(dueItems(contract, '2027-07-01').map((item) => item.kind)).toContain('copil');
    expect(nextAction(dossier, '2026-03-01')).toBe('Recevoir les bilans annuels et le bilan financier.');
  });

  it('changes the form before signature, recording who, when and why', () => {
    const contract = aDossier().build();
    contract.workflow = {
      ...contract.workflow,
      etape: 'diagnostic',
      dates: { 'lettre-intention': '2025-10-01', echange: '2025-10-15', diagnostic: '2025-11-01' },
    };
    expect(changeForme(contract, 'ptai', '2025-11-20', '  ', 'Agent')).toEqual({
      ok: false,
      reasons: ['Indiquez le motif du changement de forme.'],
      input: 'motif',
    });
    const ptai = unwrap(changeForme(contract, 'ptai', '2025-11-20', 'Commune de petite taille', 'Claire Agent'));
    expect(ptai.forme).toBe('ptai');
    // A projet territorial has no shared diagnosis: it stands at the exchange, for one year.
    expect(ptai.workflow.etape).toBe('echange');
    expect(ptai.workflow.dates).toEqual({ 'lettre-intention': '2025-10-01', echange: '2025-10-15' });
    expect(ptai.contrat.duree).toBe(1);
    expect(ptai.workflow.evenements.at(-1)).toEqual({
      date: '2025-11-20',
      type: 'changement-forme',
      etape: 'echange',
      motif: 'Commune de petite taille — Contrat (CTAI) devenu projet territorial (PTAI)',
      auteur: 'Claire Agent',
    });
    // A duration typed for the contract is replaced by the project's one year, and said so.
    const threeYears = unwrap(
      changeForme({ ...contract, contrat: { ...contract.contrat, duree: 3 } }, 'ptai', '2025-11-20', 'Petit', 'A'),
    );
    expect(threeYears.contrat.duree).toBe(1);
    expect(threeYears.workflow.evenements.at(-1)?.motif).toBe(
      'Petit — Contrat (CTAI) devenu projet territorial (PTAI) ; durée de 3 ans ramenée à 1 an',
    );
    const back = unwrap(changeForme(ptai, 'ctai', '2025-11-21', 'Finalement un contrat', 'Claire Agent'));
    expect(back.forme).toBe('ctai');
    expect(back.workflow.evenements).toHaveLength(2);
  });

  it('refuses to change the form once signed, in French, pointing to the way that exists', () => {
    const contract = aDossier().withContract(2026, 3).signed().build();
    const refusal = changeForme(contract, 'ptai', '2026-03-01', 'Erreur', 'Agent');
    expect(refusal).toEqual({
      ok: false,
      reasons: [
        'Le contrat est signé : sa forme ne change plus. Pour revenir avant la signature, utilisez « Annuler la signature » en indiquant le motif.',
      ],
    });
    expect(changeForme(aSignedPtai(), 'ctai', '2026-03-01', 'Erreur', 'Agent')).toEqual({
      ok: false,
      reasons: [
        'La convention du projet territorial est signée : sa forme ne change plus. Pour en faire un contrat, utilisez « Transformer en contrat (CTAI) » en indiquant le motif.',
      ],
    });
  });

  it('turns a PTAI whose convention is signed into a CTAI, keeping its history and its convention', () => {
    expect(convertToCtai(aPtai(), '2026-03-01', 'Motif', 'Agent').ok).toBe(false);
    const ptai = aSignedPtai();
    expect(convertToCtai(ptai, '2026-10-01', '', 'Agent')).toEqual({
      ok: false,
      reasons: ['Indiquez le motif de la transformation en contrat.'],
      input: 'motif',
    });
    const ctai = unwrap(convertToCtai(ptai, '2026-10-01', 'Engagement pluriannuel', 'Claire Agent'));
    expect(ctai.forme).toBe('ctai');
    expect(ctai.contrat.conventionPtai).toEqual({
      numero: 'PTAI-37-2026-01',
      annee: 2026,
      date: '2026-02-10',
      lieu: 'Tours',
      montant: 30_000_00,
    });
    // History kept: every earlier event, the letter's and exchange's dates, the actions as granted.
    expect(ctai.workflow.evenements.slice(0, ptai.workflow.evenements.length)).toEqual(ptai.workflow.evenements);
    const event = ctai.workflow.evenements.at(-1)!;
    expect(event.type).toBe('changement-forme');
    expect(event.auteur).toBe('Claire Agent');
    expect(event.motif).toContain('Engagement pluriannuel');
    expect(event.motif).toContain('convention attributive de subvention n° PTAI-37-2026-01 pour 2026');
    expect(ctai.workflow.etape).toBe('echange');
    expect(ctai.workflow.dates).toEqual({ 'lettre-intention': '2025-10-01', echange: '2025-10-15' });
    expect(ctai.actions).toEqual(ptai.actions);
    // The contract starts after the convention's year, its own terms to come.
    expect(ctai.contrat).toMatchObject({ numero: '', anneeDebut: 2027, duree: null });
    expect(ctai.contrat.signature.date).toBe('');
    // Leaving the signed convention this way is no silent change of a signed act.
    expect(signedFundingProblems(ptai, ctai)).toEqual([]);
    // The convention's year reads as the convention's act, not the contract's, before the contract's years.
    expect(stateCommitment(ctai, 2026)).toMatchObject({
      act: { kind: 'convention-ptai' },
      signedOn: '2026-02-10',
      total: 30_000_00,
    });
    expect(
      stateCommitments({ ...ctai, contrat: { ...ctai.contrat, duree: 2 } }).map((c) => [c.annee, actLabel(c.act)]),
    ).toEqual([
      [2026, 'convention du projet territorial'],
      [2027, 'contrat'],
      [2028, 'contrat'],
    ]);
    // Whatever dates of the contract's later steps the PTAI carried (a diagnosis made before it
    // chose its form), the contract starts again after the exchange, unsigned.
    const withDiagnosis = {
      ...ptai,
      workflow: { ...ptai.workflow, dates: { ...ptai.workflow.dates, diagnostic: '2025-11-01' } },
    };
    const restarted = unwrap(convertToCtai(withDiagnosis, '2026-10-01', 'Motif', 'Agent'));
    expect(restarted.workflow.etape).toBe('echange');
    expect(isContractSigned(restarted)).toBe(false);
    // The convention's year is not a budget year outside the contract to come.
    ctai.contrat.duree = 3;
    expect(dossierProblems(ctai, '2026-10-01').map((p) => p.code)).not.toContain('budget-year-outside-contract');
    // The contract's steps resume with the shared diagnosis.
    expect(nextAction({ ...ctai, diagnostic: { ...ctai.diagnostic, publics: [] } }, '2026-10-02')).toBe(
      'Ajoutez au moins une année de chiffres sur le public au diagnostic.',
    );
    expect(goBack(ctai, 'lettre-intention', '2026-10-02', 'Correction', 'Agent').ok).toBe(true);
    // Its fields are named in the history.
    expect(fieldLabel(['forme'])).toBe('Forme du dossier');
    expect(fieldLabel(['contrat', 'conventionPtai', 'montant'])).toBe('Montant de la convention du projet territorial');
    // The journal names each step as the form then named it.
    expect(eventFormes(ctai)).toEqual(['ptai', 'ptai', 'ctai']);
    expect(convertToCtai(ctai, '2026-10-02', 'Encore', 'Agent')).toEqual({
      ok: false,
      reasons: ['Le dossier est déjà un contrat (CTAI).'],
    });
  });
});
