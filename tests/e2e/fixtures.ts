// Shared helpers of the end-to-end specs. Each test gets a fresh browser context, so a fresh
// IndexedDB: every test starts from an empty database, past the first-start screen (the
// `page` fixture gives the agent an identity, as every agent does on first start).
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };

/** Answers the first-start screen, which every screen shows until the agent has an identity. */
export async function completeFirstStart(page: Page, nom = 'Claire Martin', site = 'Préfecture de l’Isère') {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Contrats CTAI' })).toBeVisible();
  await page.getByLabel(/^Votre nom/).fill(nom);
  await page.getByLabel(/^Votre site/).fill(site);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await completeFirstStart(page);
    await use(page);
  },
});

/** Loads the 200 demo dossiers from Paramètres (the page shown): the button, then its confirmation. */
export async function loadDemoData(page: Page, timeout = 45_000) {
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await page
    .getByRole('dialog', { name: 'Charger les données de démonstration ?' })
    .getByRole('button', { name: 'Charger les 200 dossiers' })
    .click();
  await expect(page.getByText('200 dossiers de démonstration ont été chargés.')).toBeVisible({ timeout });
}

/** Creates a dossier for a commune typed by hand (not picked from the official list), and opens it. */
export async function createCommune(page: Page, nom: string) {
  await page.goto('./#/dossiers/nouveau');
  await page.getByLabel(/^Nom de la collectivité/).fill(nom);
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nom })).toBeVisible();
}

/** Sets the email size limit in Paramètres (a decimal number of MB, as typed by the agent). */
export async function setEmailLimit(page: Page, megabytes: string) {
  await page.goto('./#/parametres');
  await page.getByLabel(/^Limite des courriels/).fill(megabytes);
  await page
    .getByRole('form', { name: 'Échanges et sauvegardes' })
    .getByRole('button', { name: 'Enregistrer' })
    .click();
}

export async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Counts stored dossiers without creating the database or keeping a connection open. */
export async function storedDossierCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const exists = (await indexedDB.databases()).some((info) => info.name === 'contrats-ctai');
    if (!exists) return 0;
    return new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('contrats-ctai');
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('dossiers')) {
          db.close();
          return resolve(0);
        }
        const count = db.transaction('dossiers').objectStore('dossiers').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
      request.onerror = () => reject(request.error);
    });
  });
}

/**
 * Reaches a workflow step from the Synthèse tab. A field saved just before (on leaving it) may
 * reach the screen's copy of the dossier a moment after the click: the click is made again while
 * the step's button is still there, until the step is recorded.
 */
export async function reachStep(page: Page, step: string): Promise<void> {
  const button = page.getByRole('button', { name: `Passer à l’étape « ${step} »` });
  await expect(async () => {
    if (await button.isVisible()) await button.click();
    await expect(page.getByText(`Enregistré : Étape « ${step} » atteinte.`)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Unfolds the Dossiers list's filters (folded by default, so results show under the search). */
export async function showFilters(page: Page): Promise<void> {
  const step = page.getByLabel('Étape', { exact: true });
  // Read the panel's state once it is drawn (it may open itself, remembered from before):
  // clicking a panel already open would fold it.
  const panel = page.locator('details', { has: page.locator('summary', { hasText: /^Filtres/ }) });
  await expect(panel).toHaveCount(1);
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open)))
    await panel.locator('summary').first().click();
  await expect(step).toBeVisible();
}

/**
 * The system's print dialog cannot be driven here, and headless Chromium crashes the page when a PDF
 * frame prints while another print is under way: the print frame's `print()` is recorded instead,
 * as « title | type and first bytes of what the frame shows ». Call before the page loads the app;
 * `printed(page)` reads the record.
 */
export async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: Promise<string>[] = [];
    (window as unknown as { ctaiPrinted: Promise<string>[] }).ctaiPrinted = record;
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!.get!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        if (!('ctaiPrint' in this.dataset)) return contentWindow.call(this);
        const blob = blobs.get(this.src);
        const title = this.title;
        return {
          print: () =>
            record.push(
              blob
                ? blob
                    .slice(0, 5)
                    .text()
                    .then((head) => `${title} | ${blob.type} ${head}`)
                : Promise.resolve(title),
            ),
        };
      },
    });
  });
}

/** What `recordPrints` recorded so far, in order. */
export async function printed(page: Page): Promise<string[]> {
  return page.evaluate(() => Promise.all((window as unknown as { ctaiPrinted: Promise<string>[] }).ctaiPrinted));
}
