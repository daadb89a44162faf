// The agent's identity and préfecture for this session, loaded from the settings at start-up;
// the identity signs every change.
import { create } from 'zustand';
import type { PrefectureDefaults } from '../../../shared/dossier/prefecture-defaults';
import type { AgentIdentity } from '../../db/records';
import { UNKNOWN_AGENT } from '../../db/settings-repository';

interface AgentState {
  identity: AgentIdentity | null;
  prefecture: PrefectureDefaults | null;
  /** Contract article texts adapted by the préfecture, by article id. */
  articles: Record<string, string> | null;
  setArticles: (articles: Record<string, string> | null) => void;
  setIdentity: (identity: AgentIdentity | null) => void;
  setPrefecture: (prefecture: PrefectureDefaults | null) => void;
}

export const useAgentStore = create<AgentState>((set) => ({
  identity: null,
  prefecture: null,
  articles: null,
  setArticles: (articles) => set({ articles }),
  setIdentity: (identity) => set({ identity }),
  setPrefecture: (prefecture) => set({ prefecture }),
}));

export function currentAuthor(): AgentIdentity {
  return useAgentStore.getState().identity ?? UNKNOWN_AGENT;
}
