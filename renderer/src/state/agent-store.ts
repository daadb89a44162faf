// The agent's identity and préfecture for this session, loaded from the settings at start-up;
// the identity signs every change.
import { create } from 'zustand';
import type { PrefectureDefaults } from '../../../shared/dossier/prefecture-defaults';
import type { AgentIdentity } from '../../db/records';
import { UNKNOWN_AGENT } from '../../db/settings-repository';

interface AgentState {
  /** False until the stored settings have been read (the first-start screen waits for it). */
  loaded: boolean;
  identity: AgentIdentity | null;
  prefecture: PrefectureDefaults | null;
  /** Contract article texts adapted by the préfecture, by article id. */
  articles: Record<string, string> | null;
  setArticles: (articles: Record<string, string> | null) => void;
  setIdentity: (identity: AgentIdentity | null) => void;
  setPrefecture: (prefecture: PrefectureDefaults | null) => void;
  setLoaded: () => void;
}

export const useAgentStore = create<AgentState>((set) => ({
  loaded: false,
  identity: null,
  prefecture: null,
  articles: null,
  setArticles: (articles) => set({ articles }),
  setIdentity: (identity) => set({ identity }),
  setPrefecture: (prefecture) => set({ prefecture }),
  setLoaded: () => set({ loaded: true }),
}));

export function currentAuthor(): AgentIdentity {
  return useAgentStore.getState().identity ?? UNKNOWN_AGENT;
}
