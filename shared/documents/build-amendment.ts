// The yearly financial amendment: the year's State amount per action and its payment schedule.
import type { Dossier } from '../dossier/dossier-schema';
import { fundedActions } from '../dossier/funding';
import { montantEnLettres } from '../format/amount-words';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { madeAt, signatureBlocks } from './build-contract';
import { heading, paragraph, text, type Block } from './document-model';
import { missingForAmendment } from './missing-data';
import { capitalize, collectiviteDesignation, collectiviteParty, etatParty, prefetTitle } from './parties';

export function buildAmendment(
  dossier: Dossier,
  annee: number,
  options: { author: string; createdAt: Date },
): BuildResult {
  const missing = missingForAmendment(dossier, annee);
  if (missing.length) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat } = dossier;
  const avenant = contrat.avenants.find((a) => a.annee === annee);
  const numero = avenant?.numero || String(annee - (contrat.anneeDebut ?? annee) + 1);
  const lines = fundedActions(dossier)
    .map((action) => {
      const budget = action.budgets.find((b) => b.annee === annee);
      const fixed = avenant?.montants.find((m) => m.actionId === action.id)?.montant;
      return budget ? { action, montant: fixed ?? budget.ctaiAccorde ?? budget.ctaiDemande } : null;
    })
    .filter((line): line is NonNullable<typeof line> => line !== null);
  const total = lines.reduce((sum, line) => sum + line.montant, 0);
  const versements = contrat.versements.filter((v) => v.annee === annee);
  const schedule: Block =
    versements.length > 0
      ? {
          type: 'table',
          widths: [2, 3, 3],
          header: ['Versement', 'Date prévue', 'Montant'],
          rows: versements.map((v) => [
            v.nature === 'avance' ? 'Avance' : 'Solde',
            v.datePrevue ? dateEnLettres(v.datePrevue) : 'à la signature',
            formatEuros(v.montantPrevu),
          ]),
          numeric: [false, false, true],
        }
      : paragraph(
          t(
            `Le versement intervient pour moitié, soit ${formatEuros(Math.round(total / 2))}, à la signature du présent avenant, et pour le solde, soit ${formatEuros(total - Math.round(total / 2))}, sur présentation du bilan de l’année ${annee}.`,
          ),
        );
  const title = `Avenant financier n° ${numero} pour l’année ${annee}`;
  const blocks: Block[] = [
    heading(1, title),
    paragraph(t(`au contrat territorial d’accueil et d’intégration n° ${contrat.numero} de ${collectivite.nom}`), {
      align: 'center',
    }),
    paragraph([text('Entre', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(dossier))}, ci-après dénommé « l’État »,`)),
    paragraph([text('et', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(collectiviteParty(dossier))}, ci-après dénommée « la collectivité ».`)),
    paragraph(
      t(
        `Vu le contrat territorial d’accueil et d’intégration n° ${contrat.numero}${contrat.signature.date ? ` signé le ${dateEnLettres(contrat.signature.date)}` : ''} ;`,
      ),
    ),
    paragraph(t(`Vu la loi de finances pour ${annee} ;`)),
    paragraph('Il est convenu ce qui suit.', { align: 'left' }),
    heading(2, 'Article 1 — Objet'),
    paragraph(
      t(
        `Le présent avenant fixe, pour l’année ${annee}, le montant de la participation de l’État aux actions du contrat et les modalités de son versement.`,
      ),
    ),
    heading(2, 'Article 2 — Montant'),
    paragraph([
      text(
        t(
          `Sous réserve de la disponibilité des crédits, l’État apporte à ${collectiviteDesignation(dossier)} pour l’année ${annee} la somme de `,
        ),
      ),
      text(`${montantEnLettres(total)} (${formatEuros(total)})`, { bold: true }),
      text(', répartie entre les actions comme suit :'),
    ]),
    {
      type: 'table',
      widths: [6, 2],
      header: ['Action', `Montant ${annee}`],
      rows: lines.map((line) => [line.action.intitule, formatEuros(line.montant)]),
      footer: ['Total', formatEuros(total)],
      numeric: [false, true],
    },
    heading(2, 'Article 3 — Modalités de versement'),
    schedule,
    heading(2, 'Article 4 — Autres stipulations'),
    paragraph('Les autres stipulations du contrat demeurent inchangées.'),
    madeAt({
      ...dossier,
      contrat: {
        ...contrat,
        signature: { ...contrat.signature, lieu: contrat.signature.lieu, date: avenant?.date ?? '' },
      },
    }),
    signatureBlocks(dossier),
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `${title} — ${collectivite.nom}`,
        subject: `Avenant financier ${annee} au CTAI n° ${contrat.numero}`,
        author: options.author,
        keywords: ['CTAI', 'avenant', String(annee), collectivite.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: prefetTitle(dossier, 'Monsieur') },
      footer: `CTAI ${collectivite.nom} — avenant ${annee}`,
      blocks,
    },
  };
}
