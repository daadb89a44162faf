import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { lazy, Suspense } from 'react';
import { AppFooter } from './layout/AppFooter';
import { AppHeader } from './layout/AppHeader';
import { FlashMessage } from './layout/FlashMessage';
import { DossiersScreen } from './screens/DossiersScreen';
import { useAgentStore } from './state/agent-store';
import { useBundleDrop } from './exchanges/use-bundle-drop';
import { useRouteStore, type Route } from './state/route-store';
import { loadDashboard } from './screens/load-dashboard';

// Every screen but the list is loaded when first shown, so that start-up loads only what the
// list needs (the dashboard's figures, for one, need the dossier schemas and Automerge). The
// dashboard, shown at start when no screen is named, is loaded then beside the settings.
const DashboardScreen = lazy(async () => ({ default: (await loadDashboard()).DashboardScreen }));
// The first start's screen, once in the app's life.
const FirstStartScreen = lazy(async () => ({
  default: (await import('./screens/FirstStartScreen')).FirstStartScreen,
}));
const DossierScreen = lazy(async () => ({ default: (await import('./dossier/DossierScreen')).DossierScreen }));
const NewDossierScreen = lazy(async () => ({
  default: (await import('./screens/NewDossierScreen')).NewDossierScreen,
}));
const ExchangesScreen = lazy(async () => ({ default: (await import('./screens/ExchangesScreen')).ExchangesScreen }));
const SettingsScreen = lazy(async () => ({ default: (await import('./screens/SettingsScreen')).SettingsScreen }));
const AboutScreen = lazy(async () => ({ default: (await import('./screens/AboutScreen')).AboutScreen }));
const ShortcutsScreen = lazy(async () => ({ default: (await import('./screens/ShortcutsScreen')).ShortcutsScreen }));

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
  const dragging = useBundleDrop();
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
        <Suspense fallback={<p>Chargement…</p>}>
          {firstStart ? <FirstStartScreen /> : <Screen route={route} />}
        </Suspense>
      </main>
      <AppFooter />
      {dragging && (
        // A cue for the mouse only: keyboard and screen-reader users import with the button.
        <div className="ctai-drop-zone" aria-hidden="true">
          <p>Déposez le fichier .ctai pour vérifier l’échange avant de l’importer</p>
        </div>
      )}
    </>
  );
}
