// The agent's identity for this session, loaded from the settings at start-up; it signs every change.
import { create } from 'zustand';
import type { AgentIdentity } from '../../db/records';
import { UNKNOWN_AGENT } from '../../db/settings-repository';

interface AgentState {
  identity: AgentIdentity | null;
  setIdentity: (identity: AgentIdentity | null) => void;
}

export const useAgentStore = create<AgentState>((set) => ({
  identity: null,
  setIdentity: (identity) => set({ identity }),
}));

export function currentAuthor(): AgentIdentity {
  return useAgentStore.getState().identity ?? UNKNOWN_AGENT;
}
