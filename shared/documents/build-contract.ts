// The contract (convention) between the State and the collectivité: parties, legal references,
// preamble, articles from the templates, signature blocks, and the annexes.
import { AXE_LABELS, AXES } from '../dossier/axes';
import type { Action, Dossier } from '../dossier/dossier-schema';
import { contractCommitments, isRetained, paymentSchedule, type YearCommitment } from '../dossier/commitment';
import { cofinancement } from '../dossier/funding';
import { deMontant, montantEnLettres, nombreEnLettres } from '../format/amount-words';
import { dateEnLettres, MONTHS, periodeAnnees } from '../format/dates';
import { formatEuros, NBSP } from '../format/money';
import { accordNombre, compte } from '../format/plural';
import { communeOfPlace, deElided, placeForms } from '../format/territory-names';
import { typographie } from '../format/typography';
import { regionForms } from '../dossier/designations';
import type { BuildResult } from './build-result';
import { accorde } from '../dossier/designations';
import { contractDeliberation, contractSigners, delegationFormula, type ActSigners } from '../dossier/act-signers';
import { imputationForDocument } from '../dossier/budget-imputation';
import { heading, paragraph, text, type Block, type DocumentModel, type Run } from './document-model';
import { financeLawFor } from './finance-laws';
import { instructionFields } from './national-instruction';
import { missingForContract } from './missing-data';
import { punctuateVisas } from './visas';
import {
  blocMarqueAuthority,
  capitalize,
  collectiviteParty,
  designations,
  delegataire,
  etatParty,
  lowerFirst,
  ordonnateur,
} from './parties';
import { CONTRACT_ARTICLES, CONTRACT_VISAS, OPTIONAL_FIELDS, renderTemplate } from './templates';

export interface ContractOptions {
  author: string;
  createdAt: Date;
  /**
   * Article texts adapted by the préfecture, by article id, and the references entered in
   * Paramètres (finance law, national instruction: keys `reference.…`); the defaults otherwise.
   */
  articles?: Readonly<Record<string, string>>;
  /** Build despite missing data (to find what the document prints), never to print. */
  draft?: boolean;
}

export type ContractBuildResult = BuildResult | { ok: false; missing: []; unknownFields: string[] };

/** What a draft prints where the act will carry a value not given yet (its place, its date). */
const BLANK = '………………………';

/** « La sous-préfète du Havre », « Le préfet de la Loire-Atlantique »: the title with the person's article. */
function withArticle(civilite: string, title: string): string {
  // « Premier adjoint au maire » agrees with its own word; « Maire » takes the person's article.
  return `${civilite === 'Madame' ? 'La' : 'Le'} ${lowerFirst(title)}`;
}

/**
 * The two signature blocks of an act, naming the signers its parties paragraph names
 * (act-signers.ts), each title with the person's article (« La sous-préfète du Havre »).
 */
export function signatureBlocks(dossier: Dossier, signers: ActSigners): Block {
  const names = designations(dossier);
  const { etat, collectivite } = signers;
  const etatTitle = withArticle(etat.civilite, etat.titre);
  return {
    type: 'signatures',
    columns: [
      {
        lines: etat.delegation
          ? ['Pour l’État,', `${delegationFormula(etat).replace(/^p/, 'P')},`, etatTitle]
          : ['Pour l’État,', etatTitle],
        name: etat.nom,
      },
      {
        lines: [`Pour ${names.sujet},`, withArticle(collectivite.civilite, collectivite.titre)],
        name: collectivite.nom,
      },
    ],
  };
}

/** « la somme d’un million d’euros (1 000 000,00 €) » as runs: the words and figures in bold. */
export function sommeRuns(lead: string, cents: number): Run[] {
  const elided = deMontant(cents).startsWith('d’');
  return [
    text(`${lead}${elided ? 'd’' : 'de '}`),
    text(`${montantEnLettres(cents)} (${formatEuros(cents)})`, { bold: true }),
  ];
}

export function madeAt(dossier: Dossier, copies = 'en deux exemplaires originaux'): Block {
  const { date } = dossier.contrat.signature;
  const lieu = communeOfPlace(dossier.contrat.signature.lieu);
  // « Fait au Havre », « Fait aux Mureaux », « Fait à Nantes ».
  return paragraph(
    `Fait ${lieu ? placeForms(lieu, null).a : `à ${BLANK}`}, le ${date ? dateEnLettres(date) : BLANK}, ${copies}.`,
    {
      keepWithNext: true,
      align: 'left',
    },
  );
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
            `${action.publicCible || 'non précisé'} — ${compte(action.beneficiaires, 'bénéficiaire visé', 'bénéficiaires visés')}`,
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
  const first = commitments[0]?.annee;
  const last = commitments[commitments.length - 1]?.annee;
  return {
    type: 'table',
    widths: [5, 1.2, 2, 2, 2],
    header: ['Action', 'Année', 'Coût total', 'CTAI accordé', 'Cofinancements'],
    rows,
    footer: [
      first && last ? `Total du contrat (${periodeAnnees(first, last)})` : 'Total du contrat',
      '',
      formatEuros(cost),
      formatEuros(commitments.reduce((sum, year) => sum + year.total, 0)),
      formatEuros(cofunding),
    ],
    numeric: [false, false, true, true, true],
  };
}

