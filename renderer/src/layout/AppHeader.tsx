import { Header } from '@codegouvfr/react-dsfr/Header';
import { routeHref, type Route } from '../state/route-store';

const NAVIGATION: { text: string; route: Route; section: Route['screen'][] }[] = [
  { text: 'Tableau de bord', route: { screen: 'tableau-de-bord' }, section: ['tableau-de-bord'] },
  { text: 'Dossiers', route: { screen: 'dossiers' }, section: ['dossiers', 'nouveau-dossier', 'dossier'] },
  { text: 'Échanges', route: { screen: 'echanges' }, section: ['echanges'] },
  { text: 'Paramètres', route: { screen: 'parametres' }, section: ['parametres'] },
];

export function AppHeader({ route }: { route: Route }) {
  return (
    <Header
      brandTop={
        <>
          RÉPUBLIQUE
          <br />
          FRANÇAISE
        </>
      }
      serviceTitle="Contrats CTAI"
      serviceTagline="Contrats territoriaux d'accueil et d'intégration"
      homeLinkProps={{ href: '#/', title: 'Accueil - Contrats CTAI' }}
      navigation={NAVIGATION.map((item) => ({
        text: item.text,
        linkProps: { href: routeHref(item.route) },
        isActive: item.section.includes(route.screen),
      }))}
    />
  );
}
