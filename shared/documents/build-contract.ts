// The contract (convention) between the State and the collectivité: parties, legal references,
// preamble, articles from the templates, signature blocks, and the annexes.
import { AXE_LABELS, AXES } from '../dossier/axes';
import type { Action, Dossier } from '../dossier/dossier-schema';
import { contractCommitments, isRetained, paymentSchedule, type YearCommitment } from '../dossier/commitment';
import { cofinancement } from '../dossier/funding';
import { montantEnLettres, nombreEnLettres } from '../format/amount-words';
import { dateEnLettres } from '../format/dates';
import { formatEuros, NBSP } from '../format/money';
import { typographie } from '../format/typography';
import type { BuildResult } from './build-result';
import { heading, paragraph, text, type Block, type DocumentModel } from './document-model';
import { missingForContract } from './missing-data';
import { capitalize, collectiviteDesignation, collectiviteParty, etatParty, fullName, prefetTitle } from './parties';
import { CONTRACT_ARTICLES, renderTemplate } from './templates';
import { representativeQuality } from '../dossier/representative';

export interface ContractOptions {
  author: string;
  createdAt: Date;
  /** Article texts adapted by the préfecture, by article id; the defaults otherwise. */
  articles?: Readonly<Record<string, string>>;
}

export type ContractBuildResult = BuildResult | { ok: false; missing: []; unknownFields: string[] };

export function signatureBlocks(dossier: Dossier, signataires = dossier.contrat.signature.signataires): Block {
  const { etat, collectivite } = dossier;
  const etatSignature = signataires.find((s) => s.partie === 'etat');
  const collectiviteSignature = signataires.find((s) => s.partie === 'collectivite');
  const etatLines =
    etat.signataire.qualite === 'sous-prefet'
      ? [
          'Pour l’État,',
          'Pour le préfet et par délégation,',
          // Signatories recorded by earlier versions carry the delegation in their title: said once.
          etatSignature?.qualite.replace(/,? pour le préfet et par délégation$/i, '') ??
            etat.sousPrefecture.nom.replace(/^Sous-préfecture/, 'Le sous-préfet'),
        ]
      : ['Pour l’État,', etatSignature?.qualite ?? capitalize(prefetTitle(dossier))];
  return {
    type: 'signatures',
    columns: [
      { lines: etatLines, name: etatSignature?.nom ?? fullName(etat.signataire) },
      {
        lines: [
          `Pour ${collectiviteDesignation(dossier)},`,
          collectiviteSignature?.qualite ?? representativeQuality(collectivite),
        ],
        name: collectiviteSignature?.nom ?? fullName(collectivite.representant),
      },
    ],
  };
}

export function madeAt(dossier: Dossier, copies = 'en deux exemplaires originaux'): Block {
  const { lieu, date } = dossier.contrat.signature;
  return paragraph(`Fait à ${lieu || '………………………'}, le ${date ? dateEnLettres(date) : '………………………'}, ${copies}.`, {
    keepWithNext: true,
    align: 'left',
  });
}

