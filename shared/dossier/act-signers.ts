// Who signs an act, in one place read by its parties paragraph (« Entre l’État, représenté
// par … »), its visa of delegation and its signature blocks, so that page 1 and the last page
// never name two different people. The signatories recorded at signature win once the act is
// signed (the préfet may have changed since); before, the dossier's people (État and Collectivité
// tabs) sign. A recorded person who is the dossier's is titled from the dossier (titles recorded
// by earlier versions may lack the région, the arrondissement or the collectivité).
import { searchKey } from '../text/search-key';
import type { Civilite } from '../format/civility';
import { collectiviteDesignations } from './designations';
import type { Dossier, Signataire } from './dossier-schema';
import { etatSignatoryTitle } from './etat-designations';
import { otherOffice, representativeQuality } from './representative';
import { fullName } from './signatories';

export interface ActSigner {
  /** The person's own civility; '' when a signatory recorded without one has a title of either gender (« Maire »). */
  civilite: Civilite;
  /** « Paul Durand ». */
  nom: string;
  /** The office, capitalised, without article nor delegation: « Sous-préfète du Havre », « Maire du Havre », « Premier adjoint au maire ». */
  titre: string;
  /** The State's signatory signs by delegation (a sous-préfet): see delegationFormula. */
  delegation: boolean;
  /** The civility of the préfet who delegates: « pour la préfète » when Madame. */
  delegant: Civilite;
  /**
   * The arrêté de délégation the act cites when `delegation`: the one recorded at its signature,
   * else the État tab's (numero and ISO date, '' when not given). Empty for other signatories.
   */
  arrete: { numero: string; date: string };
  /** The collectivité's signatory is its executive (« son maire, Monsieur X ») rather than another office. */
  executif: boolean;
}

export interface ActSigners {
  etat: ActSigner;
  collectivite: ActSigner;
}

const NO_ACT = { numero: '', date: '' } as const;

const DELEGATION = /,?\s*pour (le préfet|la préfète) et par délégation$/i;

/**
 * « pour le préfet et par délégation », or « pour la préfète … » when a préfète delegates: the
 * formula of a signature by delegation, agreed with the delegating préfet's own civility.
 */
export function delegationFormula(signer: ActSigner): string {
  return signer.delegation ? `pour ${signer.delegant === 'Madame' ? 'la préfète' : 'le préfet'} et par délégation` : '';
}

/** The civility a recorded title's agreement shows (« Préfète », « Présidente »), '' when it shows none (« Maire »). */
function civiliteOfTitle(titre: string): Civilite {
  if (/^(Préfète|Sous-préfète|Présidente)\b/u.test(titre)) return 'Madame';
  if (/^(Préfet|Sous-préfet|Président)\b/u.test(titre)) return 'Monsieur';
  return '';
}

function recordedCivilite(recorded: Signataire): Civilite {
  return recorded.civilite || civiliteOfTitle(recorded.qualite);
}

/**
 * The two signatories of an act. `recorded`: the signatories stored when the act was signed
 * (`contrat.signature.signataires`, an avenant's `signataires`); empty before signature.
 */
export function actSigners(dossier: Dossier, recorded: readonly Signataire[] = []): ActSigners {
  const { etat, collectivite } = dossier;
  const etatRecorded = recorded.find((s) => s.partie === 'etat');
  // The recorded person titled from the dossier only while the dossier gives them the role they
  // signed in (a sous-préfète since made préfète still signed the contract as sous-préfète).
  const recordedByDelegation =
    !!etatRecorded && (/^Sous-préf/iu.test(etatRecorded.qualite) || DELEGATION.test(etatRecorded.qualite));
  const sameRole = recordedByDelegation === (etat.signataire.qualite === 'sous-prefet');
  // What the signature recorded of the delegation wins over the État tab; a signature recorded
  // before these were kept, or without its arrêté's number and date, reads the tab (where the
  // agent can still give them).
  const arrete = isComplete(etatRecorded?.arrete)
    ? etatRecorded.arrete
    : { numero: etat.delegation.numero, date: etat.delegation.date };
  const delegant = etatRecorded?.delegant || etat.prefet.civilite;
  const etatSigner: ActSigner =
    !etatRecorded || (etatRecorded.nom === fullName(etat.signataire) && sameRole)
      ? {
          civilite: etat.signataire.civilite,
          nom: fullName(etat.signataire),
          titre: etatSignatoryTitle(dossier),
          delegation: etat.signataire.qualite === 'sous-prefet',
          delegant,
          arrete: etat.signataire.qualite === 'sous-prefet' ? arrete : NO_ACT,
          executif: false,
        }
      : {
          civilite: recordedCivilite(etatRecorded),
          nom: etatRecorded.nom,
          titre: etatRecorded.qualite.replace(DELEGATION, ''),
          delegation: recordedByDelegation,
          delegant,
          arrete: recordedByDelegation ? arrete : NO_ACT,
          executif: false,
        };
  const collectiviteRecorded = recorded.find((s) => s.partie === 'collectivite');
  let collectiviteSigner: ActSigner;
  if (!collectiviteRecorded || collectiviteRecorded.nom === fullName(collectivite.representant)) {
    collectiviteSigner = {
      civilite: collectivite.representant.civilite,
      nom: fullName(collectivite.representant),
      titre: representativeQuality(collectivite),
      delegation: false,
      delegant: '',
      arrete: NO_ACT,
      executif: otherOffice(collectivite) === null,
    };
  } else {
    const civilite = recordedCivilite(collectiviteRecorded);
    // The recorded title names the executive when it is the executive's title of either gender,
    // or the office alone (« Maire »): titled then in full, with the collectivité.
    const asExecutive = (c: Civilite) =>
      collectiviteDesignations({ ...collectivite, representant: { ...collectivite.representant, civilite: c } })
        .titreRepresentant;
    const typed = collectiviteRecorded.qualite;
    const executif =
      otherOffice({ representant: { ...collectivite.representant, titre: typed, civilite } }) === null ||
      (['Madame', 'Monsieur'] as const).some((c) => searchKey(asExecutive(c)) === searchKey(typed));
    collectiviteSigner = {
      civilite,
      nom: collectiviteRecorded.nom,
      titre: executif ? asExecutive(civilite) : typed,
      delegation: false,
      delegant: '',
      arrete: NO_ACT,
      executif,
    };
  }
  return { etat: etatSigner, collectivite: collectiviteSigner };
}

/** The signatories of the contract (or of the PTAI's convention, signed as the contract is). */
export function contractSigners(dossier: Dossier): ActSigners {
  return actSigners(dossier, dossier.contrat.signature.signataires);
}

/** The signatories of an avenant: its own once recorded, else the dossier's people (never the contract's). */
export function avenantSigners(dossier: Dossier, avenant: { signataires: readonly Signataire[] }): ActSigners {
  return actSigners(dossier, avenant.signataires);
}

/**
 * The délibération authorising the contract's signature that the contract cites (numero, ISO
 * date): the one recorded at its signature, else the Collectivité tab's (before signature, or for
 * a contract signed before it was recorded, or recorded without its number or date).
 */
export function contractDeliberation(dossier: Dossier): { numero: string; date: string } {
  const recorded = dossier.contrat.signature.deliberation;
  return isComplete(recorded) ? recorded : dossier.collectivite.deliberation;
}

/** An act recorded with its number and date (an incomplete record gives way to the tab's). */
function isComplete(act: { numero: string; date: string } | undefined): act is { numero: string; date: string } {
  return !!act?.numero && !!act.date;
}
