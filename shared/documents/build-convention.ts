// The convention attributive de subvention of a projet territorial d'accueil et d'intégration
// (PTAI): one year, one amount, its payment terms and its report. Its legal frame:
// - loi n° 2000-321 du 12 avril 2000, art. 9-1 (what a subsidy is) and art. 10 (a convention
//   for a subsidy above 23 000 €, and the compte rendu financier within six months of the end of
//   the year it covers), with the décret n° 2001-495 du 6 juin 2001 setting that threshold;
// - décret n° 2012-1246 du 7 novembre 2012 (GBCP): ordonnateur and comptable assignataire;
// - the year's finance law (finance-laws.ts, never later than the signature), programme 104;
// - arrêté du 11 octobre 2006: the content of the compte rendu financier;
// - the contrat d'engagement républicain (loi n° 2000-321, art. 10-1; décret n° 2021-1947) for
//   subsidies granted from 1 January 2022;
// - disputes before the tribunal administratif.
// The parties, designations, amounts in words, typography and the contract's checks are the
// contract's (build-contract.ts, parties.ts, missing-data.ts).
import { contractDeliberation, contractSigners } from '../dossier/act-signers';
import { imputationForDocument } from '../dossier/budget-imputation';
import { AXE_LABELS } from '../dossier/axes';
import { contractCommitment, isRetained, paymentSchedule } from '../dossier/commitment';
import { accorde, regionForms } from '../dossier/designations';
import type { Dossier } from '../dossier/dossier-schema';
import { formeOf } from '../dossier/workflow-steps';
import { dateEnLettres } from '../format/dates';
import { formatEuros, NBSP } from '../format/money';
import { typographie } from '../format/typography';
import { articleNumber, groupIban, madeAt, signatureBlocks, sommeRuns } from './build-contract';
import type { BuildResult } from './build-result';
import { heading, paragraph, text, type Block } from './document-model';
import { financeLawFor } from './finance-laws';
import { missingForContract, type MissingField } from './missing-data';
import {
  blocMarqueAuthority,
  capitalize,
  collectiviteParty,
  designations,
  delegationVisa,
  etatParty,
  ordonnateur,
} from './parties';
import { punctuateVisas } from './visas';

/** Above this amount a subsidy needs a convention (loi n° 2000-321, art. 10; décret n° 2001-495), in cents. */
export const CONVENTION_THRESHOLD = 23_000_00;

export interface ConventionOptions {
  author: string;
  createdAt: Date;
  /** The settings of Paramètres (the finance law entered there, finance-laws.ts). */
  articles?: Readonly<Record<string, string>>;
  /** Build despite missing data (to find what the document prints), never to print. */
  draft?: boolean;
}

/**
 * What the convention needs, at `today` (ISO): a projet territorial for one year, with what the
 * contract needs (parties, délibération, year, actions, every blocking consistency rule), and
 * an amount granted.
 */
export function missingForConvention(dossier: Dossier, today: string): MissingField[] {
  if (formeOf(dossier) !== 'ptai')
    return [
      {
        path: 'forme',
        tab: 'contrat',
        message:
          'Une convention attributive de subvention est l’acte d’un projet territorial (PTAI) : ce dossier est un contrat (CTAI), générez le contrat, ou changez la forme du dossier (onglet Synthèse).',
      },
    ];
  const { contrat } = dossier;
  // The contract's needs, said of the convention (« La première année de la convention. »).
  const missing = missingForContract(dossier, today).map((field) => ({
    ...field,
    message: field.message.replace(/du contrat\b/g, 'de la convention'),
  }));
  if (contrat.duree !== null && contrat.duree !== 1)
    missing.push({
      path: 'contrat.duree',
      tab: 'contrat',
      message: 'Une durée d’un an : la convention d’un projet territorial porte sur une seule année.',
    });
  if (contrat.anneeDebut !== null && missing.length === 0 && contractCommitment(dossier, contrat.anneeDebut).total <= 0)
    missing.push({
      path: 'actions',
      tab: 'actions',
      message: `Un montant CTAI accordé pour ${contrat.anneeDebut} à au moins une action retenue.`,
    });
  return missing;
}

