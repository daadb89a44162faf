import { useEffect, useState } from 'react';
import { formatSize } from '../../../shared/format/file-size';
import { platform } from '../../platform';
import { useAgentStore } from '../state/agent-store';
import { AgentIdentityForm } from '../settings/AgentIdentityForm';
import { KeySection } from '../exchanges/KeySection';
import { ContractArticlesSection } from '../settings/ContractArticlesSection';
import { BackupsSection } from '../backups/BackupsSection';
import { DemoDataSection } from '../settings/DemoDataSection';
import { ExchangePreferencesForm } from '../settings/ExchangePreferencesForm';
import { PrefectureDefaultsForm } from '../settings/PrefectureDefaultsForm';
import { ScreenTitle } from './ScreenTitle';

export function SettingsScreen() {
  const [version, setVersion] = useState<string>('…');
  const [usage, setUsage] = useState<string>('…');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const identity = useAgentStore((state) => state.identity);
  const prefecture = useAgentStore((state) => state.prefecture);
  useEffect(() => {
    void platform.appVersion().then(setVersion);
    void navigator.storage
      ?.estimate()
      .then((estimate) => setUsage(formatSize(estimate.usage ?? 0)))
      .catch(() => setUsage('inconnu'));
    void navigator.storage
      ?.persisted?.()
      .then(setPersisted)
      .catch(() => setPersisted(false));
  }, []);
  return (
    <>
      <ScreenTitle>Paramètres</ScreenTitle>
      {/* Remounted once the stored settings have been read, so the forms show them. */}
      <AgentIdentityForm key={identity ? 'identite-enregistree' : 'identite-vide'} />
      <PrefectureDefaultsForm key={prefecture ? 'prefecture-enregistree' : 'prefecture-vide'} />
      <KeySection />
      <ExchangePreferencesForm />
      <BackupsSection />
      <ContractArticlesSection />
      <DemoDataSection />
      <section aria-labelledby="application-titre" className="fr-mt-6w">
        <h2 id="application-titre" className="fr-h4">
          Application
        </h2>
        <dl>
          <dt>Version</dt>
          <dd>{version}</dd>
          <dt>Mode</dt>
          <dd>{platform.kind === 'electron' ? 'Application de bureau' : 'Navigateur'}</dd>
          <dt>Espace utilisé par la base de données</dt>
          <dd>{usage}</dd>
          <dt>Stockage persistant</dt>
          <dd>
            {persisted === null
              ? '…'
              : persisted
                ? 'Accordé : le moteur ne supprimera pas les données pour faire de la place.'
                : 'Non accordé : si le disque manque de place, le moteur pourrait effacer les données. Gardez des sauvegardes récentes.'}
          </dd>
        </dl>
      </section>
    </>
  );
}
