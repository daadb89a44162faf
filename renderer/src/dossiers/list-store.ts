// Search, filters and sort of the Dossiers screen, kept while the agent opens a dossier and comes back.
import { create } from 'zustand';
import { EMPTY_FILTER, type DossierFilter, type DossierSort } from '../../../shared/dossier/dossier-filter';

interface ListState {
  filter: DossierFilter;
  sort: DossierSort;
  setFilter: (change: Partial<DossierFilter>) => void;
  setSort: (sort: DossierSort) => void;
  reset: () => void;
}

export const useListStore = create<ListState>((set) => ({
  filter: EMPTY_FILTER,
  sort: 'nom',
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  setSort: (sort) => set({ sort }),
  reset: () => set({ filter: EMPTY_FILTER }),
}));
