import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../shared/documents/build-contract';
import { documentText } from '../../../shared/documents/document-model';
import { previewTemplate, renderTemplate } from '../../../shared/documents/templates';
import { demoDossiers } from '../helpers/demo';

const signed = demoDossiers({ count: 8 }).find((d) => d.workflow.etape === 'suivi')!;

describe('article templates', () => {
  it('fills named fields and reports unknown ones instead of printing them', () => {
    expect(renderTemplate('Durée : {duree}.', { duree: 'trois ans' })).toEqual({
      text: 'Durée : trois ans.',
      unknownFields: [],
    });
    expect(renderTemplate('Pour {colectivite}.', { collectivite: 'x' })).toEqual({
      text: 'Pour .',
      unknownFields: ['colectivite'],
    });
    expect(previewTemplate('{collectiviteMajuscule} signe.').text).toBe('La commune de Grenoble signe.');
  });

  it('uses the préfecture’s wording in the contract, and refuses an unknown field', () => {
    const adapted = buildContract(signed, {
      author: 'x',
      createdAt: new Date(),
      articles: { communication: 'Les actions portent le logo de {collectivite} et de l’État.' },
    });
    expect(adapted.ok).toBe(true);
    const lines = adapted.ok ? documentText(adapted.model) : [];
    expect(lines.some((line) => line.startsWith('Les actions portent le logo de'))).toBe(true);
    const broken = buildContract(signed, {
      author: 'x',
      createdAt: new Date(),
      articles: { objet: 'Objet avec {inconnu}.' },
    });
    expect(broken).toEqual({ ok: false, missing: [], unknownFields: ['inconnu'] });
  });

  it('prints the dossier’s own clauses as a last article', () => {
    const withClauses = {
      ...signed,
      contrat: { ...signed.contrat, clausesParticulieres: 'La collectivité réserve dix places en crèche.' },
    };
    const built = buildContract(withClauses, { author: 'x', createdAt: new Date() });
    const lines = built.ok ? documentText(built.model) : [];
    expect(lines.some((line) => /Clauses particulières/.test(line))).toBe(true);
    expect(lines).toContain('La collectivité réserve dix places en crèche.');
  });

  it('lists what is missing rather than building an incomplete contract', () => {
    const recorded = signed.contrat.signature.deliberation!;
    expect(recorded.numero).toBe(signed.collectivite.deliberation.numero);
    const tabEmptied = { ...signed, collectivite: { ...signed.collectivite, deliberation: { numero: '', date: '' } } };
    // The signed contract cites the délibération recorded at its signature, whatever the tab says since.
    const kept = buildContract(tabEmptied, { author: 'x', createdAt: new Date() });
    const visa = kept.ok ? documentText(kept.model).find((line) => line.startsWith('Vu la délibération')) : '';
    expect(visa).toContain(recorded.numero);
    const incomplete = { ...tabEmptied, contrat: { ...signed.contrat, signature: { ...signed.contrat.signature } } };
    delete incomplete.contrat.signature.deliberation;
    const built = buildContract(incomplete, { author: 'x', createdAt: new Date() });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.missing.map((m) => m.path)).toEqual([
      'collectivite.deliberation.numero',
      'collectivite.deliberation.date',
    ]);
  });
});
