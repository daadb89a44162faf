import { newBilan } from '../../../shared/dossier/follow-up';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import {
  abandon,
  advance,
  cancelSignature,
  goBack,
  missingForSignature,
  nextAction,
  resume,
  suspend,
} from '../../../shared/dossier/workflow';
import { contractYears } from '../../../shared/dossier/commitment';
import { demoDossiers } from '../helpers/demo';

function unwrap(result: ReturnType<typeof advance>): Dossier {
  if (!result.ok) throw new Error(result.reasons.join(' '));
  return result.dossier;
}

function fresh(): Dossier {
  return emptyDossier({ nom: 'Le Havre', type: 'commune' }, 'd1', new Date('2026-01-05T10:00:00Z'));
}

describe('workflow', () => {
  it('refuses a step whose conditions do not hold, saying why', () => {
    const result = advance(fresh(), 'lettre-intention', '2026-01-10', 'Agent');
    expect(!result.ok && result.reasons).toEqual([
      'Indiquez le représentant de la collectivité (onglet Collectivité).',
      'Générez la lettre d’intention (onglet Documents) ou indiquez la date à laquelle elle a été reçue (« Lettre d’intention reçue le », plus haut dans cet onglet).',
    ]);
    expect(!result.ok && result.links).toEqual({
      'Indiquez le représentant de la collectivité (onglet Collectivité).': {
        tab: 'collectivite',
        path: 'collectivite.representant.nom',
      },
    });
  });

  it('reaches the steps in order, keeping each date and event', () => {
    let dossier = fresh();
    dossier.collectivite.representant = { civilite: 'Madame', prenom: 'Édith', nom: 'Martin', titre: 'Maire' };
    // The letter generated counts as well as its date of receipt.
    dossier = unwrap(advance(dossier, 'lettre-intention', '2026-01-10', 'Agent', { documentKinds: ['letter'] }));
    expect(advance(dossier, 'diagnostic', '2026-02-01', 'Agent')).toEqual({
      ok: false,
      reasons: ['Les étapes se franchissent dans l’ordre : la prochaine est « Échange avec la préfecture ».'],
    });
    dossier.etat.referent.nom = 'Durand';
    expect(advance(dossier, 'echange', '2026-01-01', 'Agent')).toEqual({
      ok: false,
      reasons: ['La date ne peut pas précéder celle de l’étape précédente (10 janvier 2026).'],
    });
    dossier = unwrap(advance(dossier, 'echange', '2026-02-01', 'Agent'));
    expect(dossier.workflow.etape).toBe('echange');
    expect(dossier.workflow.dates).toEqual({ 'lettre-intention': '2026-01-10', echange: '2026-02-01' });
    expect(dossier.workflow.evenements.map((e) => e.type)).toEqual(['avance', 'avance']);
  });

  it('requires the housing axis and CTAI within cost before a proposal', () => {
    const demo = demoDossiers({ count: 10 }).find((d) => d.workflow.etape === 'diagnostic')!;
    const withoutHousing = {
      ...demo,
      actions: demo.actions
        .map((a) => ({ ...a, axes: a.axes.filter((x) => x !== 'logement') }))
        .filter((a) => a.axes.length > 0),
    };
    const refused = advance(withoutHousing, 'proposition', '2030-01-01', 'Agent');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons).toContain(
      'Le contrat doit comporter au moins une action de l’axe « Logement et hébergement », obligatoire.',
    );
    const tooMuch = structuredClone(demo);
    tooMuch.actions[0]!.budgets[0]!.ctaiDemande = tooMuch.actions[0]!.budgets[0]!.coutTotal + 1;
    const refusedAmount = advance(tooMuch, 'proposition', '2030-01-01', 'Agent');
    expect(!refusedAmount.ok && refusedAmount.reasons.join(' ')).toMatch(/dépasse le coût total/);
    expect(advance(demo, 'proposition', '2030-01-01', 'Agent').ok).toBe(true);
  });

  it('cannot mark a contract signed without place, date and both signatories', () => {
    const demo = demoDossiers({ count: 10 }).find((d) => d.workflow.etape === 'proposition')!;
    // The signatories are named in the État and Collectivité tabs: they are not asked again.
    expect(missingForSignature(demo)).toEqual([
      'Indiquez le numéro du contrat (onglet Contrat).',
      'Indiquez la première année du contrat (onglet Contrat).',
      'Indiquez la durée du contrat (onglet Contrat).',
      'Indiquez le lieu de signature du contrat (onglet Contrat).',
      'Indiquez la date de signature du contrat (onglet Contrat).',
    ]);
    expect(advance(demo, 'signature', '2030-01-01', 'Agent').ok).toBe(false);
    const nobody = structuredClone(demo);
    nobody.etat.signataire.nom = '';
    nobody.etat.signataire.prenom = '';
    expect(missingForSignature(nobody)).toContain(
      'Indiquez le signataire pour l’État (onglet État : nom du signataire).',
    );
  });

  it('records at signature the délibération and, for a sous-préfet, the arrêté de délégation and the délégant', () => {
    // A signed demo contract, its signature cancelled, signed again by other people.
    const before = demoDossiers({ count: 10 }).find((d) => d.workflow.etape === 'suivi')!;
    const { date } = before.contrat.signature;
    const demo = unwrap(cancelSignature(before, date, 'Essai', 'Agent'));
    demo.contrat.signature = { lieu: 'Bourg-en-Bresse', date, signataires: [] };
    demo.collectivite.deliberation = { numero: '2029-77', date };
    demo.etat.signataire = { civilite: 'Madame', prenom: 'Léa', nom: 'Roux', qualite: 'sous-prefet' };
    demo.etat.sousPrefecture = { nom: 'Sous-préfecture de Nantua', adresse: '' };
    demo.etat.delegation = { numero: '2029-DS-3', date };
    demo.etat.prefet = { civilite: 'Monsieur', prenom: 'Marc', nom: 'Noir' };
    const signed = unwrap(advance(demo, 'signature', date, 'Agent'));
    expect(signed.contrat.signature.deliberation).toEqual({ numero: '2029-77', date });
    expect(signed.contrat.signature.signataires.find((s) => s.partie === 'etat')).toMatchObject({
      nom: 'Léa Roux',
      arrete: { numero: '2029-DS-3', date },
      delegant: 'Monsieur',
    });
    // A préfet signing in person records no arrêté.
    demo.etat.signataire = { civilite: 'Monsieur', prenom: 'Marc', nom: 'Noir', qualite: 'prefet' };
    const inPerson = unwrap(advance(demo, 'signature', date, 'Agent'));
    expect(inPerson.contrat.signature.signataires.find((s) => s.partie === 'etat')?.arrete).toBeUndefined();
  });

  it('goes back only with a reason, which is kept, and forgets later dates', () => {
    const demo = demoDossiers({ count: 10 }).find((d) => d.workflow.etape === 'proposition')!;
    expect(goBack(demo, 'echange', '2030-01-01', '  ', 'Agent')).toEqual({
      ok: false,
      reasons: ['Indiquez le motif du retour à une étape précédente.'],
      input: 'motif',
    });
    const back = unwrap(goBack(demo, 'echange', '2030-01-01', 'Diagnostic à reprendre avec le CCAS', 'Agent'));
    expect(back.workflow.etape).toBe('echange');
    expect(Object.keys(back.workflow.dates)).toEqual(['lettre-intention', 'echange']);
    expect(back.workflow.evenements.at(-1)).toEqual({
      date: '2030-01-01',
      type: 'retour',
      etape: 'echange',
      motif: 'Diagnostic à reprendre avec le CCAS',
      auteur: 'Agent',
    });
    expect(goBack(demo, 'signature', '2030-01-01', 'motif', 'Agent').ok).toBe(false);
  });

  it('suspends, resumes and abandons with reasons; nothing moves while suspended or abandoned', () => {
    let dossier = fresh();
    dossier.collectivite.representant.nom = 'Martin';
    dossier.workflow.lettreIntentionRecue = '2026-01-20';
    expect(suspend(dossier, '2026-02-01', '', 'Agent')).toEqual({
      ok: false,
      reasons: ['Indiquez le motif de la suspension.'],
      input: 'motif',
    });
    dossier = unwrap(suspend(dossier, '2026-02-01', 'Élections municipales', 'Agent'));
    expect(dossier.workflow.statut).toBe('suspendu');
    expect(advance(dossier, 'lettre-intention', '2026-02-02', 'Agent').ok).toBe(false);
    expect(nextAction(dossier, '2026-02-02')).toMatch(/suspendu/);
    dossier = unwrap(resume(dossier, '2026-03-01', '', 'Agent'));
    expect(advance(dossier, 'lettre-intention', '2026-03-02', 'Agent').ok).toBe(true);
    expect(abandon(dossier, '2026-04-01', '', 'Agent').ok).toBe(false);
    dossier = unwrap(abandon(dossier, '2026-04-01', 'Renoncement de la commune', 'Agent'));
    expect(dossier.workflow.evenements.at(-1)?.motif).toBe('Renoncement de la commune');
    expect(advance(dossier, 'lettre-intention', '2026-04-02', 'Agent')).toEqual({
      ok: false,
      reasons: ['Le dossier est abandonné : aucune étape ne peut plus être franchie.'],
    });
  });

  it('computes the next thing to do', () => {
    const dossier = fresh();
    expect(nextAction(dossier, '2026-01-06')).toBe(
      'Indiquez le représentant de la collectivité (onglet Collectivité).',
    );
    dossier.collectivite.representant.nom = 'Martin';
    expect(nextAction(dossier, '2026-01-06')).toMatch(/^Générez la lettre d’intention/);
    dossier.workflow.lettreIntentionRecue = '2026-01-06';
    expect(nextAction(dossier, '2026-01-06')).toBe('Passer à l’étape « Lettre d’intention ».');
    const suivi = demoDossiers({ count: 10 }).find((d) => d.workflow.etape === 'suivi')!;
    suivi.contrat.copil = [];
    expect(nextAction(suivi, '2030-06-01')).toBe('Réunir le comité de pilotage (au moins une fois par an).');
  });
});