function actionSheet(action: Action, index: number): Block[] {
  const t = typographie;
  const rows = action.budgets.map((b) => [
    String(b.annee),
    formatEuros(b.coutTotal),
    formatEuros(b.ctaiDemande),
    b.ctaiAccorde === null ? '—' : formatEuros(b.ctaiAccorde),
    b.cofinanceurs.map((c) => `${c.nom} (${formatEuros(c.montant)})`).join(', ') || '—',
  ]);
  return [
    heading(3, t(`Fiche action n° ${index + 1} : ${action.intitule}`)),
    paragraph([text('Axes : ', { bold: true }), text(action.axes.map((axe) => AXE_LABELS[axe]).join(', '))], {
      align: 'left',
    }),
    paragraph(
      [
        text('Porteur : ', { bold: true }),
        text(
          `${action.porteur.nom}${action.porteur.formeJuridique ? `, ${action.porteur.formeJuridique}` : ''}${action.porteur.siret ? `, SIRET ${action.porteur.siret}` : ''}${action.porteur.rna ? `, RNA ${action.porteur.rna}` : ''}`,
        ),
      ],
      { align: 'left' },
    ),
    paragraph(
      [
        text('Public : ', { bold: true }),
        text(
          t(
            `${action.publicCible || 'non précisé'} — ${action.beneficiaires.toLocaleString('fr-FR')} bénéficiaires visés`,
          ),
        ),
      ],
      { align: 'left' },
    ),
    ...(action.dateDebut || action.dateFin
      ? [
          paragraph(
            [
              text('Période : ', { bold: true }),
              text(
                `${action.dateDebut ? `du ${dateEnLettres(action.dateDebut)}` : ''} ${action.dateFin ? `au ${dateEnLettres(action.dateFin)}` : ''}`.trim(),
              ),
            ],
            { align: 'left' },
          ),
        ]
      : []),
    ...(action.objectifs ? [paragraph([text('Objectifs : ', { bold: true }), text(t(action.objectifs))])] : []),
    ...(action.description ? [paragraph([text('Description : ', { bold: true }), text(t(action.description))])] : []),
    {
      type: 'table',
      widths: [1, 2, 2, 2, 4],
      header: ['Année', 'Coût total', 'CTAI demandé', 'CTAI accordé', 'Cofinanceurs'],
      rows,
      numeric: [false, true, true, true, false],
    },
  ];
}

/**
 * The payments of one year's act, as a table: advance at signature, balance on the report. An
 * act states its conditions, not what happened after it (a report received later).
 */
export function scheduleTable(dossier: Dossier, commitment: YearCommitment): Block {
  const schedule = paymentSchedule(dossier, commitment);
  return {
    type: 'table',
    widths: [2, 4, 3],
    header: ['Versement', 'Échéance', 'Montant'],
    rows: schedule.map((payment) => [
      payment.nature === 'avance' ? 'Avance' : 'Solde',
      payment.condition,
      formatEuros(payment.montant),
    ]),
    footer: ['Total', '', formatEuros(commitment.total)],
    numeric: [false, false, true],
  };
}

/** Annex 3: each year's lines (the contract's own figures), a subtotal per year, the total. */
function financialTable(dossier: Dossier, commitments: YearCommitment[]): Block {
  const budgetOf = (actionId: string, annee: number) =>
    dossier.actions.find((a) => a.id === actionId)?.budgets.find((b) => b.annee === annee);
  const rows: string[][] = [];
  let cost = 0;
  let cofunding = 0;
  for (const year of commitments) {
    let yearCost = 0;
    let yearCofunding = 0;
    for (const line of year.lines) {
      const budget = budgetOf(line.actionId, year.annee);
      const lineCost = budget?.coutTotal ?? 0;
      const lineCofunding = budget ? cofinancement(budget) : 0;
      yearCost += lineCost;
      yearCofunding += lineCofunding;
      rows.push([
        line.intitule,
        String(year.annee),
        formatEuros(lineCost),
        formatEuros(line.montant),
        formatEuros(lineCofunding),
      ]);
    }
    rows.push([`Total ${year.annee}`, '', formatEuros(yearCost), formatEuros(year.total), formatEuros(yearCofunding)]);
    cost += yearCost;
    cofunding += yearCofunding;
  }
  const first = commitments[0]?.annee ?? '';
  const last = commitments[commitments.length - 1]?.annee ?? '';
  return {
    type: 'table',
    widths: [5, 1.2, 2, 2, 2],
    header: ['Action', 'Année', 'Coût total', 'CTAI accordé', 'Cofinancements'],
    rows,
    footer: [
      first === last ? `Total du contrat (${first})` : `Total du contrat (${first}–${last})`,
      '',
      formatEuros(cost),
      formatEuros(commitments.reduce((sum, year) => sum + year.total, 0)),
      formatEuros(cofunding),
    ],
    numeric: [false, false, true, true, true],
  };
}

