// Text as pasted, turned into what documents print: each rule with a value written by hand.
import { describe, expect, it } from 'vitest';
import { paragraph, text, type DocumentModel } from '../../../shared/documents/document-model';
import { normalizeModel, normalizeText } from '../../../shared/documents/text-normalization';
import { longText } from '../../../shared/dossier/schema-primitives';

const textSchema = longText();

describe('normalizeText', () => {
  it('composes decomposed accents (NFD from other systems) into single characters', () => {
    expect(normalizeText('re\u0301alise\u0301 a\u0300 l\u2019e\u0301te\u0301')).toBe('réalisé à l’été');
  });

  it('turns control characters into what they mean, or removes them', () => {
    expect(normalizeText('individuel\vpuis collectif.\fSuite')).toBe('individuel\npuis collectif.\n\nSuite');
    expect(normalizeText('Coût\ttotal')).toBe('Coût total');
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normalizeText('sig\u0000nal\u0007 bip\u001b')).toBe('signal bip');
    expect(normalizeText('in\u00adsé\u200bca\ufeffble')).toBe('insécable');
    expect(normalizeText('ligne\u2028suite\u2029fin')).toBe('ligne\nsuite\n\nfin');
  });

  it('keeps the meaning of a vertical tab and a form feed at the model’s edge (the schema), before XML cleaning', () => {
    const value = textSchema.parse('clause trois\vsuite\fparagraphe\u0007');
    expect(value).toBe('clause trois\nsuite\n\nparagraphe');
    expect(normalizeText(value)).toBe('clause trois\nsuite\n\nparagraphe');
  });

  it('keeps typed lines and paragraphs, at most one blank line', () => {
    expect(normalizeText('1. Un.  \n  2. Deux.\n\n\n\nFin.')).toBe('1. Un.\n2. Deux.\n\nFin.');
  });
});

describe('normalizeModel', () => {
  const model = (blocks: DocumentModel['blocks']): DocumentModel => ({
    meta: { title: 'T', subject: 'S', author: 'A', keywords: [], createdAt: new Date(0) },
    letterhead: { kind: 'collectivite', lines: ['Ville\nde Test'] },
    footer: 'Pied\tde page',
    blocks,
  });

  it('splits a paragraph at its blank lines and keeps its line breaks, label and style', () => {
    const result = normalizeModel(
      model([paragraph([text('Clauses : ', { bold: true }), text('1. Un.\n2. Deux.\n\nLe présent article.')])]),
    );
    expect(result.blocks).toEqual([
      {
        type: 'paragraph',
        align: 'justify',
        runs: [{ text: 'Clauses : ', bold: true }, { text: '1. Un.\n2. Deux.' }],
      },
      { type: 'paragraph', align: 'justify', runs: [{ text: 'Le présent article.' }] },
    ]);
    expect(result.letterhead).toEqual({ kind: 'collectivite', lines: ['Ville de Test'] });
    expect(result.footer).toBe('Pied de page');
  });

  it('keeps line breaks in table cells, blank lines becoming single breaks', () => {
    const result = normalizeModel(
      model([{ type: 'table', widths: [1], header: ['En\ntête'], rows: [['a\n\nb\vc\f']] }]),
    );
    expect(result.blocks[0]).toMatchObject({ header: ['En tête'], rows: [['a\nb\nc']] });
  });
});
