// The letter of intention, from the collectivité to the préfet, on the collectivité's letterhead.
import { titreAccorde } from '../format/civility';
import { AXE_LABELS, COMPULSORY_AXE } from '../dossier/axes';
import type { Dossier } from '../dossier/dossier-schema';
import { dateEnLettres } from '../format/dates';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { paragraph, text, type Block } from './document-model';
import { missingForLetter } from './missing-data';
import { representativeQuality } from '../dossier/representative';
import { accorde } from '../dossier/designations';
import { formeOf, type Forme } from '../dossier/workflow-steps';
import { compte } from '../format/plural';
import { communeOfPlace } from '../format/territory-names';
import { fullName } from '../dossier/signatories';
import { capitalize, designations, prefetAppellation, sousPrefectureDe } from './parties';

/**
 * « sous couvert de Madame la sous-préfète du Havre »: the sous-préfet in person, when the
 * collectivité's arrondissement has one (a sous-préfet signs, or a sous-préfecture is named);
 * never for a département or a région.
 */
function sousCouvert(dossier: Dossier): string | null {
  // A département or a région writes to its préfet directly: no arrondissement stands between.
  if (dossier.collectivite.type === 'departement' || dossier.collectivite.type === 'region') return null;
  const { signataire, sousPrefecture } = dossier.etat;
  const signs = signataire.qualite === 'sous-prefet';
  if (!signs && !sousPrefecture.nom) return null;
  const where = sousPrefectureDe(dossier);
  const civilite = signs ? signataire.civilite : '';
  const person =
    civilite === 'Madame'
      ? 'de Madame la sous-préfète'
      : civilite === 'Monsieur'
        ? 'de Monsieur le sous-préfet'
        : 'du sous-préfet';
  return `sous couvert ${person}${where ? ` ${where}` : ''}`;
}

export const LETTER_SUBJECT = 'Engagement dans la démarche de contrat territorial d’accueil et d’intégration';

/** The letter's subject for a projet territorial (PTAI), the lighter form of one year. */
export const PTAI_LETTER_SUBJECT = 'Engagement dans la démarche de projet territorial d’accueil et d’intégration';

/** The démarche the letter enters, and how the project is prepared, by the dossier's form. */
const DEMARCHE: Record<Forme, { subject: string; demarche: string; preparation: string }> = {
  ctai: {
    subject: LETTER_SUBJECT,
    demarche: 'contrat territorial d’accueil et d’intégration',
    preparation:
      'Nous proposons de construire avec vos services un diagnostic partagé des besoins et de l’offre existante, préalable à la définition des actions du contrat.',
  },
  ptai: {
    subject: PTAI_LETTER_SUBJECT,
    demarche: 'projet territorial d’accueil et d’intégration',
    preparation:
      'Nous proposons de préparer avec vos services un projet d’actions pour une année, accompagné de sa demande de subvention.',
  },
};

/**
 * A title typed with its capital (« Vice-présidente chargée de… »), as French writes it within a
 * sentence: lowercase (« vice-présidente chargée de… »). An acronym (« DGS ») is kept as typed.
 */
