import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuCommand } from '../../../main/menu-template';

describe('application menu', () => {
  it('is in French and sends the renderer its commands', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate((command) => sent.push(command), { isProduction: true });
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const fichier = template[0]!.submenu as { label?: string; click?: () => void }[];
    expect(fichier.map((item) => item.label).filter(Boolean)).toEqual([
      'Nouveau dossier',
      'Importer un échange…',
      'Exporter un échange…',
      'Imprimer…',
      'Quitter',
    ]);
    fichier[0]!.click?.();
    expect(sent).toEqual(['new-dossier']);
  });

  it('hides the developer tools in production', () => {
    const labels = (isProduction: boolean) =>
      JSON.stringify(buildMenuTemplate(() => undefined, { isProduction }).map((menu) => menu.submenu));
    expect(labels(true)).not.toContain('Outils de développement');
    expect(labels(false)).toContain('Outils de développement');
  });
});
