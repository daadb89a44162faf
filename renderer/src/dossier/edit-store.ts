// Editing state of the open dossiers: what is typed but not stored yet (so nothing typed is
// lost when the agent moves to another tab or screen), the saving state, and the last changes
// that can be undone.
import { create } from 'zustand';
import type { DossierEdit, Path } from '../../../shared/sync/dossier-doc';
import type { DossierTab } from '../state/route-store';

export interface Draft {
  text: string;
  error?: string;
  /** The tab the field is on: the save bar leads there from another tab while it is refused. */
  tab?: DossierTab;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface UndoEntry {
  dossierId: string;
  summary: string;
  /** What the undo button names: « Population 6 400 → 6 391 ». */
  label: string;
  /** The tab the change was made in (the undo acts there only); null when made elsewhere. */
  tab: DossierTab | null;
  /** The edits that put the previous values back. */
  inverse: DossierEdit[];
}

interface EditState {
  drafts: Record<string, Draft>;
  saveState: SaveState;
  message: string;
  /** The last refusal is shown beside a field (the save bar then follows the fields' drafts). */
  errorOnField: boolean;
  /** The dossier whose last change was refused because its contract is signed (an avenant is the way). */
  frozenDossierId: string | null;
  undo: UndoEntry[];
  /** The dossier and tab on screen (set by the dossier screen): where a change is made. */
  viewing: { dossierId: string; tab: DossierTab } | null;
  setViewing: (viewing: { dossierId: string; tab: DossierTab } | null) => void;
  setDraft: (key: string, draft: Draft | null) => void;
  setSaveState: (
    saveState: SaveState,
    message?: string,
    frozenDossierId?: string | null,
    errorOnField?: boolean,
  ) => void;
  pushUndo: (entry: UndoEntry) => void;
  popUndo: (dossierId: string) => UndoEntry | undefined;
}

export function draftKey(dossierId: string, path: Path): string {
  return `${dossierId}:${path.join('.')}`;
}

export const useEditStore = create<EditState>((set, get) => ({
  drafts: {},
  saveState: 'idle',
  message: '',
  errorOnField: false,
  frozenDossierId: null,
  undo: [],
  viewing: null,
  setViewing: (viewing) => set({ viewing }),
  setDraft: (key, draft) =>
    set((state) => {
      const drafts = { ...state.drafts };
      if (draft) drafts[key] = draft;
      else delete drafts[key];
      return { drafts };
    }),
  setSaveState: (saveState, message = '', frozenDossierId = null, errorOnField = false) =>
    set({ saveState, message, frozenDossierId, errorOnField }),
  pushUndo: (entry) => set((state) => ({ undo: [...state.undo.slice(-49), entry] })),
  popUndo: (dossierId) => {
    const index = get()
      .undo.map((entry) => entry.dossierId)
      .lastIndexOf(dossierId);
    if (index < 0) return undefined;
    const entry = get().undo[index];
    set((state) => ({ undo: state.undo.filter((_, i) => i !== index) }));
    return entry;
  },
}));
