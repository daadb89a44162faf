// Forms that use a laptop's width (1366×768): a field is as wide as what it may hold (a service's
// name is not cut at one column), related fields sit side by side, a refusal shows under its own
// field, and a button keeps its distance from the fields above it. axe-core stays clean.
import { test as baseTest, type Locator, type Page } from '@playwright/test';
import { createCommune, expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });
baseTest.use({ viewport: { width: 1366, height: 768 } });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

/** Where a heading's text starts (a legend's box starts left of its text, by its padding). */
function textLeft(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().x;
  });
}

/** The text typed in an input is shown whole: nothing scrolled out of its box. */
function showsWhole(input: Locator): Promise<boolean> {
  return input.evaluate((element: HTMLInputElement) => element.scrollWidth <= element.clientWidth);
}

/** A list's chosen option is shown whole: its text fits between the list's paddings (arrow included). */
function showsChoiceWhole(select: Locator): Promise<boolean> {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const probe = document.createElement('span');
    probe.style.font = style.font;
    probe.style.whiteSpace = 'pre';
    probe.textContent = element.options[element.selectedIndex]!.text;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width <= element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
}

/** Whether the page scrolls sideways. */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** A field by the start of its label (the hint follows in the label). */
function field(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** The design system's group around a field: its label, its input and its message. */
function groupOf(page: Page, field: Locator): Locator {
  return page.locator('.fr-input-group, .fr-select-group').filter({ has: field });
}

test('dossier forms use the width of a laptop screen', async ({ page }) => {
  await createCommune(page, 'Saint-Flour');

  // Related fields side by side: the representative's civility, first name and name on one line.
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  const civilite = await box(page.getByLabel('Civilité du représentant'));
  const prenom = await box(page.getByLabel('Prénom du représentant'));
  const nom = await box(page.getByLabel('Nom du représentant', { exact: true }));
  expect(Math.abs(prenom.y - civilite.y)).toBeLessThan(2);
  expect(Math.abs(nom.y - prenom.y)).toBeLessThan(2);
  expect(prenom.x).toBeGreaterThan(civilite.x + civilite.width);

  // A refusal shows under its own field, inside its column.
  const insee = page.getByLabel(/^Code INSEE/);
  await insee.fill('123');
  await insee.blur();
  const message = page.getByText(/^Code INSEE doit comporter 5 caractères/);
  await expect(message).toBeVisible();
  const field = await box(insee);
  const said = await box(message);
  expect(said.y).toBeGreaterThanOrEqual(field.y + field.height);
  expect(said.x).toBeGreaterThanOrEqual(field.x - 1);
  expect(said.x + said.width).toBeLessThanOrEqual(field.x + field.width + 1);
  await insee.fill('15187');
  await insee.blur();
  await expect(message).toHaveCount(0);

  // A service's name (up to 150 characters) takes half the row: a long one is not cut.
  await page.getByRole('tab', { name: 'État', exact: true }).click();
  const service = page.getByLabel('Service de l’agent référent');
  await service.fill('Bureau de l’accueil et de l’intégration, direction des migrations');
  const serviceBox = await box(service);
  const code = await box(page.getByLabel('Code du département de la préfecture'));
  expect(serviceBox.width).toBeGreaterThan(1.9 * code.width);
  expect(await service.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  await expectNoAxeViolation(page);

  // A button is not glued to the fields above it.
  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  const submit = await box(page.getByRole('button', { name: 'Ajouter l’action' }));
  const porteur = await box(page.getByLabel('Porteur de la nouvelle action'));
  expect(submit.y - (porteur.y + porteur.height)).toBeGreaterThanOrEqual(8);
  // Sent empty, the form gives the focus to its first refused field, the refusal under it.
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  const intitule = page.getByLabel('Intitulé de la nouvelle action');
  await expect(intitule).toBeFocused();
  await expect(groupOf(page, intitule)).toContainText('L’intitulé de la nouvelle action est obligatoire.');
  // Longer than the dossier keeps: said with its limit under the field, and the save bar stays true.
  await intitule.fill('Cours '.repeat(50));
  await page.getByLabel('Porteur de la nouvelle action').fill('Langues en partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(intitule).toBeFocused();
  await expect(groupOf(page, intitule)).toContainText('raccourcissez-le à 200 au plus');
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
  await page.getByLabel('Intitulé de la nouvelle action').fill('Cours de français');
  await page.getByLabel('Porteur de la nouvelle action').fill('Langues en partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cours de français' })).toBeVisible();
  const addYear = await box(page.getByRole('button', { name: /^Ajouter le budget/ }));
  const rna = await box(page.getByLabel(/^Numéro RNA/));
  expect(addYear.y - (rna.y + rna.height)).toBeGreaterThanOrEqual(8);

  // A long text takes the whole row.
  const objectifs = await box(page.getByLabel('Objectifs', { exact: true }));
  const section = await box(page.getByRole('region', { name: 'Cours de français' }));
  expect(objectifs.width).toBeGreaterThan(0.8 * section.width);
  await expectNoAxeViolation(page);
  await page.screenshot({ path: 'test-results/screens/formulaire-action.png', fullPage: true });
});

test('an action’s budget lines up: headings with fields, each year’s co-funders in the same columns', async ({
  page,
}) => {
  await createCommune(page, 'Saint-Flour');

  // A section's heading starts where its fields do.
  const identification = await textLeft(page.locator('legend', { hasText: 'Identification' }));
  const nom = await box(page.getByLabel(/^Nom de la collectivité/));
  expect(Math.abs(identification - nom.x)).toBeLessThanOrEqual(1);

  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await page.getByLabel('Intitulé de la nouvelle action').fill('Cours de français');
  await page.getByLabel('Porteur de la nouvelle action').fill('Langues en partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cours de français' })).toBeVisible();
  const addYear = page.getByRole('button', { name: /^Ajouter le budget/ });
  const firstYear = Number((await addYear.textContent())!.match(/\d{4}/)![0]);
  await addYear.click();
  const addCofunder = page.getByRole('button', { name: `Ajouter un cofinanceur en ${firstYear}` });
  await addCofunder.click();
  await field(page, `Cofinanceur 1 (${firstYear})`).fill('CAF');
  await field(page, `Cofinanceur 1 (${firstYear})`).blur();
  await page.getByRole('button', { name: /^Copier l’année précédente/ }).click();
  const nextYear = firstYear + 1;
  const longName = field(page, `Cofinanceur 1 (${nextYear})`);
  await longName.fill('Département du Cantal, direction de la solidarité et de l’insertion');
  await longName.blur();

  const budget = page.getByRole('group', { name: `Budget ${firstYear}` });
  const year = field(page, `Année (budget ${firstYear})`);
  const yearBox = await box(year);
  expect(Math.abs((await textLeft(budget.locator('legend'))) - yearBox.x)).toBeLessThanOrEqual(1);
  expect(
    Math.abs((await textLeft(page.getByRole('heading', { name: 'Cours de français' }))) - yearBox.x),
  ).toBeLessThanOrEqual(1);

  // A year is four digits wide, not a column.
  const em = await year.evaluate((input) => parseFloat(getComputedStyle(input).fontSize));
  expect(yearBox.width).toBeLessThanOrEqual(10 * em);

  // A co-funder's label keeps its distance from the field above it.
  const granted = await box(page.getByLabel(new RegExp(`^Montant CTAI accordé ${firstYear}`)));
  const cofunderLabel = await box(page.locator('label', { hasText: new RegExp(`^Cofinanceur 1 \\(${firstYear}\\)`) }));
  expect(cofunderLabel.y - (granted.y + granted.height)).toBeGreaterThanOrEqual(8);

  // The sentence on the year's gap is not on its button's line.
  const gap = await box(budget.getByText(/^(Le CTAI et les cofinanceurs|Écart)/));
  const button = await box(page.getByRole('button', { name: `Ajouter un cofinanceur en ${firstYear}` }));
  expect(button.y).toBeGreaterThanOrEqual(gap.y + gap.height);

  // Each year's co-funders in the same columns, whatever their names' length.
  for (const label of ['Cofinanceur 1', 'Montant du cofinanceur 1']) {
    const first = await box(field(page, `${label} (${firstYear})`));
    const next = await box(field(page, `${label} (${nextYear})`));
    expect(Math.abs(first.x - next.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(first.width - next.width)).toBeLessThanOrEqual(1);
  }
  const removeFirst = await box(page.getByRole('button', { name: `Retirer le cofinanceur 1 (${firstYear})` }));
  const removeNext = await box(page.getByRole('button', { name: `Retirer le cofinanceur 1 (${nextYear})` }));
  expect(Math.abs(removeFirst.x - removeNext.x)).toBeLessThanOrEqual(1);
  // A co-funder's remove button sits on its inputs' line.
  const amount = await box(field(page, `Montant du cofinanceur 1 (${firstYear})`));
  const middle = removeFirst.y + removeFirst.height / 2;
  expect(Math.abs(middle - (amount.y + amount.height / 2))).toBeLessThanOrEqual(2);
  await expectNoAxeViolation(page);
  await budget.screenshot({ path: 'test-results/screens/formulaire-budget.png' });
});

