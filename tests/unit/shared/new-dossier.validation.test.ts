import { describe, expect, it } from 'vitest';
import { validateNewDossier } from '../../../shared/dossier/new-dossier';

describe('new dossier validation', () => {
  it('accepts a name and a known type, trimming the name', () => {
    expect(validateNewDossier({ nom: '  Grenoble ', type: 'commune' })).toEqual({
      ok: true,
      value: { nom: 'Grenoble', type: 'commune', forme: 'ctai' },
    });
  });

  it('takes the form chosen, a contract (CTAI) when none is, and refuses another in French', () => {
    expect(validateNewDossier({ nom: 'Riom', type: 'commune', forme: 'ptai' })).toEqual({
      ok: true,
      value: { nom: 'Riom', type: 'commune', forme: 'ptai' },
    });
    expect(validateNewDossier({ nom: 'Riom', type: 'commune', forme: 'contrat' })).toEqual({
      ok: false,
      errors: { forme: 'Choisissez la forme du dossier : contrat (CTAI) ou projet territorial (PTAI).' },
    });
  });

  it('keeps the name on one line, without characters that would reverse or hide it', () => {
    expect(validateNewDossier({ nom: 'Ville\u202e tset\u200b\n', type: 'commune' })).toEqual({
      ok: true,
      value: { nom: 'Ville tset', type: 'commune', forme: 'ctai' },
    });
  });

  it('refuses an empty or blank name in French', () => {
    for (const nom of ['', '   ', undefined]) {
      const result = validateNewDossier({ nom, type: 'commune' });
      expect(result).toEqual({ ok: false, errors: { nom: 'Le nom de la collectivité est obligatoire.' } });
    }
  });

  it('refuses a missing or unknown type in French', () => {
    for (const type of [undefined, '', 'canton']) {
      const result = validateNewDossier({ nom: 'Tours', type });
      expect(result).toEqual({
        ok: false,
        errors: { type: 'Choisissez le type de collectivité dans la liste.' },
      });
    }
  });

  it('refuses an overlong name', () => {
    const result = validateNewDossier({ nom: 'x'.repeat(151), type: 'region' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.nom).toContain('150 caractères');
  });
});
