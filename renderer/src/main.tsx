import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import '@codegouvfr/react-dsfr/main.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { database } from '../db/database';
import { getAgentIdentity, getContractArticles, getPrefectureDefaults } from '../db/settings-repository';
import { useAgentStore } from './state/agent-store';
import { listenToMenu } from './state/menu-commands';

startReactDsfr({ defaultColorScheme: 'light' });
listenToMenu();
void getAgentIdentity(database()).then((identity) => {
  useAgentStore.getState().setIdentity(identity);
  useAgentStore.getState().setLoaded();
});
void getPrefectureDefaults(database()).then((defaults) => useAgentStore.getState().setPrefecture(defaults));
void getContractArticles(database()).then((articles) => useAgentStore.getState().setArticles(articles));

const container = document.getElementById('root');
if (!container) throw new Error('Élément racine introuvable.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
