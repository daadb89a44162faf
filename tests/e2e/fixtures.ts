// Shared helpers of the end-to-end specs. Each test gets a fresh browser context, so a fresh
// IndexedDB: every test starts from an empty database.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
