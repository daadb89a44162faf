// The agent's settings: identity (name, service, site) that signs every change, and the
// préfecture's details copied into new dossiers.
import type { PrefectureDefaults } from '../../shared/dossier/prefecture-defaults';
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
  return (row?.value as PrefectureDefaults | undefined) ?? null;
}

export async function setPrefectureDefaults(db: CtaiDatabase, defaults: PrefectureDefaults): Promise<void> {
  await db.settings.put({ key: PREFECTURE_KEY, value: defaults });
}

/** Contract article texts adapted by the préfecture, by article id (the defaults for the others). */
export async function getContractArticles(db: CtaiDatabase): Promise<Record<string, string> | null> {
  const row = await db.settings.get(ARTICLES_KEY);
  return (row?.value as Record<string, string> | undefined) ?? null;
}

export async function setContractArticles(db: CtaiDatabase, articles: Record<string, string>): Promise<void> {
  await db.settings.put({ key: ARTICLES_KEY, value: articles });
}
