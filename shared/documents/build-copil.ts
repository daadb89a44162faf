// The Relevé de décisions of a steering committee (COPIL): the meeting, its participants, its
// decisions (and the avenant a decision proposes), signed by both co-chairs.
import { sansEcritureInclusive } from '../format/civility';
import { communeOfPlace } from '../format/territory-names';
import type { Dossier } from '../dossier/dossier-schema';
import { dateEnLettres } from '../format/dates';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { heading, paragraph, text, type Block } from './document-model';
import type { MissingField } from './missing-data';
import { blocMarqueAuthority } from './parties';
import { signatureBlocks } from './build-contract';
import { actSigners } from '../dossier/act-signers';

/** The meeting a relevé is made of: the one held on `date` (ISO). */
export function missingForCopil(dossier: Dossier, date: string | undefined): MissingField[] {
  if (!date) return [{ path: 'contrat.copil', tab: 'suivi', message: 'La date du comité de pilotage.' }];
  const copil = dossier.contrat.copil.find((c) => c.date === date);
  if (!copil)
    return [
      {
        path: 'contrat.copil',
        tab: 'suivi',
        message: `Aucun comité de pilotage n’est enregistré le ${dateEnLettres(date)} : enregistrez-le dans l’onglet Suivi.`,
      },
    ];
  if (copil.decisions.every((d) => !d.texte.trim()))
    return [
      {
        path: 'contrat.copil',
        tab: 'suivi',
        message: `Les décisions du comité du ${dateEnLettres(date)} (onglet Suivi).`,
      },
    ];
  return [];
}

export function buildCopil(
  dossier: Dossier,
  date: string | undefined,
  /** `draft`: build despite missing data (to find what the document prints), never to print. */
  options: { author: string; createdAt: Date; draft?: boolean },
): BuildResult {
  const missing = missingForCopil(dossier, date);
  if ((missing.length && !options.draft) || !date) return { ok: false, missing };
  const t = typographie;
  const copil = dossier.contrat.copil.find((c) => c.date === date)!;
  const { collectivite } = dossier;
  const participants = copil.participants.filter((p) => p.nom.trim());
  const decisions = copil.decisions.filter((d) => d.texte.trim());
  const blocks: Block[] = [
    heading(1, 'Relevé de décisions du comité de pilotage'),
    paragraph(t(`Contrat territorial d’accueil et d’intégration — ${collectivite.nom}`), { align: 'left' }),
    paragraph(t(`Réuni le ${dateEnLettres(copil.date)}${copil.lieu ? ` à ${communeOfPlace(copil.lieu)}` : ''}.`), {
      align: 'left',
    }),
    ...(copil.objet
      ? [paragraph([text('Ordre du jour : ', { bold: true }), text(t(copil.objet))], { align: 'left' })]
      : []),
    heading(2, 'Participants'),
    participants.length
      ? {
          type: 'table',
          widths: [1.4, 1.4, 1.6],
          header: ['Nom', 'Qualité', 'Institution'],
          rows: participants.map((p) => [t(p.nom), t(sansEcritureInclusive(p.qualite, '')), t(p.institution)]),
        }
      : paragraph('Les participants n’ont pas été enregistrés.'),
    heading(2, 'Décisions'),
    ...decisions.map((decision, i) =>
      paragraph([
        text(`Décision n° ${i + 1} : `, { bold: true }),
        text(t(decision.texte)),
        ...(decision.avenantAnnee
          ? [text(t(` Cette décision propose un avenant pour ${decision.avenantAnnee}.`), { italic: true })]
          : []),
      ]),
    ),
    // Signed by the dossier's people as of the meeting, titled as every act titles them (act-signers.ts).
    signatureBlocks(dossier, actSigners(dossier)),
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `Relevé de décisions du COPIL du ${dateEnLettres(copil.date)} — ${collectivite.nom}`,
        subject: 'Relevé de décisions du comité de pilotage du contrat territorial d’accueil et d’intégration',
        author: options.author,
        keywords: ['CTAI', 'COPIL', collectivite.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: blocMarqueAuthority(dossier) },
      footer: `CTAI ${collectivite.nom} — COPIL du ${copil.date.split('-').reverse().join('/')}`,
      blocks,
    },
  };
}
