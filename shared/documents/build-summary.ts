// The Fiche de synthèse of a dossier, one or two pages for a meeting or the préfet's briefing:
// the collectivité, the step and its dates, the actions with the State's money per year (the
// amounts in force, commitment.ts), and what is due (follow-up.ts). Made at any step.
import { COLLECTIVITE_TYPE_LABELS } from '../dossier/collectivite-type';
import { contractYears, stateCommitment } from '../dossier/commitment';
import type { Dossier } from '../dossier/dossier-schema';
import { dueItems } from '../dossier/follow-up';
import { fundedActions, grantedAmounts } from '../dossier/funding';
import { isContractSigned } from '../dossier/signed-contract';
import { DOSSIER_STATUS_LABELS, FORME_LABELS, formeOf, formeStepLabel, stepsOf } from '../dossier/workflow-steps';
import { dateEnLettres, deAnneeAAnnee } from '../format/dates';
import { compte } from '../format/plural';
import { formatEuros } from '../format/money';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { heading, paragraph, type Block } from './document-model';
import { blocMarqueAuthority } from './parties';

/** Sentences each ended by one full stop (none doubled, none for an empty one). */
function sentences(...parts: string[]): string {
  return parts
    .filter((part) => part.trim())
    .map((part) => part.replace(/\.?$/, '.'))
    .join(' ');
}

export function buildSummary(
  dossier: Dossier,
  options: { author: string; createdAt: Date; date: string },
): BuildResult {
  const t = typographie;
  const { collectivite, contrat, workflow } = dossier;
  const actions = fundedActions(dossier);
  const years = contractYears(dossier);
  const shownYears = years.length
    ? years
    : [...new Set(actions.flatMap((a) => a.budgets.map((b) => b.annee)))].sort((a, b) => a - b);
  // Once the contract is signed, in its years, the amounts in force (contract, then signed
  // avenants); before, the amounts granted (or requested) in each action's budget — the
  // contract's years alone, set before the signature, commit nothing yet.
  const signed = isContractSigned(dossier);
  const granted = grantedAmounts(dossier);
  const amountFor = (actionId: string, annee: number) => {
    if (signed && years.includes(annee))
      return stateCommitment(dossier, annee).lines.find((line) => line.actionId === actionId)?.montant ?? 0;
    const action = dossier.actions.find((a) => a.id === actionId)!;
    const budget = action.budgets.find((b) => b.annee === annee);
    return budget ? granted(action, budget) || budget.ctaiDemande : 0;
  };
  const rows = actions.map((action) => {
    const amounts = shownYears.map((annee) => amountFor(action.id, annee));
    return [
      t(action.intitule),
      t(action.porteur.nom),
      ...amounts.map(formatEuros),
      formatEuros(amounts.reduce((s, a) => s + a, 0)),
    ];
  });
  const totals = shownYears.map((annee) => actions.reduce((sum, action) => sum + amountFor(action.id, annee), 0));
  const due = dueItems(dossier, options.date);
  const forme = formeOf(dossier);
  const steps = stepsOf(forme)
    .filter((step) => workflow.dates[step])
    .map((step) => `${formeStepLabel(forme, step)} : ${dateEnLettres(workflow.dates[step]!)}`);
  const identity = [
    COLLECTIVITE_TYPE_LABELS[collectivite.type],
    collectivite.departement.nom,
    collectivite.population ? compte(collectivite.population, 'habitant') : '',
  ]
    .filter(Boolean)
    .join(', ');
  // What the act is: its number and years as planned; « signé le » only once it is.
  const act = forme === 'ptai' ? { nom: 'Convention', e: 'e' } : { nom: 'Contrat', e: '' };
  const contractSentence = [
    contrat.numero ? `${act.nom} n° ${contrat.numero}` : years.length ? act.nom : '',
    years.length ? deAnneeAAnnee(years[0]!, years.at(-1)!) : '',
  ]
    .filter(Boolean)
    .join(' ')
    .concat(signed && contrat.signature.date ? `, signé${act.e} le ${dateEnLettres(contrat.signature.date)}` : '')
    .concat(!signed && (contrat.numero || years.length) ? `, non signé${act.e}` : '');
  const blocks: Block[] = [
    heading(1, t(`Fiche de synthèse — ${collectivite.nom}`)),
    paragraph(t(sentences(identity, contractSentence)), { align: 'left' }),
    paragraph(
      t(
        `${FORME_LABELS[forme]}. Étape : ${formeStepLabel(forme, workflow.etape)}${workflow.statut !== 'actif' ? ` (${DOSSIER_STATUS_LABELS[workflow.statut].toLowerCase()})` : ''}.`,
      ),
      {
        align: 'left',
      },
    ),
    ...(steps.length ? [{ type: 'list', items: steps.map((s) => [{ text: t(s) }]) } as Block] : []),
    heading(2, 'Actions et crédits de l’État'),
    paragraph(
      signed
        ? `Montants en vigueur : ceux ${forme === 'ptai' ? 'de la convention signée' : 'du contrat signé, puis de ses avenants signés'}.`
        : `Montants accordés, ou à défaut demandés, dans le budget de chaque action : ${forme === 'ptai' ? 'la convention n’est pas signée' : 'le contrat n’est pas signé'}.`,
      { align: 'left' },
    ),
    actions.length
      ? {
          type: 'table',
          widths: [2.2, 1.4, ...shownYears.map(() => 1.35), 1.45],
          header: ['Action', 'Porteur', ...shownYears.map(String), 'Total'],
          rows,
          footer: ['Total', '', ...totals.map(formatEuros), formatEuros(totals.reduce((s, a) => s + a, 0))],
          numeric: [false, false, ...shownYears.map(() => true), true],
        }
      : paragraph('Aucune action n’est encore proposée.'),
    heading(2, 'Échéances'),
    due.length
      ? {
          type: 'list',
          items: due.map((item) => [{ text: t(`${item.etat === 'depassee' ? 'En retard : ' : ''}${item.label}`) }]),
        }
      : paragraph(
          signed
            ? 'Rien n’est attendu pour le moment.'
            : `Les échéances du suivi commencent à la signature ${forme === 'ptai' ? 'de la convention' : 'du contrat'}.`,
        ),
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `Fiche de synthèse — ${collectivite.nom}`,
        subject: 'Fiche de synthèse du dossier de contrat territorial d’accueil et d’intégration',
        author: options.author,
        keywords: ['CTAI', 'synthèse', collectivite.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: blocMarqueAuthority(dossier) },
      footer: `CTAI ${collectivite.nom} — fiche de synthèse du ${options.date.split('-').reverse().join('/')}`,
      blocks,
    },
  };
}
