import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import '@codegouvfr/react-dsfr/main.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

startReactDsfr({ defaultColorScheme: 'light' });

const container = document.getElementById('root');
if (!container) throw new Error('Élément racine introuvable.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
