// The Bilan annuel du contrat for a year, ready for the COPIL: per action, its indicators
// (target against reached), beneficiaries, spending against what was planned, and the account
// of the year; then the totals. Planned figures are the year's act (commitment.ts) and the
// action's budget; reached ones are the yearly report (follow-up.ts).
import { contractYears, stateCommitment } from '../dossier/commitment';
import type { Dossier } from '../dossier/dossier-schema';
import { bilanFor, financialStatementReceived, reportReceived } from '../dossier/follow-up';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { heading, paragraph, text, type Block } from './document-model';
import type { MissingField } from './missing-data';
import { blocMarqueAuthority } from './parties';

const amount = (cents: number | null | undefined) => (cents === null || cents === undefined ? '—' : formatEuros(cents));
const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;

/** Why a year's report cannot be made: a year outside the contract, or no report recorded for it. */
export function missingForReport(dossier: Dossier, annee: number | undefined): MissingField[] {
  const years = contractYears(dossier);
  if (annee === undefined)
    return [{ path: 'contrat.bilans', tab: 'suivi', message: 'L’année du bilan (par exemple 2026).' }];
  if (!years.includes(annee))
    return [
      {
        path: 'contrat.anneeDebut',
        tab: 'contrat',
        message: years.length
          ? `${annee} n’est pas une année du contrat (${years[0]} à ${years.at(-1)}) : choisissez une année du contrat.`
          : 'La première année et la durée du contrat, pour savoir quelles années ont un bilan.',
      },
    ];
  if (!bilanFor(dossier, annee))
    return [{ path: 'contrat.bilans', tab: 'suivi', message: `Le bilan ${annee}, à saisir dans l’onglet Suivi.` }];
  return [];
}

export function buildReport(
  dossier: Dossier,
  annee: number | undefined,
  /** `draft`: build despite missing data (to find what the document prints), never to print. */
  options: { author: string; createdAt: Date; draft?: boolean },
): BuildResult {
  const missing = missingForReport(dossier, annee);
  if ((missing.length && !options.draft) || annee === undefined) return { ok: false, missing };
  const t = typographie;
  const bilan = bilanFor(dossier, annee)!;
  const { collectivite, contrat } = dossier;
  const commitment = stateCommitment(dossier, annee);
  const granted = new Map(commitment.lines.map((line) => [line.actionId, line.montant]));
  const received = reportReceived(bilan);
  const statement = financialStatementReceived(bilan);
  const blocks: Block[] = [
    heading(1, t(`Bilan annuel ${annee} du contrat territorial d’accueil et d’intégration`)),
    paragraph(
      t(
        `${collectivite.nom}${contrat.numero ? ` — contrat n° ${contrat.numero}` : ''}. Bilan ${received ? `reçu le ${dateEnLettres(received)}` : 'non encore reçu'} ; compte rendu financier ${statement ? `reçu le ${dateEnLettres(statement)}` : 'non encore reçu'}.`,
      ),
    ),
  ];
  const totals = { granted: 0, ctai: 0, cost: 0, spent: 0, reached: 0, aimed: 0 };
  for (const entry of bilan.actions) {
    const action = dossier.actions.find((candidate) => candidate.id === entry.actionId);
    if (!action) continue;
    const budget = action.budgets.find((b) => b.annee === annee);
    const ctaiGranted = granted.get(action.id) ?? 0;
    totals.granted += ctaiGranted;
    totals.ctai += entry.depenseCtai ?? 0;
    totals.cost += budget?.coutTotal ?? 0;
    totals.spent += entry.depenseTotale ?? 0;
    totals.reached += entry.beneficiairesAtteints ?? 0;
    totals.aimed += action.beneficiaires;
    blocks.push(heading(2, t(`${action.intitule} (${action.porteur.nom})`)));
    const indicators = action.indicateurs.map((indicateur) => [
      t(indicateur.libelle),
      t(indicateur.cible || '—'),
      t(indicateur.realise.find((r) => r.annee === annee)?.valeur || 'non renseigné'),
    ]);
    if (indicators.length)
      blocks.push({
        type: 'table',
        widths: [3, 1.2, 1.2],
        header: ['Indicateur', 'Cible', `Atteint en ${annee}`],
        rows: indicators,
      });
    blocks.push(
      paragraph(
        t(
          `Bénéficiaires : ${entry.beneficiairesAtteints === null ? 'non renseigné' : plural(entry.beneficiairesAtteints, 'atteint', 'atteints')} pour ${plural(action.beneficiaires, 'visé', 'visés')}.`,
        ),
      ),
    );
    const cofunders = budget?.cofinanceurs ?? [];
    const names = [...new Set([...cofunders.map((c) => c.nom), ...entry.cofinancements.map((c) => c.nom)])].filter(
      Boolean,
    );
    blocks.push({
      type: 'table',
      widths: [2.4, 1.3, 1.3],
      header: ['Financement', 'Prévu', `Réalisé ${annee}`],
      rows: [
        ['Coût total de l’action', amount(budget?.coutTotal), amount(entry.depenseTotale)],
        ['Crédits du CTAI (État)', amount(ctaiGranted), amount(entry.depenseCtai)],
        ...names.map((nom) => [
          t(nom),
          amount(cofunders.find((c) => c.nom === nom)?.montant ?? null),
          amount(entry.cofinancements.find((c) => c.nom === nom)?.montant ?? null),
        ]),
      ],
      numeric: [false, true, true],
    });
    for (const [label, value] of [
      ['Ce qui a été fait', entry.realise],
      ['Difficultés rencontrées', entry.difficultes],
      ['Perspectives pour l’année suivante', entry.perspectives],
    ] as const)
      if (value.trim())
        blocks.push(paragraph([text(t(`${label} : `), { bold: true }), text(t(value))], { align: 'left' }));
  }
  blocks.push(heading(2, 'Totaux'));
  blocks.push({
    type: 'table',
    widths: [2.4, 1.3, 1.3],
    header: ['', 'Prévu', `Réalisé ${annee}`],
    rows: [
      ['Crédits du CTAI (État)', formatEuros(totals.granted), formatEuros(totals.ctai)],
      ['Coût total des actions', formatEuros(totals.cost), formatEuros(totals.spent)],
      ['Bénéficiaires', totals.aimed.toLocaleString('fr-FR'), totals.reached.toLocaleString('fr-FR')],
    ],
    numeric: [false, true, true],
  });
  return {
    ok: true,
    model: {
      meta: {
        title: `Bilan annuel ${annee} — ${collectivite.nom}`,
        subject: `Bilan annuel ${annee} du contrat territorial d’accueil et d’intégration`,
        author: options.author,
        keywords: ['CTAI', 'bilan', String(annee), collectivite.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: blocMarqueAuthority(dossier) },
      footer: `CTAI ${collectivite.nom} — bilan ${annee}`,
      blocks,
    },
  };
}