export function buildConvention(dossier: Dossier, options: ConventionOptions): BuildResult {
  const today = options.createdAt.toISOString().slice(0, 10);
  const missing = missingForConvention(dossier, today);
  if (missing.length && !options.draft) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat } = dossier;
  const names = designations(dossier);
  const signers = contractSigners(dossier);
  const deliberation = contractDeliberation(dossier);
  const annee = contrat.anneeDebut ?? Number(today.slice(0, 4));
  const signatureDate = contrat.signature.date || today;
  const financeLaw = financeLawFor(Number(signatureDate.slice(0, 4)), signatureDate, options.articles);
  if (!financeLaw.ok) return { ok: false, missing: [financeLaw.problem] };
  const commitment = contractCommitment(dossier, annee);
  const montant = commitment.total;
  const actions = dossier.actions.filter(isRetained).filter((a) => commitment.lines.some((l) => l.actionId === a.id));
  const coutTotal = actions.reduce(
    (sum, action) => sum + (action.budgets.find((b) => b.annee === annee)?.coutTotal ?? 0),
    0,
  );
  const imputation = imputationForDocument(dossier);
  const region = regionForms(collectivite.region.code, collectivite.region.nom);
  const ordonnateurDepense = ordonnateur(dossier, signers);
  const comptable = `le directeur régional des finances publiques ${collectivite.region.nom ? region.de : ''}`.trim();
  const cer = signatureDate >= '2022-01-01';

  const visas = punctuateVisas([
    'Vu le code général des collectivités territoriales',
    `Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment ses articles 9-1, 10${cer ? ' et 10-1' : ''}`,
    'Vu la loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances',
    `Vu ${financeLaw.text}`,
    ...(montant > CONVENTION_THRESHOLD
      ? [
          'Vu le décret n° 2001-495 du 6 juin 2001 pris pour l’application de l’article 10 de la loi n° 2000-321 du 12 avril 2000 et relatif à la transparence financière des aides octroyées par les personnes publiques',
        ]
      : []),
    'Vu le décret n° 2004-374 du 29 avril 2004 relatif aux pouvoirs des préfets, à l’organisation et à l’action des services de l’État dans les régions et départements',
    'Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique',
    ...(cer
      ? [
          'Vu le décret n° 2021-1947 du 31 décembre 2021 pris pour l’application de l’article 10-1 de la loi n° 2000-321 du 12 avril 2000 et approuvant le contrat d’engagement républicain des associations et fondations bénéficiant de subventions publiques ou d’un agrément de l’État',
        ]
      : []),
    'Vu l’arrêté du 11 octobre 2006 relatif au compte rendu financier prévu par l’article 10 de la loi n° 2000-321 du 12 avril 2000',
    ...delegationVisa(signers),
    ...(deliberation.numero
      ? [
          `Vu la délibération n° ${deliberation.numero}${deliberation.date ? ` du ${dateEnLettres(deliberation.date)}` : ''} autorisant la signature de la présente convention`,
        ]
      : []),
    `Vu la demande de subvention présentée par ${names.sujet} pour son projet territorial d’accueil et d’intégration`,
  ]).map((visa) => paragraph(t(visa)));

  const schedule = paymentSchedule(dossier, commitment);
  const deadline = `30 juin ${annee + 1}`;
  const account = collectivite.banque.iban
    ? `IBAN ${groupIban(collectivite.banque.iban)}${collectivite.banque.bic ? `, BIC ${collectivite.banque.bic}` : ''}`
    : 'désigné par le relevé d’identité bancaire que la collectivité transmet avec sa première demande de versement';
  const identification = [
    collectivite.siren ? `SIREN ${collectivite.siren}` : '',
    [
      collectivite.adresse.ligne1,
      collectivite.adresse.ligne2,
      `${collectivite.adresse.codePostal} ${collectivite.adresse.commune}`.trim(),
    ]
      .filter(Boolean)
      .join(', '),
  ]
    .filter(Boolean)
    .join(', ');
  const share = coutTotal > 0 ? Math.round((montant / coutTotal) * 1000) / 10 : null;

  const articles: { title: string; blocks: Block[] }[] = [
    {
      title: 'Objet',
      blocks: [
        paragraph(
          t(
            `Par la présente convention, l’État attribue ${names.a} une subvention pour la réalisation de son projet territorial d’accueil et d’intégration des étrangers primo-arrivants en situation régulière, en particulier des bénéficiaires de la protection internationale, sur le territoire ${names.territoire}, pour l’année ${annee}. Le projet comprend les actions suivantes, décrites dans la demande de subvention :`,
          ),
          { keepWithNext: true },
        ),
        {
          type: 'list',
          items: actions.map((action) => [
            text(
              t(
                `${action.intitule} (${action.axes.map((axe) => AXE_LABELS[axe]).join(', ')} ; porteur : ${action.porteur.nom})`,
              ),
            ),
          ]),
        },
      ],
    },
    {
      title: 'Durée',
      blocks: [
        paragraph(
          t(
            `La présente convention porte sur les actions réalisées du 1er janvier au 31 décembre ${annee}. Elle prend fin après la remise du compte rendu financier prévu à l’article 5 et, le cas échéant, le reversement des sommes dues.`,
          ),
        ),
      ],
    },
    {
      title: 'Montant de la subvention',
      blocks: [
        paragraph([
          ...sommeRuns(`L’État attribue ${names.a}, pour l’année ${annee}, une subvention d’un montant `, montant),
          text(
            t(
              share !== null
                ? `, soit ${String(share).replace('.', ',')}${NBSP}% du coût total du projet (${formatEuros(coutTotal)}), répartie entre les actions comme suit :`
                : ', répartie entre les actions comme suit :',
            ),
          ),
        ]),
        {
          type: 'table',
          widths: [6, 2],
          header: ['Action', `Montant ${annee}`],
          rows: commitment.lines.map((line) => [line.intitule, formatEuros(line.montant)]),
          footer: ['Total', formatEuros(montant)],
          numeric: [false, true],
        },
        paragraph(
          t(
            `Les crédits sont imputés sur le programme ${imputation.programme} « ${imputation.programmeLibelle} », action ${imputation.action} « ${imputation.actionLibelle} ». L’ordonnateur de la dépense est ${ordonnateurDepense}. Le comptable assignataire est ${comptable}.`,
          ),
        ),
      ],
    },
    {
      title: 'Modalités de versement',
      blocks: [
        paragraph(
          t(
            `La subvention est versée en deux fois : une avance de ${contrat.tauxAvance}${NBSP}% à la signature de la présente convention, le solde à réception du bilan ${annee} et du compte rendu financier prévus à l’article 5 :`,
          ),
          { keepWithNext: true },
        ),
        {
          type: 'table',
          widths: [2, 4, 3],
          header: ['Versement', 'Échéance', 'Montant'],
          rows: schedule.map((payment) => [
            payment.nature === 'avance' ? 'Avance' : 'Solde',
            payment.nature === 'avance'
              ? 'à la signature de la convention'
              : `à réception du bilan et du compte rendu financier ${annee}`,
            formatEuros(payment.montant),
          ]),
          footer: ['Total', '', formatEuros(montant)],
          numeric: [false, false, true],
        },
        paragraph(
          t(
            `Les sommes sont versées ${names.a}${identification ? ` (${identification})` : ''}, sur le compte ${account}.`,
          ),
        ),
      ],
    },
    {
      title: 'Compte rendu financier et bilan',
      blocks: [
        paragraph(
          t(
            `${capitalize(names.sujet)} transmet au préfet, au plus tard le ${deadline}, soit dans les six mois suivant la fin de l’exercice pour lequel la subvention est attribuée, le compte rendu financier prévu à l’article 10 de la loi n° 2000-321 du 12 avril 2000, conforme à l’arrêté du 11 octobre 2006, attestant de la conformité des dépenses à l’objet de la subvention, accompagné d’un bilan qualitatif et quantitatif de chaque action (bénéficiaires atteints, indicateurs).`,
          ),
        ),
      ],
    },
    {
      title: 'Contrôle',
      blocks: [
        paragraph(
          t(
            `${capitalize(names.sujet)} tient à la disposition des services de l’État les pièces justificatives des dépenses et tout document permettant de vérifier l’emploi de la subvention, et accepte le contrôle sur pièces et sur place, par les services de l’État ou par toute personne qu’ils mandatent, de la réalisation des actions et de l’utilisation des crédits.`,
          ),
        ),
      ],
    },
    ...(cer
      ? [
          {
            title: 'Contrat d’engagement républicain',
            blocks: [
              paragraph(
                t(
                  `Lorsqu’une action financée est portée par une association ou une fondation, ${names.sujet} s’assure que ce porteur a souscrit le contrat d’engagement républicain prévu à l’article 10-1 de la loi n° 2000-321 du 12 avril 2000 et approuvé par le décret n° 2021-1947 du 31 décembre 2021, et le rappelle dans la convention conclue avec lui.`,
                ),
              ),
            ],
          },
        ]
      : []),
    {
      title: 'Reversement',
      blocks: [
        paragraph(
          t(
            `Les sommes versées et non employées, ou employées à un autre objet que celui de la présente convention, ainsi que la subvention dont le compte rendu financier n’a pas été transmis, font l’objet d’un reversement à l’État, après que ${names.sujet} a été ${accorde(names.genre, 'mis')} à même de présenter ses observations, par l’émission d’un titre de perception.`,
          ),
        ),
      ],
    },
    {
      title: 'Modification et résiliation',
      blocks: [
        paragraph(
          t(
            'Toute modification de la présente convention fait l’objet d’un avenant signé par les parties. En cas de non-respect de ses engagements par l’une des parties, la convention peut être résiliée par l’autre partie après mise en demeure restée sans effet pendant un mois.',
          ),
        ),
      ],
    },
    {
      title: 'Litiges',
      blocks: [
        paragraph(
          t(
            'Les litiges relatifs à l’exécution de la présente convention qui n’auraient pu être réglés à l’amiable relèvent de la compétence du tribunal administratif territorialement compétent.',
          ),
        ),
      ],
    },
    {
      title: 'Entrée en vigueur',
      blocks: [
        paragraph('La présente convention entre en vigueur à la date de sa signature par la dernière des parties.'),
      ],
    },
  ];

  const title = 'Convention attributive de subvention';
  const blocks: Block[] = [
    heading(1, title),
    paragraph(
      [
        text(t(`Projet territorial d’accueil et d’intégration — ${capitalize(names.sujet)} — ${annee}`), {
          bold: true,
        }),
      ],
      {
        align: 'center',
      },
    ),
    ...(contrat.numero ? [paragraph(`Convention n° ${contrat.numero}`, { align: 'center' })] : []),
    paragraph([text('Entre', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(signers))}, ci-après dénommé « l’État »,`)),
    paragraph([text('et', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(
      t(
        `${capitalize(collectiviteParty(dossier, signers, deliberation))}, ci-après ${accorde(names.genre, 'dénommé')} « la collectivité ».`,
      ),
    ),
    ...visas,
    paragraph('Il est convenu ce qui suit.', { align: 'left' }),
    ...articles.flatMap((article, index) => [
      heading(2, `Article ${articleNumber(index)} — ${article.title}`),
      ...article.blocks,
    ]),
    ...(contrat.clausesParticulieres.trim()
      ? [
          heading(2, `Article ${articleNumber(articles.length)} — Clauses particulières`),
          paragraph(t(contrat.clausesParticulieres)),
        ]
      : []),
    madeAt(dossier),
    signatureBlocks(dossier, signers),
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `${title} — ${names.nom}`,
        subject: `Projet territorial d’accueil et d’intégration ${annee}${contrat.numero ? ` — convention n° ${contrat.numero}` : ''}`,
        author: options.author,
        keywords: ['PTAI', 'convention', 'subvention', String(annee), names.nom],
        createdAt: options.createdAt,
      },
      letterhead: { kind: 'etat', authority: blocMarqueAuthority(dossier) },
      footer: `PTAI ${names.nom} — convention${contrat.numero ? ` n° ${contrat.numero}` : ''} (${annee})`,
      blocks,
    },
  };
}
