// The delegation of a sous-préfet is said once in a signature block, whether the signatory's
// title comes from the dossier or was recorded by an earlier version with the delegation in it.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/documents/generate';
import { documentText } from '../../../shared/documents/document-model';
import { signatoriesFromDossier } from '../../../shared/dossier/signatories';
import { aDossier } from '../helpers/a-dossier';
import { TEST_FINANCE_LAWS } from '../helpers/finance-laws';

function signedBySousPrefete(qualite?: string) {
  const dossier = aDossier()
    .withContract(2026, 1)
    .withAction('a', { granted: { 2026: 10_000_00 } })
    .signed()
    .build();
  dossier.etat.signataire = { civilite: 'Madame', prenom: 'Anne', nom: 'Leroy', qualite: 'sous-prefet' };
  dossier.etat.sousPrefecture = { nom: 'Sous-préfecture de Chinon', adresse: '' };
  dossier.etat.delegation = { numero: '2026-SG-3', date: '2026-01-05' };
  const signataires = signatoriesFromDossier(dossier);
  if (qualite) signataires[0]!.qualite = qualite;
  dossier.contrat.signature.signataires = signataires;
  return dossier;
}

describe('signature block of a sous-préfète', () => {
  for (const [label, qualite] of [
    ['from the dossier', undefined],
    ['as an earlier version recorded it', 'Sous-préfète, pour le préfet et par délégation'],
  ] as const) {
    it(`says the delegation once (${label})`, () => {
      const dossier = signedBySousPrefete(qualite);
      const built = buildDocument({
        kind: 'contract',
        dossier,
        author: 'Test',
        date: '2026-11-29',
        articles: TEST_FINANCE_LAWS,
      });
      if (!built.ok) throw new Error(JSON.stringify(built));
      const text = documentText(built.model).join('\n');
      const block = text.slice(text.lastIndexOf('Pour l’État,'));
      expect(block.match(/pour le préfet et par délégation/gi)).toHaveLength(1);
      // The dossier's own signatory is titled from the dossier: her sous-préfecture is named.
      expect(block).toContain('La sous-préfète de Chinon');
    });
  }
});
