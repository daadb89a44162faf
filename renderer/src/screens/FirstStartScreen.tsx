// The first start: before anything else the agent says who they are (their name, service and
// site sign every change and every bundle), and the app creates their signing key.
import { platform } from '../../platform';
import { AgentIdentityForm } from '../settings/AgentIdentityForm';
import { ScreenTitle } from './ScreenTitle';

export function FirstStartScreen() {
  return (
    <>
      <ScreenTitle>Bienvenue dans Contrats CTAI</ScreenTitle>
      <p>
        Avant de commencer, indiquez qui vous êtes. Votre nom, votre service et votre site signent chaque modification
        des dossiers et chaque échange avec la préfecture ou les sous-préfectures. Une clé de signature est créée pour
        vous sur cet ordinateur ; vous la retrouverez dans les Paramètres.
      </p>
      <AgentIdentityForm
        title="Votre identité"
        submitLabel="Commencer"
        onSaved={async () => {
          await platform.publicKey();
        }}
      />
    </>
  );
}