/** « 1er », then « 2 », « 3 »… (the first article is numbered as an ordinal). */
export function articleNumber(index: number): string {
  return index === 0 ? '1er' : String(index + 1);
}

/** The actions of programme 104 a CTAI or a PTAI is funded from (projet annuel de performances). */

/** Whether a text cites a date (« du 31 décembre 2021 ») later than `iso` (AAAA-MM-JJ). */
export function citesLaterThan(text: string, iso: string): boolean {
  for (const match of text.matchAll(/\b(1er|\d{1,2})\s+(\p{L}+)\s+(\d{4})\b/gu)) {
    const month = MONTHS.indexOf(match[2]!.toLowerCase());
    if (month < 0) continue;
    const day = match[1] === '1er' ? 1 : Number(match[1]);
    const cited = `${match[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (cited > iso) return true;
  }
  return false;
}

/** « FR76 3000 1000 6412 3456 7890 185 »: an IBAN in groups of four, as bank documents print it. */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export function buildContract(dossier: Dossier, options: ContractOptions): ContractBuildResult {
  const missing = missingForContract(dossier, options.createdAt.toISOString().slice(0, 10));
  if (missing.length && !options.draft) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat, diagnostic } = dossier;
  const actions = dossier.actions.filter(isRetained);
  const anneeDebut = contrat.anneeDebut!;
  const duree = contrat.duree!;
  const commitments = contractCommitments(dossier);
  const names = designations(dossier);
  const signers = contractSigners(dossier);
  const deliberation = contractDeliberation(dossier);
  const imputation = imputationForDocument(dossier);
  const designation = names.sujet;
  // The finance law cited is never later than the signature (or, before it, the document's date).
  const signatureDate = contrat.signature.date || options.createdAt.toISOString().slice(0, 10);
  const { banque, adresse, siren } = collectivite;
  const region = regionForms(collectivite.region.code, collectivite.region.nom);
  const postalAddress = [adresse.ligne1, adresse.ligne2, `${adresse.codePostal} ${adresse.commune}`.trim()]
    .filter(Boolean)
    .join(', ');
  // The finance law in force at the signature: the law of the signature's year (a contract signed
  // in the autumn for the next years rests on the current year's law, its later years' amounts
  // being subject to the credits voted), never left out, never later than the signature.
  const financeLaw = financeLawFor(Number(signatureDate.slice(0, 4)), signatureDate, options.articles);
  const templateOf = (id: string, template: string) => options.articles?.[id] ?? template;
  if (!financeLaw.ok && CONTRACT_VISAS.some((visa) => templateOf(visa.id, visa.template).includes('{loiDeFinances}')))
    return { ok: false, missing: [financeLaw.problem] };
  const fields: Record<string, string> = {
    collectivite: designation,
    collectiviteMajuscule: capitalize(designation),
    deCollectivite: names.de,
    aCollectivite: names.a,
    territoire: names.territoire,
    duree: `${nombreEnLettres(duree)} ${accordNombre(duree, 'an')}`,
    anneeDebut: String(anneeDebut),
    anneeFin: String(anneeDebut + duree - 1),
    programme: imputation.programme,
    tauxAvance: `${contrat.tauxAvance}${NBSP}%`,
    // A one-year contract has no avenant and no « chaque année ».
    montantsApportes: duree > 1 ? 'les montants suivants' : 'le montant suivant',
    modalitesAnnuelles:
      duree > 1
        ? `Le montant de la première année est fixé par le présent contrat ; celui de chaque année suivante est fixé par un avenant financier. Chaque année, ${contrat.tauxAvance}${NBSP}% du montant est versé à titre d’avance à la signature du contrat ou de l’avenant de l’année, et le solde à réception du bilan de l’année.`
        : `Ce montant est fixé par le présent contrat. Une avance de ${contrat.tauxAvance}${NBSP}% de ce montant est versée à la signature du contrat, et le solde à réception du bilan de l’année.`,
    actionBudgetaire: imputation.action,
    actionLibelle: imputation.actionLibelle,
    // The préfet (de région for a région) orders the expense (décret n° 2012-1246, art. 11).
    ordonnateur: ordonnateur(dossier, signers),
    comptable: `le directeur régional des finances publiques ${collectivite.region.nom ? region.de : ''}`.trim(),
    siren: siren ? `SIREN ${siren}` : '',
    adresseCollectivite: postalAddress,
    identificationCollectivite: [siren ? `SIREN ${siren}` : '', postalAddress].filter(Boolean).join(', '),
    coordonneesBancaires: banque.iban
      ? `IBAN ${groupIban(banque.iban)}${banque.bic ? `, BIC ${banque.bic}` : ''}`
      : 'désigné par le relevé d’identité bancaire que la collectivité transmet avec sa première demande de versement',
    loiDeFinances: financeLaw.ok ? financeLaw.text : '',
    ...instructionFields(options.articles),
    delegationNumero: signers.etat.arrete.numero,
    delegationDate: signers.etat.arrete.date ? dateEnLettres(signers.etat.arrete.date) : '',
    delegataire: delegataire(signers),
    deliberationNumero: deliberation.numero,
    deliberationDate: deliberation.date ? dateEnLettres(deliberation.date) : '',
  };
  const unknownFields: string[] = [];
  const visaTexts: string[] = [];
  for (const visa of CONTRACT_VISAS) {
    const template = options.articles?.[visa.id] ?? visa.template;
    // A visa whose field is empty for this dossier (no delegation, no finance law known) is left out.
    const used = [...template.matchAll(/\{([a-zA-Zéèêàç_.]+)\}/g)].map((match) => match[1]!);
    if (used.some((name) => fields[name] === '' && !OPTIONAL_FIELDS.has(name))) continue;
    const rendered = renderTemplate(template, fields);
    // A text cited by a visa cannot postdate the signature (a décret of December for a June contract).
    if (citesLaterThan(rendered.text, signatureDate)) continue;
    unknownFields.push(...rendered.unknownFields);
    visaTexts.push(t(rendered.text));
  }
  const visas: Run[][] = punctuateVisas(visaTexts).map((visa) => [text(visa)]);
  const articles: Block[] = [];
  // The contrat d’engagement républicain applies to subsidies granted from 1 January 2022 (loi
  // n° 2021-1109 du 24 août 2021, art. 12; décret n° 2021-1947 du 31 décembre 2021).
  const contractArticles = CONTRACT_ARTICLES.filter(
    (article) => article.id !== 'engagementRepublicain' || signatureDate >= '2022-01-01',
  );
  contractArticles.forEach((article, index) => {
    const rendered = renderTemplate(options.articles?.[article.id] ?? article.template, fields);
    unknownFields.push(...rendered.unknownFields);
    articles.push(heading(2, `Article ${articleNumber(index)} — ${article.title}`), paragraph(t(rendered.text)));
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
        items: commitments.map(({ annee, total }) => sommeRuns(`pour ${annee}, la somme `, total)),
      });
      // The total of several years; a single year's amount is already the whole.
      const total = commitments.reduce((sum, year) => sum + year.total, 0);
      if (commitments.length > 1)
        articles.push(
          paragraph(t(`soit, pour la durée du contrat, la somme totale ${deMontant(total)} (${formatEuros(total)}).`)),
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
      heading(2, `Article ${articleNumber(contractArticles.length)} — Clauses particulières`),
      paragraph(t(contrat.clausesParticulieres)),
    );
  }
  if (unknownFields.length) return { ok: false, missing: [], unknownFields: [...new Set(unknownFields)] };

  const latest = [...diagnostic.publics].sort((a, b) => a.annee - b.annee);
  const blocks: Block[] = [
    heading(1, 'Contrat territorial d’accueil et d’intégration'),
    paragraph(
      [text(t(`${capitalize(designation)} — ${periodeAnnees(anneeDebut, anneeDebut + duree - 1)}`), { bold: true })],
      {
        align: 'center',
      },
    ),
    ...(contrat.numero ? [paragraph(`Contrat n° ${contrat.numero}`, { align: 'center' })] : []),
    paragraph([text('Entre', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(signers))}, ci-après dénommé « l’État »,`)),
    paragraph([text('et', { bold: true })], { align: 'left', keepWithNext: true }),
    paragraph(
      t(
        `${capitalize(collectiviteParty(dossier, signers, deliberation))}, ci-après ${accorde(names.genre, 'dénommé')} « la collectivité ».`,
      ),
    ),
    heading(2, 'Visas'),
    { type: 'list', items: visas },
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
              // « fait état d’un premier titre de séjour », « de 12 premiers titres »: one is written out.
              `Le diagnostic partagé, annexé au présent contrat, fait état ${deElided(latest.map((p) => `${p.titresDeSejour === 1 ? 'un premier titre de séjour' : compte(p.titresDeSejour, 'premier titre de séjour', 'premiers titres de séjour')} en ${p.annee}, dont ${compte(p.bpi, 'bénéficiaire')} de la protection internationale`).join(' ; '))}.`,
            ),
          ),
        ]
      : []),
    paragraph('Il est convenu ce qui suit.', { align: 'left' }),
    ...articles,
    madeAt(dossier),
    signatureBlocks(dossier, signers),
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
      title: `Contrat territorial d’accueil et d’intégration — ${names.nom}`,
      subject: `Contrat territorial d’accueil et d’intégration ${periodeAnnees(anneeDebut, anneeDebut + duree - 1)}`,
      author: options.author,
      keywords: ['CTAI', 'contrat', names.nom],
      createdAt: options.createdAt,
    },
    letterhead: { kind: 'etat', authority: blocMarqueAuthority(dossier) },
    footer: `CTAI ${names.nom}${contrat.numero ? ` — n° ${contrat.numero}` : ''}`,
    blocks,
  };
  return { ok: true, model };
}
