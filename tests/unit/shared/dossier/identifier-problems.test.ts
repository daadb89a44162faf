// SIREN and SIRET checked by INSEE's Luhn key, with La Poste's exception; a collectivité's SIRET
// is one of its own SIREN's establishments; each problem says whose identifier, with its value.
import { describe, expect, it } from 'vitest';
import { contractProblems } from '../../../../shared/dossier/consistency';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { validateDossier } from '../../../../shared/dossier/validation';
import { isValidSiren, isValidSiret } from '../../../../shared/format/siret';
import { loadReferentiel } from '../../../../cli/referentiel-node';
import { aDossier } from '../../helpers/a-dossier';

const TODAY = '2026-11-29';

function meylan(change: (dossier: Dossier) => void): string[] {
  const dossier = aDossier()
    .withContract(2026, 1)
    .withAction('a', { granted: { 2026: 10_000_00 } })
    .build();
  dossier.collectivite.siren = '213802291';
  dossier.collectivite.siret = '21380229100012';
  dossier.actions[0]!.porteur = { nom: 'CCAS de Meylan', formeJuridique: '', siret: '44676443521146', rna: '' };
  change(dossier);
  return contractProblems(dossier, TODAY)
    .filter((p) => p.blocking)
    .map((p) => p.message);
}

describe('identifiers of the collectivité and the porteurs', () => {
  it('Luhn keys, as INSEE attributes them', () => {
    expect(isValidSiren('213802291')).toBe(true);
    expect(isValidSiren('123456789')).toBe(false);
    expect(isValidSiren('21380229')).toBe(false);
    expect(isValidSiret('21380229100012')).toBe(true);
    expect(isValidSiret('44676443521149')).toBe(false);
    // La Poste's establishments: digits adding up to a multiple of 5 instead of the Luhn key.
    expect(isValidSiret('35600000012341')).toBe(true);
    expect(isValidSiret('35600000012342')).toBe(false);
  });

  it('every SIREN of the official list holds its key', () => {
    const sirens = loadReferentiel()
      .entries.map((entry) => entry.siren)
      .filter(Boolean);
    expect(sirens.length).toBeGreaterThan(1000);
    expect(sirens.filter((siren) => !isValidSiren(siren))).toEqual([]);
  });

  it('a consistent dossier has none of these problems', () => {
    expect(meylan(() => {})).toEqual([]);
  });

  it('a SIREN with a wrong key is a blocking problem naming the collectivité’s SIREN', () => {
    expect(meylan((d) => ((d.collectivite.siren = '123456789'), (d.collectivite.siret = '')))).toEqual([
      'Le SIREN de la collectivité (123456789) a une clé de contrôle fausse : vérifiez ses 9 chiffres dans l’onglet Collectivité (avis de situation SIRENE).',
    ]);
  });

  it('a SIRET of another SIREN is refused on the collectivité', () => {
    expect(meylan((d) => (d.collectivite.siret = '24670048800017'))).toEqual([
      'Le SIRET de la collectivité (24670048800017) ne commence pas par son SIREN (213802291) : un SIRET est formé du SIREN suivi des 5 chiffres de l’établissement ; corrigez l’un ou l’autre dans l’onglet Collectivité.',
    ]);
  });

  it('a porteur’s SIRET with a wrong key names the porteur and its action', () => {
    expect(meylan((d) => (d.actions[0]!.porteur.siret = '44676443521149'))).toEqual([
      'Le SIRET du porteur « CCAS de Meylan » de l’action « Action a » (44676443521149) a une clé de contrôle fausse : vérifiez ses 14 chiffres dans l’onglet Actions.',
    ]);
  });

  it('the schema’s refusal of a collectivité’s SIRET says whose it is; a dossier with a bad porteur key still opens', () => {
    const dossier = aDossier().build();
    dossier.collectivite.siret = '21380229100013';
    const validated = validateDossier(dossier);
    expect(!validated.ok && validated.problems.map((p) => p.message)).toEqual([
      'SIRET de la collectivité a une clé de contrôle fausse : vérifiez les chiffres.',
    ]);
    dossier.collectivite.siret = '';
    dossier.collectivite.siren = '123456789';
    expect(validateDossier(dossier).ok).toBe(true);
  });
});
