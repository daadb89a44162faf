// The programme's figures as a one-page document with charts (bar blocks of the document model):
// the sentence the DGEF and the DIAIR quote, then territories by type and by région, State
// credits per year and per axis, actions, and what is overdue. Drawn by the app's renderers.
import type { BundleErrorCode } from '../bundle/bundle-error';
import { REFUSAL_TEXT } from '../bundle/refusal-text';
import { AXE_LABELS } from '../dossier/axes';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { compte } from '../format/plural';
import { heading, paragraph, type Block, type DocumentModel } from '../documents/document-model';
import { typesetModel } from '../documents/typeset';
import {
  CATEGORY_LABELS,
  formAbbreviation,
  notCountedText,
  OVERDUE_LABELS,
  programmeHeadline,
  type ProgrammeReport,
} from './programme-report';

/** Régions shown one by one; the others share a last bar, so that the page holds. */
const REGION_BARS = 12;

const count = (value: number) => value.toLocaleString('fr-FR');

/** `shownCount`: régions shown one by one (fewer when refused bundles take lines of the page). */
function regionBars(
  report: ProgrammeReport,
  shownCount = REGION_BARS,
): { label: string; value: number; text: string }[] {
  const shown = report.parRegion.slice(0, shownCount);
  const rest = report.parRegion.slice(shownCount).reduce((sum, region) => sum + region.count, 0);
  return [
    ...shown.map(({ nom, count: value }) => ({ label: nom, value, text: count(value) })),
    ...(rest ? [{ label: 'Autres régions', value: rest, text: count(rest) }] : []),
  ];
}

/** A bundle the report did not count, and why (the reason's first sentence is said). */
export interface RefusedSource {
  fichier: string;
  raison: string;
}

/** Refusals named one by one; beyond, their number, so that the page holds. */
const REFUSALS_SHOWN = 3;

/**
 * A refusal's reason, briefly: for a bundle's refusal (« [code] sentence »), the code said as the
 * exchanges journal says it (refusal-text.ts); else the reason's first sentence.
 */
function briefly(raison: string): string {
  const code = /^\[([^\]]+)\]/.exec(raison)?.[1];
  if (code && code in REFUSAL_TEXT) return REFUSAL_TEXT[code as BundleErrorCode];
  return raison
    .replace(/^\[[^\]]*\]\s*/, '')
    .split(/(?<=[.!?])\s/)[0]!
    .replace(/\.$/, '');
}

/**
 * The document of `report`. `sources`: what the figures were read from, said under the
 * headline (« 500 échanges lus, 2 refusés »); `refused`: the bundles not counted, each named with
 * its reason, briefly.
 */
export function buildProgrammeDocument(
  report: ProgrammeReport,
  sources: string,
  createdAt: Date,
  refused: readonly RefusedSource[] = [],
): DocumentModel {
  const shownRefusals = refused.slice(0, REFUSALS_SHOWN).map((r) => `${r.fichier} (${briefly(r.raison)})`);
  const moreRefusals = refused.length - shownRefusals.length;
  const refusals = refused.length
    ? `Échanges refusés, non comptés : ${shownRefusals.join(' ; ')}${
        moreRefusals > 0 ? ` ; et ${compte(moreRefusals, 'autre', 'autres')} (liste dans programme.json)` : ''
      }.`
    : '';
  // The paragraph of refusals takes lines of the page (about 90 characters each, a line a little
  // taller than a bar, and a space): as many régions fewer are shown one by one, so the page holds.
  const regionsShown = refusals ? Math.max(3, REGION_BARS - 2 - Math.ceil(refusals.length / 70)) : REGION_BARS;
  const blocks: Block[] = [
    heading(1, 'Territoires d’intégration : les chiffres du programme'),
    paragraph(programmeHeadline(report), { align: 'left' }),
    paragraph(
      [
        `${compte(report.actions, 'action financée', 'actions financées')} pour ${compte(report.beneficiaires, 'bénéficiaire visé', 'bénéficiaires visés')}`,
        `territoires par forme : ${report.parForme
          .map(({ forme, count: value }) => `${count(value)} ${formAbbreviation(forme)}`)
          .join(', ')}`,
        `${compte(report.enRetard.territoires, 'territoire', 'territoires')} avec une échéance dépassée au ${dateEnLettres(report.date)} (${compte(report.enRetard.echeances, 'échéance', 'échéances')})`,
        notCountedText(report) ? `dossiers non comptés : ${notCountedText(report)}` : '',
        sources,
      ]
        .filter(Boolean)
        .join(' ; ') + '.',
      { align: 'left' },
    ),
    ...(refusals ? [paragraph(refusals, { align: 'left' })] : []),
    {
      type: 'bars',
      title: 'Territoires par type',
      bars: report.parCategorie.map(({ categorie, count: value }) => ({
        label: CATEGORY_LABELS[categorie].many.replace(/^./, (c) => c.toUpperCase()),
        value,
        text: count(value),
      })),
    },
    { type: 'bars', title: 'Territoires par région', bars: regionBars(report, regionsShown) },
    {
      type: 'bars',
      title: 'Crédits de l’État accordés par année',
      bars: report.etatParAnnee.map(({ annee, accorde }) => ({
        label: String(annee),
        value: accorde,
        text: formatEuros(accorde),
      })),
    },
    {
      type: 'bars',
      title: 'Crédits de l’État accordés par axe',
      bars: report.etatParAxe.map(({ axe, accorde }) => ({
        label: AXE_LABELS[axe],
        value: accorde,
        text: formatEuros(accorde),
      })),
    },
    {
      type: 'bars',
      title: `Échéances dépassées au ${dateEnLettres(report.date)}`,
      bars: report.enRetard.parType.map(({ type, count: value }) => ({
        label: OVERDUE_LABELS[type],
        value,
        text: count(value),
      })),
    },
  ];
  return typesetModel({
    meta: {
      title: 'Territoires d’intégration : les chiffres du programme',
      subject: programmeHeadline(report),
      author: 'Contrats CTAI',
      keywords: ['CTAI', 'PTAI', 'programme', 'bilan'],
      createdAt,
    },
    letterhead: { kind: 'etat', authority: 'Ministère de l’Intérieur' },
    footer: `Chiffres du programme au ${dateEnLettres(report.date)}`,
    blocks,
  });
}