test('a new dossier: name and type side by side; an empty form sends the focus to its first refusal', async ({
  page,
}) => {
  await page.goto('./#/dossiers/nouveau');
  const nom = page.getByLabel(/^Nom de la collectivité/);
  const type = page.getByLabel(/^Type de collectivité/);
  const nomBox = await box(nom);
  const typeBox = await box(type);
  expect(Math.abs(nomBox.y - typeBox.y)).toBeLessThanOrEqual(1);
  expect(typeBox.x).toBeGreaterThan(nomBox.x + nomBox.width);

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(nom).toBeFocused();
  await expect(groupOf(page, nom)).toContainText('Le nom de la collectivité est obligatoire.');
  await expectNoAxeViolation(page);
});

test('Enter in the official list’s search picks a suggestion, even typed before the list is loaded', async ({
  page,
}) => {
  await page.goto('./#/dossiers/nouveau');
  const search = page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ });
  // No wait between typing and the keys: the list may still be loading.
  await search.fill('200046977');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByLabel(/^Nom de la collectivité/)).toHaveValue('Métropole de Lyon');
  await expect(page.getByText('Collectivité de la liste officielle : Métropole de Lyon')).toBeVisible();
  await expect(page.getByText('Le nom de la collectivité est obligatoire.')).toHaveCount(0);

  // With the suggestions shown, Enter picks the highlighted one, and the form is not sent.
  await search.fill('Grenob');
  const highlighted = page.locator('[role="option"][aria-selected="true"]');
  await expect(highlighted).toBeVisible();
  await search.press('ArrowDown');
  const name = (await highlighted.locator('strong').textContent())!;
  await search.press('Enter');
  await expect(page.getByLabel(/^Nom de la collectivité/)).toHaveValue(name);
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeVisible();
});

