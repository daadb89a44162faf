import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolation, reachStep, test } from './fixtures';

const year = new Date().getFullYear();
const nbsp = /[\s\u00a0\u202f]/g;

/** A field by the start of its label (the design system puts the hint inside the label). */
function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** Types into a field and leaves it, which saves it; waits until the stored value is shown back. */
async function fill(page: Page, label: string, value: string, shown = value) {
  const input = field(page, label);
  await input.fill(value);
  await input.press('Tab');
  await expect(input).toHaveValue(shown);
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

async function addAction(page: Page, intitule: string, axe: string, cost: number, ctai: number) {
  await page.getByLabel('Intitulé de la nouvelle action').fill(intitule);
  await page.getByLabel('Axe principal de la nouvelle action').selectOption({ label: axe });
  await page.getByLabel('Porteur de la nouvelle action').fill('Association Accueil et Partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: intitule })).toBeVisible();
  for (const annee of [year, year + 1]) {
    if (annee === year + 1) await page.getByRole('button', { name: `Ajouter le budget ${annee}` }).click();
    await fill(page, `Coût total ${annee}`, String(cost), `${cost / 1000} 000,00`);
    await fill(page, `Montant CTAI demandé ${annee}`, String(ctai), `${ctai / 1000} 000,00`);
    await page.getByRole('button', { name: `Ajouter un cofinanceur en ${annee}` }).click();
    await fill(page, `Cofinanceur 1 (${annee})`, 'Caisse d’allocations familiales');
    await expect(field(page, `Montant du cofinanceur 1 (${annee})`)).toHaveValue(`${(cost - ctai) / 1000} 000,00`);
    await expect(
      page.getByText('Le CTAI et les cofinanceurs couvrent exactement le coût total.').first(),
    ).toBeVisible();
  }
}

test('an agent takes a real commune from the referential to its funding proposal', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/parametres');
  await page.getByLabel('Votre nom').fill('Claire Martin');
  await page.getByLabel('Votre site').fill('Préfecture d’Indre-et-Loire');
  await page.getByRole('form', { name: 'Votre identité' }).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Votre identité est enregistrée.')).toBeVisible();

  await page.goto('./#/dossiers/nouveau');
  await page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ }).fill('Tours');
  await page.getByRole('option', { name: /^Tours Commune/ }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tours' })).toBeVisible();
  await expect(field(page, 'Code INSEE')).toHaveValue('37261');

  // A step whose conditions do not hold is refused, saying why.
  await openTab(page, 'Synthèse');
  await page.getByRole('button', { name: 'Passer à l’étape « Lettre d’intention »' }).click();
  await expect(page.getByRole('alert')).toContainText('Indiquez le représentant de la collectivité');
  await expectNoAxeViolation(page);

  await openTab(page, 'Collectivité');
  await fill(page, 'Nom du représentant', 'Denis');
  await openTab(page, 'État');
  await fill(page, 'Nom de l’agent référent', 'Martin');

  await openTab(page, 'Diagnostic');
  await page.getByRole('button', { name: `Ajouter l’année ${year - 1}` }).click();
  await fill(page, 'Titres de séjour signés', '420');
  await page.getByRole('button', { name: 'Décrire l’axe « Logement et hébergement »' }).click();
  await fill(page, 'Constats — Logement et hébergement', 'Les ménages réfugiés restent longtemps à l’hôtel.');

  await openTab(page, 'Actions');
  await addAction(page, 'Intermédiation locative', 'Logement et hébergement', 10_000, 6_000);
  await addAction(page, 'Ateliers sociolinguistiques', 'Apprentissage du français', 20_000, 12_000);
  await addAction(page, 'Parcours vers l’emploi', 'Emploi et formation professionnelle', 30_000, 18_000);

  // An invalid amount is refused in French and the stored value stays.
  await page.getByRole('button', { name: 'Modifier « Intermédiation locative »' }).click();
  const cost = field(page, `Coût total ${year}`);
  await cost.fill('beaucoup');
  await cost.press('Tab');
  await expect(
    // Under the field (the save bar names it too, after « Non enregistré — »).
    page.getByText(`Coût total ${year} : saisissez un montant en euros, par exemple 12 500,00.`, { exact: true }),
  ).toBeVisible();
  await expect(page.locator('#etat-enregistrement')).toContainText('Non enregistré');
  await expectNoAxeViolation(page);
  // The stored value put back, nothing is left unsaved.
  await fill(page, `Coût total ${year}`, '10000', '10 000,00');

  await openTab(page, 'Financement');
  const totalRow = page.getByRole('row', { name: new RegExp(`Total ${year}`) });
  await expect(totalRow).toContainText('60 000,00'.replace(' ', '\u202f'));
  await expect(totalRow).toContainText('36 000,00'.replace(' ', '\u202f'));
  await expect(totalRow).toContainText('60,0 %'.replace(',0', ''));

  await openTab(page, 'Synthèse');
  // The letter of intention is the first step's condition: generated here, or received.
  await page.getByRole('button', { name: 'Passer à l’étape « Lettre d’intention »' }).click();
  await expect(page.getByRole('alert')).toContainText('Générez la lettre d’intention (onglet Documents)');
  await fill(page, 'Lettre d’intention reçue le', '2026-01-08');
  const dates = ['2026-01-10', '2026-02-15', '2026-04-01', '2026-06-30'];
  for (const [index, step] of [
    'Lettre d’intention',
    'Échange avec la préfecture',
    'Diagnostic partagé',
    'Proposition et demande de financement',
  ].entries()) {
    await field(page, 'Date').fill(dates[index]!);
    await reachStep(page, step);
  }
  await expect(page.getByRole('list', { name: 'Étapes du dossier' })).toContainText(
    'Proposition et demande de financement — atteinte le 30 juin 2026',
  );

  // Everything is still there after a reload; the stored amount is the valid one.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tours' })).toBeVisible();
  await expect(page.getByText('Proposition et demande de financement').first()).toBeVisible();
  await openTab(page, 'Actions');
  await page.getByRole('button', { name: 'Modifier « Intermédiation locative »' }).click();
  await expect(field(page, `Coût total ${year}`)).toHaveValue('10 000,00');

  await openTab(page, 'Historique');
  await expect(page.getByRole('table', { name: /Historique des modifications/ })).toContainText('Claire Martin');
  // The action and the year named as they were at the change, not by their positions.
  await page
    .getByLabel('Filtrer par champ')
    .selectOption({ label: `Coût total (action « Intermédiation locative », année « ${year} »)` });
  const history = page.getByRole('table', { name: /Historique des modifications/ });
  await expect(history).toContainText('10\u202f000,00\u00a0€');
  await expect(history.getByRole('row')).toHaveCount(2);

  // The dashboard adds up the same figures.
  await page.getByRole('link', { name: 'Tableau de bord' }).first().click();
  await page.getByRole('figure', { name: 'Crédits de l’État demandés par année' }).getByText('Voir le tableau').click();
  const requested = page.getByRole('table', { name: 'Crédits de l’État demandés par année (tableau)' });
  await expect(requested.getByRole('row', { name: String(year) })).toContainText('36\u202f000,00');
  await expect(requested.getByRole('row', { name: String(year + 1) })).toContainText('36\u202f000,00');
  // Its three actions are proposed, its contract not signed: none is financed yet.
  await expect(
    page.getByText('0 action financée (retenue par un acte signé), pour 0 bénéficiaire visé'.replace(nbsp, ' ')),
  ).toBeVisible();
});
