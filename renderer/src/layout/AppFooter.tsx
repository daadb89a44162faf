import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { routeHref } from '../state/route-store';

export function AppFooter() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void platform.appVersion().then(setVersion);
  }, []);
  return (
    <footer className="fr-footer" id="pied-de-page" tabIndex={-1}>
      <div className="fr-container">
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href={routeHref({ screen: 'a-propos' })}>
                À propos
              </a>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href={routeHref({ screen: 'raccourcis' })}>
                Raccourcis clavier
              </a>
            </li>
          </ul>
          <p className="fr-footer__bottom-copy">
            Contrats CTAI{version ? ` — version ${version}` : ''} — application hors ligne des services de l’État
          </p>
        </div>
      </div>
    </footer>
  );
}
