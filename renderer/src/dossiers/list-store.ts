// Search, filters and sort of the Dossiers screen, kept while the agent opens a dossier and comes back.
import { create } from 'zustand';
import {
  EMPTY_FILTER,
  FIRST_DIRECTION,
  type DossierFilter,
  type DossierSort,
  type SortDirection,
} from '../../../shared/dossier/dossier-filter';

interface ListState {
  filter: DossierFilter;
  sort: DossierSort;
  direction: SortDirection;
  /** Whether the filters are unfolded (folded, the results show under the search while typing). */
  filtersOpen: boolean;
  setFilter: (change: Partial<DossierFilter>) => void;
  /** Sorts on a column: a first click in its first direction, a second click the other way. */
  sortOn: (sort: DossierSort) => void;
  setFiltersOpen: (open: boolean) => void;
  reset: () => void;
}

export const useListStore = create<ListState>((set) => ({
  filter: EMPTY_FILTER,
  sort: 'nom',
  direction: 'asc',
  filtersOpen: false,
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  sortOn: (sort) =>
    set((state) => ({
      sort,
      direction: state.sort === sort ? (state.direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[sort],
    })),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  reset: () => set({ filter: EMPTY_FILTER }),
}));
