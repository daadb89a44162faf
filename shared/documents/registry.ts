// Each kind of document (document-kinds.ts) with what makes it: its builder (which checks what is
// missing first), its missing-data check (the Documents tab's list, with links to the fields)
// and, for a kind with a parameter, the values to choose from. buildDocument (generate.ts), the
// Documents tab and `ctai doc` go through it; a kind without an entry does not compile.
import { avenantFor } from '../dossier/avenants';
import { avenantNumber, contractYears } from '../dossier/commitment';
import type { Dossier } from '../dossier/dossier-schema';
import { bilanFor } from '../dossier/follow-up';
import { formeOf } from '../dossier/workflow-steps';
import { dateEnLettres } from '../format/dates';
import { buildAmendment } from './build-amendment';
import { buildContract } from './build-contract';
import { buildConvention, missingForConvention } from './build-convention';
import { buildCopil, missingForCopil } from './build-copil';
import { buildLetter } from './build-letter';
import { buildReport, missingForReport } from './build-report';
import type { BuildResult } from './build-result';
import { buildSummary } from './build-summary';
import type { DocumentKind } from './document-kinds';
import {
  missingForAmendment,
  missingForContract,
  missingForLetter,
  missingForSummary,
  type MissingField,
} from './missing-data';

/** A document's parameter: the year (amendment, report) or the COPIL meeting's date (ISO). */
export interface DocumentParameterValue {
  year?: number;
  meeting?: string;
}

/** What a builder is given. Dates are ISO (AAAA-MM-JJ). */
export interface BuildRequest extends DocumentParameterValue {
  author: string;
  /** The date the document is dated (the letter) or made (metadata, « today » for what is due). */
  date: string;
  createdAt: Date;
  /** An avenant, named rather than taken as the year's latest. */
  avenantId?: string;
  articles?: Readonly<Record<string, string>>;
  /** Build despite missing data, to find what the document prints (never printed). */
  draft?: boolean;
}

/** A value of a kind's parameter to choose from: `ready` when the document can be made of it. */
export interface DocumentChoice {
  value: DocumentParameterValue;
  label: string;
  ready: boolean;
}

export interface DocumentSpec {
  build: (dossier: Dossier, request: BuildRequest) => BuildResult;
  /** What the dossier lacks for the document, at `today` (ISO). */
  missing: (dossier: Dossier, parameter: DocumentParameterValue, today: string) => MissingField[];
  /** For a kind with a parameter: the values to choose from, in order. */
  choices?: (dossier: Dossier) => DocumentChoice[];
}

const NO_AVENANT: MissingField = {
  path: 'contrat.avenants',
  tab: 'contrat',
  message: 'Un avenant préparé dans l’onglet Contrat (« Préparer un avenant »).',
};

/** A projet territorial is funded by a convention attributive de subvention, not a contract. */
const NOT_A_CONTRACT: MissingField = {
  path: 'forme',
  tab: 'contrat',
  message:
    'Ce dossier est un projet territorial (PTAI) : son acte est la convention attributive de subvention. Générez la convention, ou changez la forme du dossier (onglet Synthèse).',
};

export const DOCUMENT_SPECS: Record<DocumentKind, DocumentSpec> = {
  letter: {
    build: (dossier, request) =>
      buildLetter(dossier, { date: request.date, author: request.author, draft: !!request.draft }),
    missing: (dossier) => missingForLetter(dossier),
  },
  contract: {
    build: (dossier, request) =>
      formeOf(dossier) === 'ptai' && !request.draft
        ? { ok: false, missing: [NOT_A_CONTRACT] }
        : buildContract(dossier, {
            author: request.author,
            createdAt: request.createdAt,
            draft: !!request.draft,
            ...(request.articles ? { articles: request.articles } : {}),
          }),
    missing: (dossier, _parameter, today) =>
      formeOf(dossier) === 'ptai' ? [NOT_A_CONTRACT] : missingForContract(dossier, today),
  },
  convention: {
    build: (dossier, request) =>
      buildConvention(dossier, {
        author: request.author,
        createdAt: request.createdAt,
        draft: !!request.draft,
        ...(request.articles ? { articles: request.articles } : {}),
      }),
    missing: (dossier, _parameter, today) => missingForConvention(dossier, today),
  },
  amendment: {
    build: (dossier, request) => {
      const named = dossier.contrat.avenants.find((avenant) => avenant.id === request.avenantId);
      const year = named?.annee ?? request.year;
      if (year === undefined) return { ok: false, missing: [NO_AVENANT] };
      return buildAmendment(dossier, year, {
        author: request.author,
        createdAt: request.createdAt,
        ...(named ? { avenantId: named.id } : {}),
        draft: !!request.draft,
        ...(request.articles ? { articles: request.articles } : {}),
      });
    },
    missing: (dossier, { year }, today) =>
      year === undefined ? [NO_AVENANT] : missingForAmendment(dossier, avenantFor(dossier, year), year, today),
    choices: (dossier) =>
      [...new Set(dossier.contrat.avenants.map((a) => a.annee))].sort().map((year) => {
        const avenant = avenantFor(dossier, year)!;
        return {
          value: { year },
          label: `${year} — ${avenant.statut === 'signe' ? 'avenant' : 'projet d’avenant'} n° ${avenantNumber(dossier, avenant)}`,
          ready: true,
        };
      }),
  },
  report: {
    build: (dossier, request) => buildReport(dossier, request.year, request),
    missing: (dossier, { year }) => missingForReport(dossier, year),
    choices: (dossier) =>
      contractYears(dossier).map((year) => ({
        value: { year },
        label: `${year}${bilanFor(dossier, year) ? '' : ' (bilan non saisi)'}`,
        ready: !!bilanFor(dossier, year),
      })),
  },
  copil: {
    build: (dossier, request) => buildCopil(dossier, request.meeting, request),
    missing: (dossier, { meeting }) => missingForCopil(dossier, meeting),
    choices: (dossier) =>
      [...dossier.contrat.copil]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((copil) => ({
          value: { meeting: copil.date },
          label: `Comité du ${dateEnLettres(copil.date)}`,
          ready: copil.decisions.some((decision) => decision.texte.trim()),
        })),
  },
  summary: {
    build: (dossier, request) => buildSummary(dossier, request),
    missing: (dossier) => missingForSummary(dossier),
  },
};
