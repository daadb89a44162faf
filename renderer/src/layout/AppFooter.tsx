import { useEffect, useState } from 'react';
import { platform } from '../../platform';

export function AppFooter() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void platform.appVersion().then(setVersion);
  }, []);
  return (
    <footer className="fr-footer" id="pied-de-page" tabIndex={-1}>
      <div className="fr-container">
        <div className="fr-footer__bottom">
          <p className="fr-footer__bottom-copy">
            Contrats CTAI{version ? ` — version ${version}` : ''} — application hors ligne des services de l’État
          </p>
        </div>
      </div>
    </footer>
  );
}
