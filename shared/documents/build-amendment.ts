// The avenant financier of a year: the new granted amount of each action for that year, the
// actions it adds or withdraws, and its payment schedule — all read from the one financial
// model (commitment.ts), so that its article, its table and its schedule state one figure.
import { avenantCommitment, avenantNumber, contractCommitment } from '../dossier/commitment';
import { avenantSigners, contractDeliberation } from '../dossier/act-signers';
import { avenantFor } from '../dossier/avenants';
import type { Dossier } from '../dossier/dossier-schema';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { articleNumber, madeAt, scheduleTable, signatureBlocks, sommeRuns } from './build-contract';
import { accorde } from '../dossier/designations';
import { heading, paragraph, text, type Block } from './document-model';
import { financeLawFor } from './finance-laws';
import { missingForAmendment } from './missing-data';
import { punctuateVisas } from './visas';
import { blocMarqueAuthority, capitalize, collectiviteParty, designations, delegationVisa, etatParty } from './parties';

export function buildAmendment(
  dossier: Dossier,
  annee: number,
  /**
   * `articles`: the settings of Paramètres (the finance law entered there, finance-laws.ts);
   * `draft`: build despite missing data (to find what the document prints), never to print.
   */
  options: {
    author: string;
    createdAt: Date;
    avenantId?: string;
    articles?: Readonly<Record<string, string>>;
    draft?: boolean;
  },
): BuildResult {
  const avenant = avenantFor(dossier, annee, options.avenantId);
  const missing = missingForAmendment(dossier, avenant, annee, options.createdAt.toISOString().slice(0, 10));
  if ((missing.length && !options.draft) || !avenant) return { ok: false, missing };
  // The finance law is never later than the avenant's signature (or the document's date), never
  // left out: the avenant is refused while it is not known.
  const signature = avenant.date || options.createdAt.toISOString().slice(0, 10);
  // The law of the year whose credits the avenant sets (the avenant is signed within that year:
  // consistency.ts), never one of another year.
  const financeLaw = financeLawFor(annee, signature, options.articles);
  if (!financeLaw.ok) return { ok: false, missing: [financeLaw.problem] };
  const t = typographie;
  const { contrat } = dossier;
  const names = designations(dossier);
  const signers = avenantSigners(dossier, avenant);
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
        `Vu la délibération n° ${avenant.deliberation.numero}${avenant.deliberation.date ? ` du ${dateEnLettres(avenant.deliberation.date)}` : ''} autorisant la signature du présent avenant`,
      ]
    : [];
  const visas = punctuateVisas([
    `Vu le contrat territorial d’accueil et d’intégration n° ${contrat.numero}${contrat.signature.date ? ` signé le ${dateEnLettres(contrat.signature.date)}` : ''}`,
    `Vu ${financeLaw.text}`,
    ...delegationVisa(signers),
    ...deliberation,
  ]).map((visa) => paragraph(t(visa)));
  const blocks: Block[] = [
    heading(1, heading1),
    paragraph(t(`au contrat territorial d’accueil et d’intégration n° ${contrat.numero} ${names.de}`), {
      align: 'center',
    }),
    paragraph([text('Entre', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(signers))}, ci-après dénommé « l’État »,`)),
    paragraph([text('et', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(
      t(
        `${capitalize(collectiviteParty(dossier, signers, avenant.deliberation.numero ? avenant.deliberation : contractDeliberation(dossier)))}, ci-après ${accorde(names.genre, 'dénommé')} « la collectivité ».`,
      ),
    ),
    ...visas,
    paragraph('Il est convenu ce qui suit.', { align: 'left' }),
    heading(2, `Article ${articleNumber(0)} — Objet`),
    paragraph(
      t(
        `Le présent avenant fixe, pour l’année ${annee}, le montant de la participation de l’État aux actions du contrat et les modalités de son versement.`,
      ),
    ),
    heading(2, 'Article 2 — Montant'),
    paragraph([
      ...sommeRuns(
        `Sous réserve de la disponibilité des crédits, l’État apporte ${names.a} pour l’année ${annee} la somme `,
        total,
      ),
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
        `Une part de ${contrat.tauxAvance} % du montant est versée à titre d’avance à la signature du présent avenant, et le solde à réception du bilan de l’année ${annee} :`,
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
    signatureBlocks(dossier, signers),
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `${heading1} — ${names.nom}`,
        subject: `Avenant financier ${annee} au CTAI n° ${contrat.numero}`,
        author: options.author,
        keywords: ['CTAI', 'avenant', String(annee), names.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: blocMarqueAuthority(dossier) },
      footer: `CTAI ${names.nom} — avenant n° ${numero} (${annee})`,
      blocks,
    },
  };
}