describe('follow-up', () => {
  it('closes a contract only once every year’s reports are received', () => {
    const suivi = demoDossiers({ count: 10 }).find((d) => d.workflow.etape === 'suivi')!;
    const years = contractYears(suivi);
    const refused = advance(suivi, 'cloture', '2031-01-01', 'Agent');
    expect(!refused.ok && refused.reasons).toEqual(
      years
        .filter((annee) => annee !== years[0])
        .map(
          (annee) =>
            `Enregistrez la réception du bilan et du compte rendu financier ${annee} (onglet Suivi) avant de clore le dossier.`,
        ),
    );
    suivi.contrat.bilans = years.map((annee) => ({
      ...newBilan(annee),
      dateReception: `${annee + 1}-05-01`,
      dateCompteRenduFinancier: `${annee + 1}-05-02`,
    }));
    expect(advance(suivi, 'cloture', '2031-01-01', 'Agent').ok).toBe(true);
  });
});

describe('a change of step or status refuses its own inputs, under the field they were typed in', () => {
  const changes = {
    suspend: (d: Dossier, date: string, motif: string) => suspend(d, date, motif, 'Agent'),
    abandon: (d: Dossier, date: string, motif: string) => abandon(d, date, motif, 'Agent'),
    goBack: (d: Dossier, date: string, motif: string) => goBack(d, 'lettre-intention', date, motif, 'Agent'),
  };
  // A dossier at the exchange step, which can be suspended, abandoned and sent back.
  const atExchange = (): Dossier => {
    const d = fresh();
    return { ...d, workflow: { ...d.workflow, etape: 'echange', dates: { 'lettre-intention': '2026-01-10' } } };
  };

  it.each(Object.entries(changes))('%s: a date left incomplete, off the calendar or before 2019', (_, change) => {
    for (const date of ['', '2026-02-31', '0026-01-01', '2101-01-01']) {
      const result = change(atExchange(), date, 'Motif valable');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.input).toBe('date');
      expect(!result.ok && result.reasons[0]).toMatch(/^La date .*(15\/03\/2026|2019)/);
    }
    expect(change(atExchange(), '2026-03-15', 'Motif valable').ok).toBe(true);
  });

  it.each(Object.entries(changes))('%s: a reason longer than the dossier keeps says its limit', (_, change) => {
    const result = change(atExchange(), '2026-03-15', 'x'.repeat(3200));
    expect(!result.ok && result.input).toBe('motif');
    expect(!result.ok && result.reasons[0]).toMatch(
      /^Le motif compte 3\u202f200 caractères : raccourcissez-le à 1\u202f000 au plus\.$/,
    );
  });

  it('counts, for a cancelled signature, what the change adds to the reason', () => {
    const signed = demoDossiers().find((d) => d.contrat.signature.date && d.workflow.statut === 'actif')!;
    const result = cancelSignature(signed, '2026-03-15', 'x'.repeat(995), 'Agent');
    expect(!result.ok && result.input).toBe('motif');
    expect(!result.ok && result.reasons[0]).toMatch(
      /^Le motif compte 995 caractères : raccourcissez-le à \d+ au plus\.$/,
    );
  });

  it('advance refuses an empty date as a date, not as one before the previous step', () => {
    const result = advance(atExchange(), 'diagnostic', '', 'Agent');
    expect(!result.ok && result.input).toBe('date');
  });
});
