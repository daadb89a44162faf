// The current screen, kept in the URL hash so that reloading stays on the same screen.
import { create } from 'zustand';
import { useFlashStore } from './flash-store';

export type Route =
  | { screen: 'tableau-de-bord' }
  | { screen: 'dossiers' }
  | { screen: 'nouveau-dossier' }
  | { screen: 'dossier'; id: string; tab: DossierTab }
  | { screen: 'echanges' }
  | { screen: 'parametres' }
  | { screen: 'a-propos' }
  | { screen: 'raccourcis' };

export const DOSSIER_TABS = [
  'synthese',
  'collectivite',
  'etat',
  'diagnostic',
  'actions',
  'financement',
  'contrat',
  'suivi',
  'documents',
  'historique',
] as const;

export type DossierTab = (typeof DOSSIER_TABS)[number];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const dossier = /^dossiers\/([A-Za-z0-9-]{1,64})(?:\/([a-z]+))?$/.exec(path);
  if (dossier && dossier[1] !== 'nouveau') {
    const tab = (DOSSIER_TABS as readonly string[]).includes(dossier[2] ?? '')
      ? (dossier[2] as DossierTab)
      : 'synthese';
    return { screen: 'dossier', id: dossier[1]!, tab };
  }
  switch (path) {
    case 'dossiers':
      return { screen: 'dossiers' };
    case 'dossiers/nouveau':
      return { screen: 'nouveau-dossier' };
    case 'echanges':
      return { screen: 'echanges' };
    case 'parametres':
      return { screen: 'parametres' };
    case 'a-propos':
      return { screen: 'a-propos' };
    case 'raccourcis':
      return { screen: 'raccourcis' };
    default:
      return { screen: 'tableau-de-bord' };
  }
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'tableau-de-bord':
      return '#/';
    case 'nouveau-dossier':
      return '#/dossiers/nouveau';
    case 'dossier':
      return `#/dossiers/${route.id}/${route.tab}`;
    default:
      return `#/${route.screen}`;
  }
}

interface RouteState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useRouteStore = create<RouteState>(() => ({
  route: parseRoute(window.location.hash),
  navigate: (route) => {
    window.location.hash = routeHref(route);
  },
}));

window.addEventListener('hashchange', () => {
  const route = parseRoute(window.location.hash);
  const previous = useRouteStore.getState().route;
  useRouteStore.setState({ route });
  // Moving between tabs of one dossier is not leaving the screen.
  const sameDossier = previous.screen === 'dossier' && route.screen === 'dossier' && previous.id === route.id;
  if (!sameDossier) useFlashStore.getState().navigated();
});
