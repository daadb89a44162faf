// The dossier number, given once at creation and never changed: « CTAI-15-2026-K7Q2-003 ».
//
// Why this shape. Sites work offline and exchange dossiers later, so no central counter can hand
// out numbers; a sequence kept per installation would give « CTAI-15-2026-003 » at the
// préfecture and at the sous-préfecture the same week. Reserving ranges per site would need the
// préfecture to assign them and every site to be configured before its first dossier. Instead
// each installation draws once a four-character site mark (Crockford base 32, 32⁴ ≈ 1 million
// values; drawn at random, kept in its settings and in its backups) and counts its own dossiers
// per département and year behind it. Two numbers can only meet if two installations of one
// département drew the same mark (about 1 in 20 000 for ten installations) and then reached the
// same sequence in the same year. The département comes first for the agents who sort and read
// numbers by département; the year is the dossier's creation year.
import type { Dossier } from './dossier-schema';

/** Crockford's base 32: no I, L, O or U, so a number read aloud or retyped is not misread. */
const SITE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SITE_MARK_LENGTH = 4;

/** What a number is made of. `sequence` counts from 1 per site, département and year. */
export interface DossierNumberParts {
  departement: string;
  year: number;
  site: string;
  sequence: number;
}

/** « CTAI-15-2026-K7Q2-003 » (at least three digits of sequence; more past 999). */
export function formatDossierNumber(parts: DossierNumberParts): string {
  return `CTAI-${parts.departement}-${parts.year}-${parts.site}-${String(parts.sequence).padStart(3, '0')}`;
}

/** A site mark from random bytes (at least SITE_MARK_LENGTH of them; e.g. crypto.getRandomValues). */
export function siteMarkFrom(random: Uint8Array): string {
  if (random.length < SITE_MARK_LENGTH) throw new Error(`siteMarkFrom needs ${SITE_MARK_LENGTH} random bytes`);
  return Array.from(random.subarray(0, SITE_MARK_LENGTH), (byte) => SITE_ALPHABET[byte % 32]).join('');
}

/**
 * The département a dossier is numbered under: the collectivité's, else the préfecture's (a
 * région, a collectivité typed by hand); « 00 » when neither is known yet.
 */
export function numberingDepartement(dossier: Pick<Dossier, 'collectivite' | 'etat'>): string {
  return dossier.collectivite.departement.code || dossier.etat.prefecture.departementCode || '00';
}

/** The counter a number is drawn from: « 15-2026 ». */
export function sequenceKey(departement: string, year: number): string {
  return `${departement}-${year}`;
}

/** This installation's numbering state, kept in its settings. */
export interface NumberingState {
  site: string;
  /** The next sequence, by sequenceKey. */
  next: Record<string, number>;
}

/** The number for a new dossier and the state after it. */
export function drawDossierNumber(
  state: NumberingState,
  departement: string,
  year: number,
): { numero: string; state: NumberingState } {
  const key = sequenceKey(departement, year);
  const sequence = state.next[key] ?? 1;
  return {
    numero: formatDossierNumber({ departement, year, site: state.site, sequence }),
    state: { ...state, next: { ...state.next, [key]: sequence + 1 } },
  };
}
