// The agent's settings: identity (name, service, site) that signs every change.
import type { CtaiDatabase } from './database';
import type { AgentIdentity } from './records';

const AGENT_KEY = 'agent';

export const UNKNOWN_AGENT: AgentIdentity = { nom: 'Agent non renseigné', service: '', site: '' };

export async function getAgentIdentity(db: CtaiDatabase): Promise<AgentIdentity | null> {
  const row = await db.settings.get(AGENT_KEY);
  return (row?.value as AgentIdentity | undefined) ?? null;
}

export async function setAgentIdentity(db: CtaiDatabase, identity: AgentIdentity): Promise<void> {
  await db.settings.put({ key: AGENT_KEY, value: identity });
}