test('a change refused for want of a reason says so under « Motif », which gets the focus', async ({ page }) => {
  await createCommune(page, 'Saint-Flour');
  await page.getByRole('tab', { name: 'Synthèse', exact: true }).click();
  const motif = page.getByLabel(/^Motif/);
  for (const [button, message] of [
    ['Abandonner le dossier', 'Indiquez le motif de l’abandon.'],
    [/^Changer de forme/, 'Indiquez le motif du changement de forme.'],
    ['Suspendre le dossier', 'Indiquez le motif de la suspension.'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(motif).toBeFocused();
    await expect(groupOf(page, motif)).toContainText(message);
    await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(0);
  }
  await expectNoAxeViolation(page);
  // A reason longer than the dossier keeps is said with its limit, under « Motif ».
  await motif.fill('x'.repeat(3200));
  await page.getByRole('button', { name: 'Suspendre le dossier' }).click();
  await expect(motif).toBeFocused();
  await expect(groupOf(page, motif)).toContainText(/raccourcissez-le à 1\s000 au plus/);
  // A date of year 0026 (a slip for 2026) is refused under « Date », nothing recorded.
  const date = page.getByLabel(/^Date$/);
  await date.fill('0026-01-01');
  await motif.fill('Travaux à la mairie');
  await page.getByRole('button', { name: 'Suspendre le dossier' }).click();
  await expect(date).toBeFocused();
  await expect(groupOf(page, date)).toContainText('du 1er janvier 2019 au 31 décembre 2100');
  await expect(page.getByText('Enregistré : Dossier suspendu.')).toHaveCount(0);
  await date.fill('2026-03-15');
  await motif.fill('La commune renonce au contrat');
  await expect(groupOf(page, motif)).not.toContainText('Indiquez le motif');
  await page.getByRole('button', { name: 'Abandonner le dossier' }).click();
  await expect(page.getByText('Enregistré : Dossier abandonné.')).toBeVisible();
});

test('visa references: a date left incomplete is refused in the words of the date field; a year is four digits wide', async ({
  page,
}) => {
  await page.goto('./#/parametres');
  const date = page.getByLabel('Date de l’instruction', { exact: true });
  await date.fill('');
  await page.getByRole('button', { name: 'Enregistrer l’instruction' }).click();
  const group = groupOf(page, date);
  await expect(group).toContainText('La date de l’instruction n’est pas une date complète ou n’existe pas');
  await expect(group).toContainText('par exemple 15/03/2026');
  await expect(group).not.toContainText('AAAA');
  await expect(date).toBeFocused();

  // A year is four digits wide here too.
  const year = page.getByLabel('Année budgétaire');
  const em = await year.evaluate((input) => parseFloat(getComputedStyle(input).fontSize));
  expect((await box(year)).width).toBeLessThanOrEqual(10 * em);
});

baseTest('first start: fields aligned, an empty form sends the focus to the first refused field', async ({ page }) => {
  await page.goto('./');
  const nom = page.getByLabel(/^Votre nom/);
  const service = page.getByLabel(/^Votre service/);
  const site = page.getByLabel(/^Votre site/);
  const nomBox = await box(nom);
  expect(Math.abs((await box(service)).y - nomBox.y)).toBeLessThanOrEqual(1);
  expect((await box(site)).y).toBeGreaterThan(nomBox.y + nomBox.height);
  // The hint's own example is not cut.
  await service.fill('Bureau de l’intégration et de l’accueil des étrangers');
  expect(await showsWhole(service)).toBe(true);
  await service.fill('');

  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(nom).toBeFocused();
  await expect(groupOf(page, nom)).toContainText('Votre nom est obligatoire.');
  expect(Math.abs((await box(service)).y - (await box(nom)).y)).toBeLessThanOrEqual(1);

  await nom.fill('Claire Martin');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(site).toBeFocused();
  await expect(groupOf(page, site)).toContainText('Votre site est obligatoire.');
  await expectNoAxeViolation(page);
});

test('fields sized to what they show: long names and choices whole, codes narrow, related fields on one row', async ({
  page,
}) => {
  await createCommune(page, 'Saint-Flour');

  await page.getByRole('tab', { name: 'État', exact: true }).click();
  const prefecture = page.getByLabel(/^Préfecture/);
  await prefecture.fill('Préfecture de la région Provence-Alpes-Côte d’Azur');
  expect(await showsWhole(prefecture)).toBe(true);
  const code = await box(page.getByLabel('Code du département de la préfecture'));
  expect(code.width).toBeLessThan(0.4 * (await box(prefecture)).width);
  // Each name beside its address.
  const sousPrefecture = await box(page.getByLabel(/^Sous-préfecture/));
  expect(Math.abs((await box(page.getByLabel('Adresse de la sous-préfecture'))).y - sousPrefecture.y)).toBeLessThan(2);
  const action = page.getByLabel(/^Action budgétaire/);
  await action.selectOption({ index: 0 });
  await expect(action).toHaveValue('12');
  expect(await showsChoiceWhole(action)).toBe(true);
  await page.getByLabel(/^Qualité du signataire/).selectOption('sous-prefet');
  expect(await showsChoiceWhole(page.getByLabel(/^Qualité du signataire/))).toBe(true);

  // Civility, first name and name on one row; the address's fields fill theirs.
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  const postal = await box(page.getByLabel('Code postal'));
  for (const label of ['Commune', 'Adresse électronique de contact', 'Téléphone de contact'])
    expect(Math.abs((await box(page.getByLabel(label, { exact: true }))).y - postal.y)).toBeLessThan(2);

  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  const title = page.getByLabel('Intitulé de la nouvelle action');
  await title.fill('Cours de français à visée professionnelle pour les femmes éloignées de l’emploi, Saint-Flour');
  expect(await showsWhole(title)).toBe(true);
  const axe = page.getByLabel('Axe principal de la nouvelle action');
  await axe.selectOption({ label: 'Liens avec la société d’accueil et citoyenneté' });
  expect(await showsChoiceWhole(axe)).toBe(true);
  await expectNoAxeViolation(page);
});

test('an action’s budget: its amounts on one row, the co-funders in its columns, the gap under them', async ({
  page,
}) => {
  await createCommune(page, 'Saint-Flour');
  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await page.getByLabel('Intitulé de la nouvelle action').fill('Cours de français');
  await page.getByLabel('Porteur de la nouvelle action').fill('Langues en partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  const addYear = page.getByRole('button', { name: /^Ajouter le budget/ });
  const year = Number((await addYear.textContent())!.match(/\d{4}/)![0]);
  await addYear.click();
  await field(page, `Coût total ${year}`).fill('1000');
  await page.getByRole('button', { name: `Ajouter un cofinanceur en ${year}` }).click();
  await field(page, `Cofinanceur 1 (${year})`).fill('Conseil départemental du Cantal');
  await field(page, `Montant du cofinanceur 1 (${year})`).fill('1500');
  await field(page, `Montant du cofinanceur 1 (${year})`).blur();
  const budget = page.getByRole('group', { name: `Budget ${year}` });
  const gap = budget.getByText(/^Écart : le financement dépasse/);
  await expect(gap).toBeVisible();

  // The year and its three amounts on one row.
  const yearBox = await box(field(page, `Année (budget ${year})`));
  const asked = await box(field(page, `Montant CTAI demandé ${year}`));
  const granted = await box(field(page, `Montant CTAI accordé ${year}`));
  for (const other of [await box(field(page, `Coût total ${year}`)), asked, granted])
    expect(Math.abs(other.y - yearBox.y)).toBeLessThan(2);

  // The co-funder's amount under the amount asked, its remove button under the amount granted.
  const amount = await box(field(page, `Montant du cofinanceur 1 (${year})`));
  const remove = await box(page.getByRole('button', { name: `Retirer le cofinanceur 1 (${year})` }));
  expect(Math.abs(amount.x - asked.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(amount.width - asked.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(remove.x - granted.x)).toBeLessThanOrEqual(1);

  // The gap right under the amounts, and apart from the buttons under it.
  const gapBox = await box(gap);
  const button = await box(page.getByRole('button', { name: `Ajouter un cofinanceur en ${year}` }));
  expect(gapBox.y - (amount.y + amount.height)).toBeLessThanOrEqual(24);
  expect(button.y - (gapBox.y + gapBox.height)).toBeGreaterThanOrEqual(16);
  await expectNoAxeViolation(page);

  // At 1 024 pixels nothing scrolls sideways, and the co-funder keeps the budget's columns.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(budget).toBeVisible();
  expect(await overflowsSideways(page)).toBe(false);
  const narrowAsked = await box(field(page, `Montant CTAI demandé ${year}`));
  expect(
    Math.abs((await box(field(page, `Montant du cofinanceur 1 (${year})`))).x - narrowAsked.x),
  ).toBeLessThanOrEqual(1);
  await page.getByRole('tab', { name: 'État', exact: true }).click();
  await expect(page.getByLabel(/^Préfecture/)).toBeVisible();
  expect(await overflowsSideways(page)).toBe(false);
});

test('going back to a step: the button on its list’s line, with what to do first', async ({ page }) => {
  await createCommune(page, 'Saint-Flour');
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  await page.getByLabel('Nom du représentant', { exact: true }).fill('Dupont');
  await page.getByLabel('Nom du représentant', { exact: true }).blur();
  await page.getByRole('tab', { name: 'Synthèse', exact: true }).click();
  await page.getByLabel(/^Lettre d’intention reçue le/).fill('2026-01-15');
  await page.getByLabel(/^Lettre d’intention reçue le/).blur();
  await page.getByRole('button', { name: /^Passer à l’étape « Lettre d’intention/ }).click();
  const select = page.getByLabel(/^Revenir à l’étape/);
  await expect(select).toBeVisible();
  await expect(groupOf(page, select)).toContainText('Choisissez d’abord l’étape');
  const button = await box(page.getByRole('button', { name: 'Revenir à cette étape' }));
  const list = await box(select);
  expect(Math.abs(button.y + button.height / 2 - (list.y + list.height / 2))).toBeLessThanOrEqual(2);
  expect(button.x).toBeGreaterThan(list.x + list.width);
  await expectNoAxeViolation(page);
});

test('settings: the visa references and the préfet in grids, related fields on one row', async ({ page }) => {
  await page.goto('./#/parametres');
  const numero = await box(page.getByLabel(/^Numéro de la loi/));
  const promulgation = await box(page.getByLabel('Date de promulgation', { exact: true }));
  expect(Math.abs(promulgation.y - numero.y)).toBeLessThan(2);
  const instruction = await box(page.getByLabel('Date de l’instruction', { exact: true }));
  expect(Math.abs((await box(page.getByLabel(/^NOR de l’instruction/))).y - instruction.y)).toBeLessThan(2);
  const section = await box(page.getByRole('region', { name: 'Références des visas' }));
  expect(numero.width).toBeLessThan(0.4 * section.width);

  const civilite = await box(page.getByLabel('Civilité du préfet'));
  for (const label of ['Prénom du préfet', 'Nom du préfet'])
    expect(Math.abs((await box(page.getByLabel(label, { exact: true }))).y - civilite.y)).toBeLessThan(2);
  expect(civilite.width).toBeLessThan((await box(page.getByLabel('Prénom du préfet', { exact: true }))).width);
  await expectNoAxeViolation(page);
});
