import { Header } from '@codegouvfr/react-dsfr/Header';
import { useAgentStore } from '../state/agent-store';
import { routeHref, type Route } from '../state/route-store';

const NAVIGATION: { text: string; route: Route; section: Route['screen'][] }[] = [
  { text: 'Tableau de bord', route: { screen: 'tableau-de-bord' }, section: ['tableau-de-bord'] },
  { text: 'Dossiers', route: { screen: 'dossiers' }, section: ['dossiers', 'nouveau-dossier', 'dossier'] },
  { text: 'Échanges', route: { screen: 'echanges' }, section: ['echanges'] },
  { text: 'Paramètres', route: { screen: 'parametres' }, section: ['parametres'] },
];

/**
 * The header: the service, the menu, and who works here (the agent's name and site, which sign
 * every change; a link to change them). Until the first start's identity is saved there is no
 * menu: every other screen needs it.
 */
export function AppHeader({ route }: { route: Route }) {
  const identity = useAgentStore((state) => state.identity);
  const firstStart = useAgentStore((state) => state.loaded && state.identity === null);
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
      quickAccessItems={
        identity
          ? [
              {
                iconId: 'fr-icon-account-circle-line',
                text: `${identity.nom}${identity.site ? ` — ${identity.site}` : ''}`,
                linkProps: { href: routeHref({ screen: 'parametres' }), title: 'Votre identité, dans les Paramètres' },
              },
            ]
          : []
      }
      navigation={
        firstStart
          ? []
          : NAVIGATION.map((item) => ({
              text: item.text,
              linkProps: { href: routeHref(item.route) },
              isActive: item.section.includes(route.screen),
            }))
      }
    />
  );
}
