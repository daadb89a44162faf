// The avenant's party paragraph cites the délibération that authorises the avenant, not the
// contract's.
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../shared/documents/document-model';
import { buildDocument } from '../../../shared/documents/generate';
import { draftAvenant } from '../../../shared/dossier/avenants';
import { aDossier } from '../helpers/a-dossier';
import { TEST_FINANCE_LAWS } from '../helpers/finance-laws';

describe('the avenant’s parties', () => {
  it('say the collectivité is authorised by the avenant’s own délibération', () => {
    const signed = aDossier()
      .withContract(2026, 3)
      .withAction('a', { granted: { 2026: 10_000_00, 2027: 10_000_00, 2028: 10_000_00 } })
      .signed('2026-02-10')
      .build();
    const drafted = draftAvenant(signed, 2027, 'v1');
    if (!drafted.ok) throw new Error(drafted.reasons.join(' '));
    const avenant = drafted.dossier.contrat.avenants[0]!;
    avenant.deliberation = { numero: '2027-15', date: '2027-01-20' };
    avenant.date = '2027-02-01';
    const built = buildDocument({
      kind: 'amendment',
      dossier: drafted.dossier,
      author: 'A',
      date: '2027-02-01',
      year: 2027,
      articles: TEST_FINANCE_LAWS,
    });
    if (!built.ok) throw new Error(JSON.stringify(built));
    const party = documentText(built.model)
      .map((line) => line.replace(/[\u00a0\u202f]/g, ' '))
      .find((line) => /représentée? par/.test(line) && line.includes('Tours'))!;
    expect(party).toContain('par délibération n° 2027-15 du 20 janvier 2027');
    expect(party).not.toContain('2025-120');
  });
});
