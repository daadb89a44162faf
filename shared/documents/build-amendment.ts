// The avenant financier of a year: the new granted amount of each action for that year, the
// actions it adds or withdraws, and its payment schedule — all read from the one financial
// model (commitment.ts), so that its article, its table and its schedule state one figure.
import { avenantCommitment, avenantNumber, contractCommitment } from '../dossier/commitment';
import { avenantFor } from '../dossier/avenants';
import type { Dossier } from '../dossier/dossier-schema';
import { montantEnLettres } from '../format/amount-words';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { madeAt, scheduleTable, signatureBlocks } from './build-contract';
import { heading, paragraph, text, type Block } from './document-model';
import { missingForAmendment } from './missing-data';
import { capitalize, collectiviteDesignation, collectiviteParty, etatParty, prefetTitle } from './parties';

export function buildAmendment(
  dossier: Dossier,
  annee: number,
  options: { author: string; createdAt: Date; avenantId?: string },
): BuildResult {
  const avenant = avenantFor(dossier, annee, options.avenantId);
  const missing = missingForAmendment(dossier, avenant, annee, options.createdAt.toISOString().slice(0, 10));
  if (missing.length || !avenant) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat } = dossier;
  const numero = avenantNumber(dossier, avenant);
  const commitment = avenantCommitment(dossier, avenant);
  const total = commitment.total;
  const before = new Set(
    contractCommitment(dossier, annee)
      .lines.filter((l) => l.montant > 0)
      .map((l) => l.actionId),
  );
  const after = new Set(commitment.lines.map((line) => line.actionId));
  const title = (id: string) => dossier.actions.find((action) => action.id === id)?.intitule ?? id;
  const withdrawn = [...before].filter((id) => !after.has(id)).map(title);
  const added = [...after].filter((id) => !before.has(id)).map(title);
  const heading1 = `Avenant financier n° ${numero} pour l’année ${annee}`;
  const changes: Block[] = [
    ...(added.length
      ? [
          paragraph(
            t(
              `Le présent avenant ajoute au contrat, pour ${annee}, ${added.length > 1 ? 'les actions' : 'l’action'} ${added.map((a) => `« ${a} »`).join(', ')}.`,
            ),
          ),
        ]
      : []),
    ...(withdrawn.length
      ? [
          paragraph(
            t(
              `${withdrawn.length > 1 ? 'Les actions' : 'L’action'} ${withdrawn.map((a) => `« ${a} »`).join(', ')} ${withdrawn.length > 1 ? 'ne sont plus financées' : 'n’est plus financée'} en ${annee}.`,
            ),
          ),
        ]
      : []),
  ];
  const deliberation = avenant.deliberation.numero
    ? [
        paragraph(
          t(
            `Vu la délibération n° ${avenant.deliberation.numero}${avenant.deliberation.date ? ` du ${dateEnLettres(avenant.deliberation.date)}` : ''} autorisant la signature du présent avenant ;`,
          ),
        ),
      ]
    : [];
  const blocks: Block[] = [
    heading(1, heading1),
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
    ...deliberation,
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
      rows: commitment.lines.map((line) => [line.intitule, formatEuros(line.montant)]),
      footer: ['Total', formatEuros(total)],
      numeric: [false, true],
    },
    ...changes,
    heading(2, 'Article 3 — Modalités de versement'),
    paragraph(
      t(
        `${contrat.tauxAvance} % du montant sont versés à titre d’avance à la signature du présent avenant, et le solde à réception du bilan de l’année ${annee} :`,
      ),
      { keepWithNext: true },
    ),
    scheduleTable(dossier, commitment),
    heading(2, 'Article 4 — Autres stipulations'),
    paragraph('Les autres stipulations du contrat demeurent inchangées.'),
    madeAt({
      ...dossier,
      contrat: {
        ...contrat,
        signature: { ...contrat.signature, lieu: avenant.lieu || contrat.signature.lieu, date: avenant.date },
      },
    }),
    signatureBlocks(dossier, avenant.signataires.length ? avenant.signataires : contrat.signature.signataires),
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `${heading1} — ${collectivite.nom}`,
        subject: `Avenant financier ${annee} au CTAI n° ${contrat.numero}`,
        author: options.author,
        keywords: ['CTAI', 'avenant', String(annee), collectivite.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: prefetTitle(dossier, 'Monsieur') },
      footer: `CTAI ${collectivite.nom} — avenant n° ${numero} (${annee})`,
      blocks,
    },
  };
}
