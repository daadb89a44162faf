// A one-time message shown at the top of the next screen (for example after a creation).
import { create } from 'zustand';

export interface Flash {
  severity: 'success' | 'info' | 'error';
  title: string;
  description?: string;
}

interface FlashState {
  flash: Flash | null;
  show: (flash: Flash) => void;
  clear: () => void;
}

export const useFlashStore = create<FlashState>((set) => ({
  flash: null,
  show: (flash) => set({ flash }),
  clear: () => set({ flash: null }),
}));
