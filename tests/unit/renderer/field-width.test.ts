import { describe, expect, it } from 'vitest';
import { dossierSchema } from '../../../shared/dossier/dossier-schema';
import { prefectureDefaultsSchema } from '../../../shared/dossier/prefecture-defaults';
import {
  patternLength,
  schemaFieldLength,
  widthForLength,
  widthForOptions,
} from '../../../renderer/src/dossier/fields/field-width';

describe('field widths', () => {
  it('reads the longest text a code’s pattern matches', () => {
    expect(patternLength('^(\\d{2}|2[AB]|9[78]\\d)$')).toBe(3);
    expect(patternLength('^W\\d{9}$')).toBe(10);
    expect(patternLength('^(\\+33 ?|0)[1-9]( ?\\d{2}){4}$')).toBe(17);
    expect(patternLength('^\\d{2,3}$')).toBe(3);
    expect(patternLength('^[A-Z]+$')).toBeNull();
  });

  it('sizes a field by what the schema lets it hold', () => {
    expect(widthForLength(schemaFieldLength(dossierSchema, ['etat', 'prefecture', 'departementCode']))).toBe('xs');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['collectivite', 'codeInsee']))).toBe('xs');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['collectivite', 'siret']))).toBe('xs');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['etat', 'referent', 'telephone']))).toBe('xs');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['collectivite', 'deliberation', 'numero']))).toBe('s');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['collectivite', 'representant', 'nom']))).toBe('m');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['etat', 'referent', 'email']))).toBe('m');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['etat', 'referent', 'service']))).toBe('l');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['actions', 0, 'intitule']))).toBe('xl');
    expect(widthForLength(schemaFieldLength(prefectureDefaultsSchema, ['tauxAvance']))).toBe('xs');
    expect(widthForLength(schemaFieldLength(dossierSchema, ['inconnu']))).toBe('m');
  });

  it('sizes a list by its longest choice', () => {
    expect(widthForOptions([{ label: 'Madame' }, { label: 'Non précisée' }])).toBe('xs');
    expect(widthForOptions([{ label: '12 — Étrangers primo-arrivants en situation régulière' }])).toBe('l');
  });
});
