import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { ScreenTitle } from './ScreenTitle';

export function ExchangesScreen() {
  return (
    <>
      <ScreenTitle>Échanges</ScreenTitle>
      <Notice title="L’export et l’import d’échanges signés (fichiers .ctai) ne sont pas encore disponibles dans cette version." />
    </>
  );
}
