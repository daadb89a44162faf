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
import { AfterFirstPaint, whenIdle } from './layout/after-first-paint';
import { listenToMenu } from './state/menu-commands';
import { keepFocus } from './layout/keep-focus';

listenToMenu();
keepFocus();

let painted = false;

/**
 * Once the first screen is painted: the design system's scripts (modals, disclosures, table
 * shadows: nothing the first screen needs to show; started before, they hold its first paint by
 * following each element React adds); then, once the page is idle (the list has read its rows),
 * the rest of the start (startup.ts: storage checks, the day's backup).
 */
function afterFirstPaint(): void {
  if (painted) return;
  painted = true;
  startReactDsfr({ defaultColorScheme: 'light' });
  whenIdle(() => void afterFirstScreen());
}

const container = document.getElementById('root');
if (!container) throw new Error('Élément racine introuvable.');
void beforeFirstScreen().then(
  () => {
    createRoot(container).render(
      <StrictMode>
        <App />
        <AfterFirstPaint run={afterFirstPaint} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    createRoot(container).render(<StartFailure error={error} />);
  },
);
