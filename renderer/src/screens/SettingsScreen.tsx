import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { ScreenTitle } from './ScreenTitle';

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

export function SettingsScreen() {
  const [version, setVersion] = useState<string>('…');
  const [usage, setUsage] = useState<string>('…');
  useEffect(() => {
    void platform.appVersion().then(setVersion);
    void navigator.storage
      ?.estimate()
      .then((estimate) => setUsage(formatMegabytes(estimate.usage ?? 0)))
      .catch(() => setUsage('inconnu'));
  }, []);
  return (
    <>
      <ScreenTitle>Paramètres</ScreenTitle>
      <h2 className="fr-h4">Application</h2>
      <dl>
        <dt>Version</dt>
        <dd>{version}</dd>
        <dt>Mode</dt>
        <dd>{platform.kind === 'electron' ? 'Application de bureau' : 'Navigateur'}</dd>
        <dt>Espace utilisé par la base de données</dt>
        <dd>{usage}</dd>
      </dl>
    </>
  );
}
