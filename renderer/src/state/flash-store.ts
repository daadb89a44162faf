// A one-time message shown at the top of the screen, kept for the navigation that follows it
// (a creation that opens the new dossier) and dropped after the next one.
import { create } from 'zustand';

export interface Flash {
  severity: 'success' | 'info' | 'error';
  title: string;
  description?: string;
}

interface FlashState {
  flash: Flash | null;
  navigationsLeft: number;
  /**
   * Shows `flash` until `navigations` more screens are opened: 1 (the default) for a message about
   * the screen an action opens; 0 for one about the screen it was given on (a refused print).
   */
  show: (flash: Flash, navigations?: number) => void;
  clear: () => void;
  navigated: () => void;
}

export const useFlashStore = create<FlashState>((set, get) => ({
  flash: null,
  navigationsLeft: 0,
  show: (flash, navigations = 1) => set({ flash, navigationsLeft: navigations }),
  clear: () => set({ flash: null }),
  navigated: () => {
    const { flash, navigationsLeft } = get();
    if (!flash) return;
    if (navigationsLeft > 0) set({ navigationsLeft: navigationsLeft - 1 });
    else set({ flash: null });
  },
}));
