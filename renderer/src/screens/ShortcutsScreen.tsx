import { platform } from '../../platform';
import { ScreenTitle } from './ScreenTitle';

const DESKTOP: [string, string][] = [
  ['Ctrl + N', 'Nouveau dossier'],
  ['Ctrl + O', 'Importer un échange'],
  ['Ctrl + E', 'Exporter un échange'],
  ['Ctrl + P', 'Imprimer : sur un dossier, sa fiche de synthèse ; ailleurs, l’écran affiché'],
  ['F1', 'Cette page des raccourcis'],
  ['Ctrl + Z / Ctrl + Y', 'Annuler / rétablir la saisie dans un champ'],
  ['Ctrl + + / Ctrl + - / Ctrl + 0', 'Agrandir / réduire / taille réelle'],
  ['F11', 'Plein écran'],
];

const EVERYWHERE: [string, string][] = [
  ['Tab / Maj + Tab', 'Aller à l’élément suivant / précédent'],
  ['Entrée ou Espace', 'Activer un bouton, cocher une case'],
  ['Tab au début de la page', 'Liens d’évitement : aller au contenu ou au pied de page'],
  ['Flèche gauche / droite', 'Passer d’un onglet du dossier à l’autre'],
  ['Flèche haut / bas puis Entrée', 'Choisir une collectivité dans la liste officielle'],
  ['Échap', 'Fermer une liste de choix ou une fenêtre de confirmation'],
];

function ShortcutTable({ caption, rows }: { caption: string; rows: [string, string][] }) {
  return (
    <div className="fr-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Touches</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ShortcutsScreen() {
  return (
    <>
      <ScreenTitle>Raccourcis clavier</ScreenTitle>
      <p>Toute l’application s’utilise au clavier seul.</p>
      <ShortcutTable caption="Dans tous les écrans" rows={EVERYWHERE} />
      <ShortcutTable
        caption={
          platform.kind === 'electron'
            ? 'Menus de l’application (Cmd au lieu de Ctrl sur Mac)'
            : 'Menus de l’application de bureau (dans un navigateur, ce sont ceux du navigateur)'
        }
        rows={DESKTOP}
      />
    </>
  );
}
