import { useEffect, useState } from 'react';
import { formatSize } from '../../../shared/format/file-size';
import { useAgentStore } from '../state/agent-store';
import { AgentIdentityForm } from '../settings/AgentIdentityForm';
import { KeySection } from '../exchanges/KeySection';
import { ContractArticlesSection } from '../settings/ContractArticlesSection';
import { VisaReferencesSection } from '../settings/VisaReferencesSection';
import { BackupsSection } from '../backups/BackupsSection';
import { DemoDataSection } from '../settings/DemoDataSection';
import { OpenDataSection } from '../settings/OpenDataSection';
import { ExchangePreferencesForm } from '../settings/ExchangePreferencesForm';
import { PrefectureDefaultsForm } from '../settings/PrefectureDefaultsForm';
import { routeHref } from '../state/route-store';
import { ScreenTitle } from './ScreenTitle';

export function SettingsScreen() {
  const [usage, setUsage] = useState<string>('…');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const identity = useAgentStore((state) => state.identity);
  const prefecture = useAgentStore((state) => state.prefecture);
  useEffect(() => {
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
      <VisaReferencesSection />
      <ContractArticlesSection />
      <OpenDataSection />
      <DemoDataSection />
      <section aria-labelledby="application-titre" className="fr-mt-6w">
        <h2 id="application-titre" className="fr-h4">
          Stockage
        </h2>
        <dl>
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
      <p>
        Version de l’application et licences : <a href={routeHref({ screen: 'a-propos' })}>À propos</a>.
      </p>
    </>
  );
}
