// French typography on prose, and nothing on what is not prose (addresses, times, identifiers,
// decimals); the pass over a whole document reaches bold labels and table cells.
import { describe, expect, it } from 'vitest';
import { typesetModel } from '../../../shared/documents/typeset';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { accordNombre, compte } from '../../../shared/format/plural';
import { typographie } from '../../../shared/format/typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typographie', () => {
  it('spaces the prose: « : » and « % » with a no-break space, « ; ! ? » with a narrow one, « n° » held to its number', () => {
    expect(typographie('Objet: test')).toBe(`Objet${NBSP}: test`);
    expect(typographie('Axes : ')).toBe(`Axes${NBSP}: `);
    expect(typographie('50% puis 12,5 %')).toBe(`50${NBSP}% puis 12,5${NBSP}%`);
    expect(typographie('Vraiment ? Oui ! Voici ; la suite')).toBe(
      `Vraiment${NNBSP}? Oui${NNBSP}! Voici${NNBSP}; la suite`,
    );
    expect(typographie('délibération n°12 et n° 2025-117')).toBe(`délibération n°${NBSP}12 et n°${NBSP}2025-117`);
    expect(typographie('« entre guillemets »')).toBe(`«${NBSP}entre guillemets${NBSP}»`);
  });

  it('curls apostrophes, in names too', () => {
    expect(typographie("l'État et Mme N'Diaye d'Aubigné")).toBe('l’État et Mme N’Diaye d’Aubigné');
  });

  it('leaves URLs, e-mail addresses, times, identifiers and decimals as typed', () => {
    const typed =
      "Inscriptions sur https://www.exemple.fr/inscription?session=2 ; permanence de 14:30 à 16:00 ; écrire à jean.o'neil@exemple.fr!";
    expect(typographie(typed)).toBe(
      `Inscriptions sur https://www.exemple.fr/inscription?session=2${NNBSP}; permanence de 14:30 à 16:00${NNBSP}; écrire à jean.o'neil@exemple.fr${NNBSP}!`,
    );
    expect(typographie('voir www.exemple.fr/a?b:c.')).toBe('voir www.exemple.fr/a?b:c.');
    expect(typographie('Réf. DEL-2025/0042, code A:12, version 3.5, taux 12,75')).toBe(
      'Réf. DEL-2025/0042, code A:12, version 3.5, taux 12,75',
    );
    expect(typographie('Rendez-vous à 9:05:00 : salle 2')).toBe(`Rendez-vous à 9:05:00${NBSP}: salle 2`);
  });

  it('is idempotent', () => {
    const once = typographie("Objet: l'accueil ; 50% — voir https://x.fr/?a=1 à 14:30 !");
    expect(typographie(once)).toBe(once);
  });
});

describe('typesetModel', () => {
  it('reaches headings, bold labels, list items, table cells, signature blocks, letterhead and footer', () => {
    const model: DocumentModel = {
      meta: { title: "Contrat d'accueil", subject: '', author: '', keywords: [], createdAt: new Date(0) },
      letterhead: { kind: 'collectivite', lines: ["Ville d'Angers", 'contact@angers.fr'] },
      footer: "CTAI d'Angers",
      blocks: [
        { type: 'heading', level: 2, text: "Fiche action n°1: l'emploi" },
        { type: 'paragraph', runs: [{ text: 'Porteur : ', bold: true }, { text: "Maison d'accueil" }] },
        { type: 'list', items: [[{ text: 'Taux: 50%' }]] },
        {
          type: 'table',
          widths: [1, 1],
          header: ["Financeur d'appoint", 'Part'],
          rows: [["CAF d'Angers : 30%", 'https://caf.fr/a?b=1']],
          footer: ['Total : ', '14:30'],
        },
        { type: 'signatures', columns: [{ lines: ["Pour l'État,"], name: "Anne N'Diaye" }] },
      ],
    };
    const typeset = typesetModel(model);
    expect(typeset.meta.title).toBe('Contrat d’accueil');
    expect(typeset.letterhead).toEqual({ kind: 'collectivite', lines: ['Ville d’Angers', 'contact@angers.fr'] });
    expect(typeset.footer).toBe('CTAI d’Angers');
    expect(typeset.blocks).toEqual([
      { type: 'heading', level: 2, text: `Fiche action n°${NBSP}1${NBSP}: l’emploi` },
      { type: 'paragraph', runs: [{ text: `Porteur${NBSP}: `, bold: true }, { text: 'Maison d’accueil' }] },
      { type: 'list', items: [[{ text: `Taux${NBSP}: 50${NBSP}%` }]] },
      {
        type: 'table',
        widths: [1, 1],
        header: ['Financeur d’appoint', 'Part'],
        rows: [[`CAF d’Angers${NBSP}: 30${NBSP}%`, 'https://caf.fr/a?b=1']],
        footer: [`Total${NBSP}: `, '14:30'],
      },
      { type: 'signatures', columns: [{ lines: ['Pour l’État,'], name: 'Anne N’Diaye' }] },
    ]);
    expect(typesetModel(typeset)).toEqual(typeset);
  });
});

describe('plural agreement of a printed count', () => {
  it('takes the singular below two', () => {
    expect(compte(0, 'bénéficiaire visé', 'bénéficiaires visés')).toBe('0 bénéficiaire visé');
    expect(compte(1, 'bénéficiaire visé', 'bénéficiaires visés')).toBe('1 bénéficiaire visé');
    expect(compte(2, 'bénéficiaire visé', 'bénéficiaires visés')).toBe('2 bénéficiaires visés');
    expect(compte(12500, 'habitant')).toBe(`12${NNBSP}500 habitants`);
    expect(accordNombre(1, 'premier titre de séjour', 'premiers titres de séjour')).toBe('premier titre de séjour');
  });
});

describe('elision before « un », « une »', () => {
  it('elides « de » and « que » before un, une; never inside a word nor before huit or onze', () => {
    expect(typographie('pour une durée de un an')).toBe('pour une durée d’un an');
    expect(typographie('plus que une action')).toBe('plus qu’une action');
    expect(typographie('De une part')).toBe('D’une part');
    expect(typographie('pour une durée de huit ans, de onze mois')).toBe('pour une durée de huit ans, de onze mois');
    expect(typographie('la commune de Unieux')).toBe('la commune de Unieux');
    expect(typographie('monde uni, de unités')).toBe('monde uni, de unités');
  });
});
