import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { ExternalLink } from '../layout/ExternalLink';
import { routeHref } from '../state/route-store';
import { ScreenTitle } from './ScreenTitle';

export function AboutScreen() {
  const [version, setVersion] = useState('…');
  useEffect(() => {
    void platform.appVersion().then(setVersion);
  }, []);
  return (
    <>
      <ScreenTitle>À propos de Contrats CTAI</ScreenTitle>
      <p>
        Contrats CTAI aide les agents des préfectures et des sous-préfectures à suivre les contrats territoriaux
        d’accueil et d’intégration, de la lettre d’intention à la signature : dossiers, diagnostic partagé, actions et
        financements, lettre et contrat en DOCX et PDF, échanges signés entre sites.
      </p>
      <dl>
        <dt>Version</dt>
        <dd>{version}</dd>
        <dt>Mode</dt>
        <dd>{platform.kind === 'electron' ? 'Application de bureau' : 'Navigateur'}</dd>
        <dt>Fonctionnement</dt>
        <dd>
          Entièrement hors ligne : les données restent sur cet ordinateur ; elles ne circulent que dans les échanges
          signés que vous enregistrez vous-même.
        </dd>
      </dl>
      <h2 className="fr-h4">Sources et licences</h2>
      <ul>
        <li>
          Communes, EPCI, départements et régions : découpage administratif officiel publié par Etalab (
          <ExternalLink href="https://github.com/etalab/decoupage-administratif">decoupage-administratif</ExternalLink>
          ).
        </li>
        <li>
          Interface :{' '}
          <ExternalLink href="https://www.systeme-de-design.gouv.fr/">Système de design de l’État</ExternalLink>.
        </li>
        <li>Polices des documents PDF : Liberation Sans, sous licence SIL Open Font License 1.1.</li>
        <li>Profil de couleur des PDF : sRGB, fourni avec sa licence.</li>
        <li>
          Textes de référence : <ExternalLink href="https://www.legifrance.gouv.fr/">Légifrance</ExternalLink>.
        </li>
      </ul>
      <p>
        Voir aussi les <a href={routeHref({ screen: 'raccourcis' })}>raccourcis clavier</a>.
      </p>
    </>
  );
}
