// The kinds of documents the application makes, as screens, file names and the command line's
// usage know them (no builder here, so that `ctai --help` loads none). Each kind's builder is its
// entry in registry.ts: adding a kind is an entry here, one there, and its builder.

/** What a document is made of besides the dossier: nothing, a year, or a COPIL meeting's date. */
export type DocumentParameter = 'none' | 'year' | 'meeting';

export interface DocumentKindInfo {
  /** As the Documents tab titles it: « Bilan annuel ». */
  label: string;
  /** The document in running French, after « Générer » and « Pour générer » (« le bilan annuel »). */
  what: string;
  /** What the command line's usage says of it. */
  description: string;
  /** The part of its file names: CTAI_<collectivité>_<part>[_<paramètre>]_v<version>. */
  fileName: string;
  parameter: DocumentParameter;
  /** For a kind with a parameter: the label of the list to choose it from. */
  choiceLabel?: string;
  /** The forms of dossier (workflow-steps.ts) the document belongs to; every form when absent. */
  formes?: readonly ('ctai' | 'ptai')[];
  /** The act whose signed version is marked in the Documents tab (the contract, the convention). */
  signedAct?: true;
}

export const DOCUMENT_KINDS = {
  letter: {
    label: 'Lettre d’intention',
    what: 'la lettre d’intention',
    description: 'la lettre d’intention de la collectivité',
    fileName: 'lettre-intention',
    parameter: 'none',
  },
  contract: {
    label: 'Contrat',
    what: 'le contrat',
    description: 'le contrat',
    fileName: 'contrat',
    parameter: 'none',
    formes: ['ctai'],
    signedAct: true,
  },
  convention: {
    label: 'Convention attributive de subvention',
    what: 'la convention',
    description: 'la convention attributive de subvention d’un projet territorial (PTAI)',
    fileName: 'convention-subvention',
    parameter: 'none',
    formes: ['ptai'],
    signedAct: true,
  },
  amendment: {
    label: 'Avenant financier',
    what: 'l’avenant',
    choiceLabel: 'Année de l’avenant',
    description: 'l’avenant financier d’une année (--year)',
    fileName: 'avenant',
    parameter: 'year',
    formes: ['ctai'],
  },
  report: {
    label: 'Bilan annuel',
    what: 'le bilan annuel',
    choiceLabel: 'Année du bilan',
    description: 'le bilan annuel d’une année (--year)',
    fileName: 'bilan',
    parameter: 'year',
  },
  copil: {
    label: 'Relevé de décisions du COPIL',
    what: 'le relevé de décisions',
    choiceLabel: 'Comité de pilotage',
    description: 'le relevé de décisions d’un comité de pilotage (--meeting AAAA-MM-JJ)',
    fileName: 'releve-copil',
    parameter: 'meeting',
    // A projet territorial has no comité de pilotage (FORME_RULES: copilYearly).
    formes: ['ctai'],
  },
  summary: {
    label: 'Fiche de synthèse',
    what: 'la fiche de synthèse',
    description: 'la fiche de synthèse du dossier',
    fileName: 'fiche-synthese',
    parameter: 'none',
  },
} as const satisfies Record<string, DocumentKindInfo>;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export const DOCUMENT_KIND_NAMES = Object.keys(DOCUMENT_KINDS) as DocumentKind[];

export function isDocumentKind(value: string): value is DocumentKind {
  return Object.hasOwn(DOCUMENT_KINDS, value);
}
