// A bundle that reached the app other than through the import button (dropped on the window,
// opened from the file manager): held until the Échanges screen verifies it.
import { create } from 'zustand';
import type { ByteSource } from '../../../shared/bundle/byte-source';
import { useRouteStore } from './route-store';

export interface IncomingBundle {
  name: string;
  /** The file, read by ranges as it is verified (never whole: see verifyBundle). */
  source: ByteSource;
}

interface IncomingBundleState {
  incoming: IncomingBundle | null;
  offer: (bundle: IncomingBundle) => void;
  take: () => IncomingBundle | null;
}

export const useIncomingBundleStore = create<IncomingBundleState>((set, get) => ({
  incoming: null,
  offer: (bundle) => {
    set({ incoming: bundle });
    useRouteStore.getState().navigate({ screen: 'echanges' });
  },
  take: () => {
    const { incoming } = get();
    if (incoming) set({ incoming: null });
    return incoming;
  },
}));
