// The programme's figures as a one-page document with charts (bar blocks of the document model):
// the sentence the DGEF and the DIAIR quote, then territories by type and by région, State
// credits per year and per axis, actions, and what is overdue. Drawn by the app's renderers.
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

function regionBars(report: ProgrammeReport): { label: string; value: number; text: string }[] {
  const shown = report.parRegion.slice(0, REGION_BARS);
  const rest = report.parRegion.slice(REGION_BARS).reduce((sum, region) => sum + region.count, 0);
  return [
    ...shown.map(({ nom, count: value }) => ({ label: nom, value, text: count(value) })),
    ...(rest ? [{ label: 'Autres régions', value: rest, text: count(rest) }] : []),
  ];
}

/**
 * The document of `report`. `sources`: what the figures were read from, said under the
 * headline (« 500 échanges lus, 2 refusés »).
 */
export function buildProgrammeDocument(report: ProgrammeReport, sources: string, createdAt: Date): DocumentModel {
  const forms = report.parForme.filter(({ count: value }) => value > 0);
  const blocks: Block[] = [
    heading(1, 'Territoires d’intégration : les chiffres du programme'),
    paragraph(programmeHeadline(report), { align: 'left' }),
    paragraph(
      [
        `${compte(report.actions, 'action financée', 'actions financées')} pour ${compte(report.beneficiaires, 'bénéficiaire visé', 'bénéficiaires visés')}`,
        forms.length > 1
          ? forms.map(({ forme, count: value }) => `${count(value)} ${formAbbreviation(forme)}`).join(', ')
          : '',
        `${compte(report.enRetard.territoires, 'territoire', 'territoires')} avec une échéance dépassée au ${dateEnLettres(report.date)} (${compte(report.enRetard.echeances, 'échéance', 'échéances')})`,
        notCountedText(report) ? `dossiers non comptés : ${notCountedText(report)}` : '',
        sources,
      ]
        .filter(Boolean)
        .join(' ; ') + '.',
      { align: 'left' },
    ),
    {
      type: 'bars',
      title: 'Territoires par type',
      bars: report.parCategorie.map(({ categorie, count: value }) => ({
        label: CATEGORY_LABELS[categorie].many.replace(/^./, (c) => c.toUpperCase()),
        value,
        text: count(value),
      })),
    },
    { type: 'bars', title: 'Territoires par région', bars: regionBars(report) },
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