function titleInProse(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/**
 * The day the letter step was recorded (Synthèse tab), which dates the letter when there is one
 * (the letter was sent that day); '' when none is recorded (the document's date is used).
 */
export function recordedLetterDate(dossier: Dossier): string {
  return dossier.workflow.dates['lettre-intention'] ?? '';
}

/** `draft`: build despite missing data (to find what the document prints), never to print. */
export function buildLetter(dossier: Dossier, options: { date: string; author: string; draft?: boolean }): BuildResult {
  const missing = missingForLetter(dossier);
  if (missing.length && !options.draft) return { ok: false, missing };
  const { collectivite, diagnostic } = dossier;
  const t = typographie;
  const names = designations(dossier);
  const date = recordedLetterDate(dossier) || options.date;
  const covering = sousCouvert(dossier);
  const addressee = prefetAppellation(dossier);
  const salutation = addressee.replace(/ (de|du|des|d’).*$/, '');
  // The figures of a year are known once it is over: the letter cites the latest year before its own.
  const latest = [...diagnostic.publics]
    .filter((p) => p.annee < Number(date.slice(0, 4)))
    .sort((a, b) => b.annee - a.annee)[0];
  const axes = [
    ...new Set([COMPULSORY_AXE, ...diagnostic.axes.map((axe) => axe.axe), ...dossier.actions.flatMap((a) => a.axes)]),
  ];
  const referents = [
    collectivite.eluReferent.nom
      ? `${fullName(collectivite.eluReferent)}${collectivite.eluReferent.fonction ? `, ${titleInProse(titreAccorde(collectivite.eluReferent.fonction, collectivite.eluReferent.civilite))}` : ''}, ${collectivite.eluReferent.civilite === 'Madame' ? 'élue référente' : 'élu référent'}`
      : '',
    collectivite.chefDeProjet.nom
      ? `${fullName(collectivite.chefDeProjet)}, ${collectivite.chefDeProjet.civilite === 'Madame' ? 'cheffe' : 'chef'} de projet${collectivite.chefDeProjet.email ? ` (${collectivite.chefDeProjet.email}${collectivite.chefDeProjet.telephone ? `, ${collectivite.chefDeProjet.telephone}` : ''})` : ''}`
      : '',
  ].filter(Boolean);

  const forme = formeOf(dossier);
  const demarche = DEMARCHE[forme];
  const blocks: Block[] = [
    paragraph(t(`${communeOfPlace(collectivite.adresse.commune)}, le ${dateEnLettres(date)}`), { align: 'right' }),
    paragraph([text(`à ${addressee}`, { bold: true })], { align: 'right' }),
    ...(covering ? [paragraph(covering, { align: 'right' })] : []),
    paragraph([text('Objet\u00a0: ', { bold: true }), text(t(demarche.subject))], { align: 'left' }),
    paragraph(`${salutation},`, { align: 'left' }),
    paragraph(
      t(
        `J’ai l’honneur de vous faire part de la volonté ${names.de} de s’engager, aux côtés de l’État, dans la démarche de ${demarche.demarche} des réfugiés et des étrangers primo-arrivants.`,
      ),
    ),
    paragraph(
      t(
        `Notre territoire${collectivite.population ? `, qui compte ${compte(collectivite.population, 'habitant')},` : ''} accueille chaque année des personnes nouvellement admises au séjour${latest ? ` : ${compte(latest.titresDeSejour, 'premier titre de séjour', 'premiers titres de séjour')} en ${latest.annee}, dont ${compte(latest.bpi, 'bénéficiaire')} de la protection internationale` : ''}. Nous souhaitons améliorer leur accueil et leur accès au droit commun.`,
      ),
    ),
    paragraph(t(demarche.preparation)),
    paragraph(t('Les axes que nous envisageons de travailler sont les suivants :'), {
      keepWithNext: true,
      align: 'left',
    }),
    { type: 'list', items: axes.map((axe) => [text(AXE_LABELS[axe])]) },
    ...(referents.length ? [paragraph(t(`Pour suivre la démarche, nous désignons : ${referents.join(' ; ')}.`))] : []),
    paragraph(
      t(
        `${capitalize(names.sujet)} est ${accorde(names.genre, 'prêt')} à cofinancer les actions qui seront retenues, à côté des financements de l’État.`,
      ),
    ),
    paragraph(t(`Je vous prie d’agréer, ${salutation}, l’expression de ma haute considération.`)),
    {
      type: 'signatures',
      columns: [
        {
          lines: [representativeQuality(collectivite)],
          name: fullName(collectivite.representant),
        },
      ],
    },
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `Lettre d’intention — ${names.nom}`,
        subject: demarche.subject,
        author: options.author,
        keywords: [forme.toUpperCase(), 'lettre d’intention', collectivite.nom],
        createdAt: new Date(`${date}T12:00:00Z`),
      },
      letterhead: {
        kind: 'collectivite',
        lines: [
          names.nom,
          collectivite.adresse.ligne1,
          collectivite.adresse.ligne2,
          `${collectivite.adresse.codePostal} ${collectivite.adresse.commune}`.trim(),
          collectivite.contact.telephone,
          collectivite.contact.email,
        ].filter(Boolean),
      },
      footer: `${names.nom} — Lettre d’intention ${forme.toUpperCase()}`,
      blocks,
    },
  };
}