export function buildContract(dossier: Dossier, options: ContractOptions): ContractBuildResult {
  const missing = missingForContract(dossier, options.createdAt.toISOString().slice(0, 10));
  if (missing.length) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat, diagnostic, etat } = dossier;
  const actions = dossier.actions.filter(isRetained);
  const anneeDebut = contrat.anneeDebut!;
  const duree = contrat.duree!;
  const commitments = contractCommitments(dossier);
  const designation = collectiviteDesignation(dossier);
  const fields: Record<string, string> = {
    collectivite: designation,
    collectiviteMajuscule: capitalize(designation),
    territoire: `de ${collectivite.nom}`,
    duree: `${nombreEnLettres(duree)} an${duree > 1 ? 's' : ''}`,
    anneeDebut: String(anneeDebut),
    anneeFin: String(anneeDebut + duree - 1),
    programme: etat.programme || '104',
    tauxAvance: `${contrat.tauxAvance}${NBSP}%`,
  };
  const unknownFields: string[] = [];
  const articles: Block[] = [];
  CONTRACT_ARTICLES.forEach((article, index) => {
    const rendered = renderTemplate(options.articles?.[article.id] ?? article.template, fields);
    unknownFields.push(...rendered.unknownFields);
    articles.push(heading(2, `Article ${index + 1} — ${article.title}`), paragraph(t(rendered.text)));
    if (article.id === 'axes') {
      for (const axe of AXES.filter((a) => actions.some((action) => action.axes[0] === a))) {
        articles.push(paragraph([text(AXE_LABELS[axe], { bold: true })], { keepWithNext: true, align: 'left' }), {
          type: 'list',
          items: actions
            .filter((action) => action.axes[0] === axe)
            .map((action) => [text(t(`${action.intitule} (porteur : ${action.porteur.nom})`))]),
        });
      }
    }
    if (article.id === 'montant') {
      articles.push({
        type: 'list',
        items: commitments.map(({ annee, total }) => [
          text(`pour ${annee}, la somme de `),
          text(`${montantEnLettres(total)} (${formatEuros(total)})`, { bold: true }),
        ]),
      });
      const total = commitments.reduce((sum, year) => sum + year.total, 0);
      articles.push(
        paragraph(
          t(`soit, pour la durée du contrat, la somme totale de ${montantEnLettres(total)} (${formatEuros(total)}).`),
        ),
      );
      const first = commitments[0];
      if (first) {
        articles.push(
          paragraph(t(`Pour ${first.annee}, les versements s’établissent comme suit :`), { keepWithNext: true }),
          scheduleTable(dossier, first),
        );
      }
    }
  });
  if (contrat.clausesParticulieres.trim()) {
    articles.push(
      heading(2, `Article ${CONTRACT_ARTICLES.length + 1} — Clauses particulières`),
      paragraph(t(contrat.clausesParticulieres)),
    );
  }
  if (unknownFields.length) return { ok: false, missing: [], unknownFields: [...new Set(unknownFields)] };

  const latest = [...diagnostic.publics].sort((a, b) => a.annee - b.annee);
  const blocks: Block[] = [
    heading(1, 'Contrat territorial d’accueil et d’intégration'),
    paragraph([text(t(`${capitalize(designation)} — ${anneeDebut}-${anneeDebut + duree - 1}`), { bold: true })], {
      align: 'center',
    }),
    ...(contrat.numero ? [paragraph(`Contrat n° ${contrat.numero}`, { align: 'center' })] : []),
    paragraph([text('Entre', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(dossier))}, ci-après dénommé « l’État »,`)),
    paragraph([text('et', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(collectiviteParty(dossier))}, ci-après dénommée « la collectivité ».`)),
    heading(2, 'Visas'),
    {
      type: 'list',
      items: [
        'Vu le code général des collectivités territoriales ;',
        'Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations ;',
        `Vu la loi de finances pour ${anneeDebut} ;`,
        'Vu l’instruction relative aux contrats territoriaux d’accueil et d’intégration des réfugiés et des étrangers primo-arrivants ;',
        `Vu la délibération n° ${collectivite.deliberation.numero} du ${dateEnLettres(collectivite.deliberation.date)} autorisant la signature du présent contrat ;`,
      ].map((line) => [text(t(line))]),
    },
    heading(2, 'Préambule'),
    paragraph(
      t(
        diagnostic.synthese ||
          `L’État et ${designation} ont conduit ensemble un diagnostic partagé des besoins des personnes accueillies sur le territoire et de l’offre existante.`,
      ),
    ),
    ...(latest.length
      ? [
          paragraph(
            t(
              `Le diagnostic partagé, annexé au présent contrat, fait état de ${latest.map((p) => `${p.titresDeSejour.toLocaleString('fr-FR')} premiers titres de séjour en ${p.annee}, dont ${p.bpi.toLocaleString('fr-FR')} bénéficiaires de la protection internationale`).join(' ; ')}.`,
            ),
          ),
        ]
      : []),
    paragraph('Il est convenu ce qui suit.', { align: 'left' }),
    ...articles,
    madeAt(dossier),
    signatureBlocks(dossier),
    { type: 'pageBreak' },
    heading(2, 'Annexe 1 — Diagnostic partagé'),
    ...(latest.length
      ? [
          {
            type: 'table' as const,
            widths: [1, 2, 2, 1.5, 1.5, 3],
            header: ['Année', 'Titres de séjour', 'Protection internationale', 'Femmes', 'Enfants', 'Source'],
            rows: latest.map((p) => [
              String(p.annee),
              p.titresDeSejour.toLocaleString('fr-FR'),
              p.bpi.toLocaleString('fr-FR'),
              p.femmes.toLocaleString('fr-FR'),
              p.enfants.toLocaleString('fr-FR'),
              p.source,
            ]),
            numeric: [false, true, true, true, true, false],
          },
        ]
      : []),
    ...diagnostic.axes.flatMap((axe) => [
      heading(3, AXE_LABELS[axe.axe]),
      ...(axe.constats ? [paragraph([text('Constats : ', { bold: true }), text(t(axe.constats))])] : []),
      ...(axe.offreExistante
        ? [paragraph([text('Offre existante : ', { bold: true }), text(t(axe.offreExistante))])]
        : []),
      ...(axe.manques ? [paragraph([text('Manques : ', { bold: true }), text(t(axe.manques))])] : []),
    ]),
    { type: 'pageBreak' },
    heading(2, 'Annexe 2 — Fiches actions'),
    ...actions.flatMap(actionSheet),
    { type: 'pageBreak' },
    heading(2, 'Annexe 3 — Tableau financier pluriannuel'),
    financialTable(dossier, commitments),
    heading(2, 'Annexe 4 — Indicateurs'),
    {
      type: 'table',
      widths: [4, 4, 2],
      header: ['Action', 'Indicateur', 'Cible'],
      rows: actions.flatMap((action) =>
        action.indicateurs.map((indicateur) => [action.intitule, indicateur.libelle, indicateur.cible || '—']),
      ),
    },
  ];
  const model: DocumentModel = {
    meta: {
      title: `Contrat territorial d’accueil et d’intégration — ${collectivite.nom}`,
      subject: `Contrat territorial d’accueil et d’intégration ${anneeDebut}-${anneeDebut + duree - 1}`,
      author: options.author,
      keywords: ['CTAI', 'contrat', collectivite.nom],
      createdAt: options.createdAt,
    },
    letterhead: { kind: 'etat', authority: prefetTitle(dossier, 'Monsieur') },
    footer: `CTAI ${collectivite.nom}${contrat.numero ? ` — n° ${contrat.numero}` : ''}`,
    blocks,
  };
  return { ok: true, model };
}
