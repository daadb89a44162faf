// The current screen, kept in the URL hash so that reloading stays on the same screen.
import { create } from 'zustand';

export type Route =
  | { screen: 'tableau-de-bord' }
  | { screen: 'dossiers' }
  | { screen: 'nouveau-dossier' }
  | { screen: 'echanges' }
  | { screen: 'parametres' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  switch (path) {
    case 'dossiers':
      return { screen: 'dossiers' };
    case 'dossiers/nouveau':
      return { screen: 'nouveau-dossier' };
    case 'echanges':
      return { screen: 'echanges' };
    case 'parametres':
      return { screen: 'parametres' };
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
  useRouteStore.setState({ route: parseRoute(window.location.hash) });
});
