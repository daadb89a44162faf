import { test as baseTest } from '@playwright/test';
import { expect, expectNoAxeViolation, test, loadDemoData } from './fixtures';

test('creates a dossier for a real commune picked from the official list', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  const search = page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ });
  await search.fill('Grenob');
  const option = page.getByRole('option', { name: /Grenoble.*Commune.*Isère.*INSEE 38185/ });
  await expect(option).toBeVisible();
  await expectNoAxeViolation(page);
  await option.click();
  await expect(page.getByLabel('Nom de la collectivité')).toHaveValue('Grenoble');
  await expect(page.getByLabel('Type de collectivité')).toHaveValue('commune');
  await expect(page.getByText('Collectivité de la liste officielle : Grenoble')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('Code INSEE')).toHaveValue('38185');
  await expect(page.getByLabel('Population')).toHaveValue(/^\d+$/);

  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  const row = page.getByRole('row', { name: /Grenoble/ });
  await expect(row).toContainText('38185');
  await expect(row).toContainText('Isère');
});

test('finds an EPCI by its SIREN with the keyboard', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  const search = page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ });
  await search.fill('200046977');
  await expect(page.getByRole('option', { name: /Métropole de Lyon/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByLabel('Type de collectivité')).toHaveValue('metropole');
});

baseTest('on first start, asks who the agent is before anything else, and keeps it', async ({ page }) => {
  await page.goto('./#/dossiers');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Contrats CTAI' })).toBeVisible();
  await page.getByLabel(/^Votre site/).fill('Préfecture de l’Isère');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByText('Votre nom est obligatoire.')).toBeVisible();
  await expectNoAxeViolation(page);

  await page.getByLabel(/^Votre nom/).fill('Claire Martin');
  await page.getByLabel(/^Votre service/).fill('Bureau de l’intégration');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.goto('./#/parametres');
  await expect(page.getByLabel('Votre nom')).toHaveValue('Claire Martin');
  await expect(page.getByLabel('Votre site')).toHaveValue('Préfecture de l’Isère');
  await expect(page.locator('#empreinte')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
});

test('loads the demo data, once confirmed', async ({ page }) => {
  await page.goto('./#/parametres');
  await loadDemoData(page, 45_000);
  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  await expect(page.getByRole('table', { name: /Liste des dossiers \(200\)/ })).toBeVisible();
});

test('copies the préfecture’s details into every new dossier', async ({ page }) => {
  await page.goto('./#/parametres');
  const form = page.getByRole('form', { name: 'Votre préfecture' });
  await form.getByLabel(/^Code du département/).fill('3');
  await form.getByLabel(/^Nom de la préfecture/).fill('Préfecture de l’Isère');
  await form.getByLabel('Civilité du préfet').selectOption('Madame');
  await form.getByLabel('Nom du préfet', { exact: true }).fill('Durand');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    form.getByText('Code du département doit être un code de département (par exemple 38, 2A ou 974).'),
  ).toBeVisible();
  // Saved whole or not at all: the form says nothing was, and the field says it is refused.
  await expect(form.getByRole('status')).toHaveText(
    'Rien n’a été enregistré : corrigez la valeur signalée, puis « Enregistrer ».',
  );
  await expect(form.getByLabel(/^Code du département/)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolation(page);
  await form.getByLabel(/^Code du département/).fill('38');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de votre préfecture sont enregistrées.')).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('');
  await form.getByLabel('Nom du préfet', { exact: true }).fill('Durand-Martin');
  await expect(form.getByRole('status')).toHaveText(
    'Modifications non enregistrées : « Enregistrer » pour les garder.',
  );
  await form.getByLabel('Nom du préfet', { exact: true }).fill('Durand');
  await expect(form.getByRole('status')).toHaveText('');

  await page.goto('./#/dossiers/nouveau');
  await page.getByLabel(/^Nom de la collectivité/).fill('Échirolles');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('tab', { name: 'État', exact: true }).click();
  await expect(page.getByLabel(/^Préfecture/).first()).toHaveValue('Préfecture de l’Isère');
  await expect(page.getByLabel('Nom du signataire', { exact: true })).toHaveValue('Durand');
});

