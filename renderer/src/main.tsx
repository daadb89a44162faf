// First: zod must know before any schema is built that the renderer's CSP forbids eval.
import '../zod-without-eval';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import '@codegouvfr/react-dsfr/main.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { StartFailure } from './layout/StartFailure';
import { afterFirstScreen, beforeFirstScreen } from './startup';
import { listenToMenu } from './state/menu-commands';

startReactDsfr({ defaultColorScheme: 'light' });
listenToMenu();

const container = document.getElementById('root');
if (!container) throw new Error('Élément racine introuvable.');
void beforeFirstScreen().then(
  () => {
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    void afterFirstScreen();
  },
  (error: unknown) => {
    createRoot(container).render(<StartFailure error={error} />);
  },
);
