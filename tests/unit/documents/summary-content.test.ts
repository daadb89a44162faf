// The Fiche de synthèse says what the dossier is, never more: « signé le » only once signed, the
// amounts of the budgets before the signature (the contract's years alone commit nothing), one
// full stop a sentence, and a letterhead that names its préfet or no fiche at all.
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../shared/documents/build-summary';
import { documentText } from '../../../shared/documents/document-model';
import { DOCUMENT_SPECS } from '../../../shared/documents/registry';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { aDossier } from '../helpers/a-dossier';

const options = { author: 'Claire Martin', createdAt: new Date('2026-12-01T10:00:00Z'), date: '2026-12-01' };

function text(dossier: Dossier): string {
  const result = buildSummary(dossier, options);
  if (!result.ok) throw new Error('refused');
  return documentText(result.model)
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
}

describe('the Fiche de synthèse', () => {
  it('before the signature: no « signé le » even with a date typed, the budgets’ amounts, no doubled stop', () => {
    const dossier = aDossier()
      .withContract(2026, 3)
      .withAction('a', { granted: { 2026: 7_000_00, 2027: 8_000_00 } })
      .build();
    dossier.contrat.signature.date = '2030-01-01';
    dossier.workflow.etape = 'lettre-intention';
    dossier.workflow.statut = 'suspendu';
    const printed = text(dossier);
    expect(printed).not.toContain('signé le');
    expect(printed).toContain('Contrat n° CTAI-37-2026-01 de 2026 à 2028, non signé.');
    expect(printed).toContain('(suspendu)');
    expect(printed).not.toMatch(/\.\./);
    expect(printed).toContain('le contrat n’est pas signé');
    expect(printed).toContain('Les échéances du suivi commencent à la signature du contrat.');
    const model = buildSummary(dossier, options);
    const table = model.ok ? model.model.blocks.find((block) => block.type === 'table') : undefined;
    const row = table && table.type === 'table' ? table.rows[0]! : [];
    expect(row.map((cell) => String(cell).replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Action a',
      'Association Accueil',
      '7 000,00 €',
      '8 000,00 €',
      '0,00 €',
      '15 000,00 €',
    ]);
  });

  it('once signed: the date of signature and the amounts in force; nothing said to begin at the signature', () => {
    const dossier = aDossier()
      .withContract(2026, 3)
      .withAction('a', { granted: { 2026: 7_000_00, 2027: 8_000_00, 2028: 9_000_00 } })
      .signed('2026-02-10')
      .build();
    const printed = text(dossier);
    expect(printed).toContain('Contrat n° CTAI-37-2026-01 de 2026 à 2028, signé le 10 février 2026.');
    expect(printed).not.toContain('Les échéances du suivi commencent');
    expect(printed).toContain('Montants en vigueur');
  });

  it('a collectivité with nothing known but its type and name: one sentence, one stop', () => {
    const dossier = aDossier().build();
    dossier.collectivite.departement = { code: '', nom: '' };
    dossier.collectivite.population = null as unknown as number;
    expect(text(dossier).split('\n')[1]).toBe('Commune.');
  });

  it('is refused, naming the field, when no département gives its letterhead (« Préfet de » and nothing)', () => {
    const dossier = aDossier().build();
    dossier.collectivite.departement = { code: '', nom: '' };
    dossier.etat.prefecture.departementCode = '';
    expect(DOCUMENT_SPECS.summary.missing(dossier, {}, options.date)).toEqual([
      {
        path: 'etat.prefecture.departementCode',
        tab: 'etat',
        message: 'Le département de la préfecture (un code de département connu, par exemple 38, 2A ou 974).',
      },
    ]);
    // A code no département has, and no name: the same.
    dossier.collectivite.departement = { code: '99', nom: '' };
    expect(DOCUMENT_SPECS.summary.missing(dossier, {}, options.date)).toHaveLength(1);
    expect(DOCUMENT_SPECS.summary.missing(aDossier().build(), {}, options.date)).toEqual([]);
  });
});
