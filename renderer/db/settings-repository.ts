// The agent's settings: identity (name, service, site) that signs every change, and the
// préfecture's details copied into new dossiers.
import type { PrefectureDefaults } from '../../shared/dossier/prefecture-defaults';
import { EMPTY_PREFECTURE_DEFAULTS } from '../../shared/dossier/prefecture-defaults-empty';
import { cleanXmlText } from '../../shared/text/xml-text';
import type { CtaiDatabase } from './database';
import type { AgentIdentity } from './records';

const AGENT_KEY = 'agent';
const PREFECTURE_KEY = 'prefecture';
const ARTICLES_KEY = 'articles';

export const UNKNOWN_AGENT: AgentIdentity = { nom: 'Agent non renseigné', service: '', site: '' };

export async function getAgentIdentity(db: CtaiDatabase): Promise<AgentIdentity | null> {
  const row = await db.settings.get(AGENT_KEY);
  return (row?.value as AgentIdentity | undefined) ?? null;
}

export async function setAgentIdentity(db: CtaiDatabase, identity: AgentIdentity): Promise<void> {
  await db.settings.put({ key: AGENT_KEY, value: identity });
}

export async function getPrefectureDefaults(db: CtaiDatabase): Promise<PrefectureDefaults | null> {
  const row = await db.settings.get(PREFECTURE_KEY);
  // Settings saved by an earlier version lack the fields added since: they take their defaults.
  return row?.value ? { ...EMPTY_PREFECTURE_DEFAULTS, ...(row.value as Partial<PrefectureDefaults>) } : null;
}

export async function setPrefectureDefaults(db: CtaiDatabase, defaults: PrefectureDefaults): Promise<void> {
  await db.settings.put({ key: PREFECTURE_KEY, value: defaults });
}

/**
 * Contract article texts adapted by the préfecture, by article id (the defaults for the others),
 * and the references of the visas entered in Paramètres (keys `reference.…`: finance-laws.ts,
 * national-instruction.ts).
 */
export async function getContractArticles(db: CtaiDatabase): Promise<Record<string, string> | null> {
  const row = await db.settings.get(ARTICLES_KEY);
  return (row?.value as Record<string, string> | undefined) ?? null;
}

export async function setContractArticles(db: CtaiDatabase, articles: Record<string, string>): Promise<void> {
  // Article texts go into every contract: cleaned like every other text of the model.
  const value = Object.fromEntries(Object.entries(articles).map(([id, text]) => [id, cleanXmlText(text)]));
  await db.settings.put({ key: ARTICLES_KEY, value });
}

export interface Correspondent {
  name: string;
  service: string;
  fingerprint: string;
  addedAt: string;
  revoked: boolean;
  /** When the key was revoked (absent for keys revoked before this was kept). */
  revokedAt?: string;
}

const CORRESPONDENTS_KEY = 'correspondents';
const SEQUENCE_KEY = 'bundleSequence';

export async function getCorrespondents(db: CtaiDatabase): Promise<Correspondent[]> {
  return ((await db.settings.get(CORRESPONDENTS_KEY))?.value as Correspondent[] | undefined) ?? [];
}

async function updateCorrespondents(
  db: CtaiDatabase,
  update: (list: Correspondent[]) => Correspondent[],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: CORRESPONDENTS_KEY, value: update(await getCorrespondents(db)) });
  });
}

/**
 * Adds a key to the trust list. A key already there is not added again: a revoked key stays
 * revoked (whoever holds it may not be who they say), and a trusted one keeps its name.
 */
export async function addCorrespondent(
  db: CtaiDatabase,
  correspondent: Omit<Correspondent, 'revoked'>,
): Promise<{ added: true } | { added: false; existing: Correspondent }> {
  let existing: Correspondent | undefined;
  await updateCorrespondents(db, (list) => {
    existing = list.find((item) => item.fingerprint === correspondent.fingerprint);
    return existing ? list : [...list, { ...correspondent, revoked: false }];
  });
  return existing ? { added: false, existing } : { added: true };
}

/** Revokes a key for good: bundles signed with it are refused from now on. */
export async function revokeCorrespondent(db: CtaiDatabase, fingerprint: string, at: Date): Promise<void> {
  await updateCorrespondents(db, (list) =>
    list.map((item) =>
      item.fingerprint === fingerprint && !item.revoked
        ? { ...item, revoked: true, revokedAt: at.toISOString() }
        : item,
    ),
  );
}

/** The next sequence number of the bundles this site sends (the receiver refuses older ones). */
export async function nextBundleSequence(db: CtaiDatabase): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const next = (((await db.settings.get(SEQUENCE_KEY))?.value as number | undefined) ?? 0) + 1;
    await db.settings.put({ key: SEQUENCE_KEY, value: next });
    return next;
  });
}

export interface ExchangePreferences {
  /** Above this size a bundle is said too large for email, and splitting is offered. */
  emailLimitMb: number;
  /** How many automatic backups are kept. */
  backupsKept: number;
}

export const DEFAULT_EXCHANGE_PREFERENCES: ExchangePreferences = { emailLimitMb: 10, backupsKept: 10 };
const PREFERENCES_KEY = 'exchangePreferences';

export async function getExchangePreferences(db: CtaiDatabase): Promise<ExchangePreferences> {
  const stored = (await db.settings.get(PREFERENCES_KEY))?.value as Partial<ExchangePreferences> | undefined;
  return { ...DEFAULT_EXCHANGE_PREFERENCES, ...stored };
}

export async function setExchangePreferences(db: CtaiDatabase, preferences: ExchangePreferences): Promise<void> {
  await db.settings.put({ key: PREFERENCES_KEY, value: preferences });
}
