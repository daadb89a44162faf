import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { DossierScreen } from './dossier/DossierScreen';
import { AppFooter } from './layout/AppFooter';
import { AppHeader } from './layout/AppHeader';
import { FlashMessage } from './layout/FlashMessage';
import { AboutScreen } from './screens/AboutScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { DossiersScreen } from './screens/DossiersScreen';
import { ExchangesScreen } from './screens/ExchangesScreen';
import { NewDossierScreen } from './screens/NewDossierScreen';
import { FirstStartScreen } from './screens/FirstStartScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { ShortcutsScreen } from './screens/ShortcutsScreen';
import { useAgentStore } from './state/agent-store';
import { useBundleDrop } from './exchanges/use-bundle-drop';
import { useRouteStore, type Route } from './state/route-store';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'tableau-de-bord':
      return <DashboardScreen />;
    case 'dossiers':
      return <DossiersScreen />;
    case 'nouveau-dossier':
      return <NewDossierScreen />;
    case 'dossier':
      return <DossierScreen key={route.id} id={route.id} tab={route.tab} />;
    case 'echanges':
      return <ExchangesScreen />;
    case 'parametres':
      return <SettingsScreen />;
    case 'a-propos':
      return <AboutScreen />;
    case 'raccourcis':
      return <ShortcutsScreen />;
  }
}

export function App() {
  const route = useRouteStore((state) => state.route);
  const firstStart = useAgentStore((state) => state.loaded && state.identity === null);
  useBundleDrop();
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <AppHeader route={route} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w">
        <FlashMessage />
        {firstStart ? <FirstStartScreen /> : <Screen route={route} />}
      </main>
      <AppFooter />
    </>
  );
}