test('keeps what was typed when the agent leaves the tab at once', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  await page.getByLabel(/^Nom de la collectivité/).fill('Vienne');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByLabel(/^Population/).fill('29');
  await page.getByRole('tab', { name: 'Synthèse', exact: true }).click();
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  await expect(page.getByLabel(/^Population/)).toHaveValue('29');
  await page.getByLabel(/^Population/).fill('29 x');
  await page.getByRole('tab', { name: 'État', exact: true }).click();
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  // A refused value is not stored but stays in the field, with the reason beside it.
  await expect(page.getByLabel(/^Population/)).toHaveValue('29 x');
  // Under the field (the save bar names it too, after « Non enregistré — »).
  await expect(
    page.getByText('Population : saisissez un nombre entier positif, sans décimale.', { exact: true }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Population/)).toHaveValue('29');
});

test('adapts a contract article with a preview, refuses an unknown field, and goes back to the default', async ({
  page,
}) => {
  await page.goto('./#/parametres');
  const section = page.getByRole('region', { name: 'Articles du contrat' });
  await section.getByLabel('Article', { exact: true }).selectOption({ label: 'Article 15 — Communication' });
  const text = section.getByLabel(/^Texte de l’article « Communication »/);
  await text.fill('Les supports de {colectivite} mentionnent l’État.');
  await expect(
    section.getByText('Champ inconnu : {colectivite}. Utilisez seulement les champs de la liste.'),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Enregistrer l’article' })).toBeDisabled();
  await expectNoAxeViolation(page);
  await text.fill('Les supports de {collectivite} mentionnent l’État.');
  await expect(section.getByText('Les supports de la commune de Grenoble mentionnent l’État.')).toBeVisible();
  await section.getByRole('button', { name: 'Enregistrer l’article' }).click();
  await expect(section.getByText('L’article « Communication » est enregistré.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Articles du contrat' }).getByLabel('Article', { exact: true }),
  ).toContainText('Communication (adapté)');
  await page
    .getByRole('region', { name: 'Articles du contrat' })
    .getByLabel('Article', { exact: true })
    .selectOption({ label: 'Article 15 — Communication (adapté)' });
  await page.getByRole('button', { name: 'Revenir au texte par défaut' }).click();
  await expect(
    page.getByRole('region', { name: 'Articles du contrat' }).getByLabel(/^Texte de l’article « Communication »/),
  ).toHaveValue(/^Toute communication/);
});

test('enters the finance law of a year the app does not know, refusing a malformed number, and keeps it', async ({
  page,
}) => {
  await page.goto('./#/parametres');
  const section = page.getByRole('region', { name: 'Références des visas' });
  await section.getByLabel('Année budgétaire').fill('2030');
  await expect(section.getByText('L’application ne connaît pas de loi de finances pour 2030')).toBeVisible();
  await section.getByLabel(/^Numéro de la loi/).fill('2029/12');
  await section.getByLabel('Date de promulgation').fill('2029-12-28');
  await section.getByRole('button', { name: 'Enregistrer la loi de finances' }).click();
  await expect(section.getByText(/Indiquez le numéro de la loi tel que le Journal officiel le donne/)).toBeVisible();
  await expectNoAxeViolation(page);
  await section.getByLabel(/^Numéro de la loi/).fill('2029-1234');
  await section.getByRole('button', { name: 'Enregistrer la loi de finances' }).click();
  await expect(section.getByText('La loi de finances pour 2030 est enregistrée.')).toBeVisible();
  await page.reload();
  const again = page.getByRole('region', { name: 'Références des visas' });
  await again.getByLabel('Année budgétaire').fill('2030');
  await expect(again.getByLabel(/^Numéro de la loi/)).toHaveValue('2029-1234');
  await expect(again.getByLabel('Date de promulgation')).toHaveValue('2029-12-28');
  // The loi spéciale voted before it is kept beside it, not over it.
  await again.getByLabel(/^Nature de la loi/).selectOption({ label: 'Loi spéciale' });
  await expect(again.getByLabel(/^Numéro de la loi/)).toHaveValue('');
  await again.getByLabel(/^Numéro de la loi/).fill('2029-1190');
  await again.getByLabel('Date de promulgation').fill('2029-12-20');
  await again.getByRole('button', { name: 'Enregistrer la loi spéciale' }).click();
  await expect(again.getByText('La loi spéciale pour 2030 est enregistrée.')).toBeVisible();
  await expect(
    again.getByText(
      'Lois citées pour 2030, selon la date de signature : loi spéciale n° 2029-1190 du 20 décembre 2029, puis loi n° 2029-1234 du 28 décembre 2029.',
    ),
  ).toBeVisible();
  await expectNoAxeViolation(page);
  await again.getByLabel(/^Nature de la loi/).selectOption({ label: 'Loi de finances de l’année' });
  await expect(again.getByLabel(/^Numéro de la loi/)).toHaveValue('2029-1234');
});
