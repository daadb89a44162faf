// dossiers.list.open.N: ms from loading the app on the Dossiers screen to the list shown, with
// N demo dossiers stored, in Chromium; against building a plain table of all N rows in the
// same page (what the windowed list avoids).
// dossiers.list.filter.N: ms from typing a filter to the filtered list; against filtering and
// rebuilding a plain table of the matching rows.
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { loadReferentiel } from '../../cli/referentiel-node';
import { dossierRow } from '../../renderer/db/dossier-row';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium-path';
import { result, type BenchResult } from './bench-result';

// BENCH_PORT: another port when several checkouts run their benches on one machine.
const PORT = Number(process.env.BENCH_PORT ?? 5188);
const configFile = new URL('../../vite.web.config.ts', import.meta.url).pathname;

async function storeRows(page: Page, rows: unknown[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('contrats-ctai');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('dossiers', 'readwrite');
          for (const row of rows) tx.objectStore('dossiers').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    rows,
  );
}

async function plainTable(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const rows = await new Promise<
      { nom: string; nomKey: string; type: string; code: string; departementNom: string }[]
    >((resolve) => {
      const request = indexedDB.open('contrats-ctai');
      request.onsuccess = () => {
        const all = request.result.transaction('dossiers').objectStore('dossiers').getAll();
        all.onsuccess = () => resolve(all.result);
      };
    });
    const start = performance.now();
    const table = document.createElement('table');
    for (const row of rows.filter((r) => !query || r.nomKey.includes(query))) {
      const tr = table.insertRow();
      for (const value of [row.nom, row.type, row.code, row.departementNom]) tr.insertCell().textContent = value;
    }
    document.body.append(table);
    table.getBoundingClientRect();
    const elapsed = performance.now() - start;
    table.remove();
    return elapsed;
  }, query);
}

export async function run(): Promise<BenchResult[]> {
  await build({ configFile, logLevel: 'silent' });
  const server = await preview({
    configFile,
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
    logLevel: 'silent',
  });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const entries = loadReferentiel().entries;
  const results: BenchResult[] = [];
  try {
    for (const count of [1000, 10_000]) {
      const context = await browser.newContext();
      // tsx names functions with a helper that page.evaluate would not find in the page.
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.getByLabel(/^Votre nom/).fill('Claire Martin');
      await page.getByLabel(/^Votre site/).fill('Préfecture de l’Isère');
      await page.getByRole('button', { name: 'Commencer' }).click();
      // The day's backup is taken at the next start: let it happen now, on an empty database,
      // rather than during the measure.
      await page.reload();
      await page.goto(`http://127.0.0.1:${PORT}/#/parametres`);
      await page.getByRole('table', { name: /Sauvegardes conservées \(1\)/ }).waitFor();
      const rows = generateDemoDossiers(entries, { count, seed: 42 }).map((dossier) => dossierRow(dossier, 1));
      await storeRows(page, rows);

      await page.goto(`http://127.0.0.1:${PORT}/#/dossiers`);
      await page.reload();
      const open = await page.evaluate(
        (count) =>
          new Promise<number>((resolve) => {
            const check = () =>
              document.querySelector('caption')?.textContent === `Liste des dossiers (${count})`
                ? resolve(performance.now())
                : requestAnimationFrame(check);
            check();
          }),
        count,
      );
      const plainOpen = await plainTable(page, '');
      results.push(
        result(`dossiers.list.open.${count}`, open, 'ms', {
          name: 'plain table of every row, no windowing (rendering only)',
          value: plainOpen,
        }),
      );

      const search = page.getByLabel(/^Rechercher une collectivité/);
      const filter = await page.evaluate(() => {
        const input = [...document.querySelectorAll('input[type=search]')][0] as HTMLInputElement;
        const start = performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, 'saint');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return new Promise<number>((resolve) => {
          const check = () =>
            /sur [\d\u202f ]+ correspond/.test(document.querySelector('[role=status].fr-text--sm')?.textContent ?? '')
              ? resolve(performance.now() - start)
              : requestAnimationFrame(check);
          check();
        });
      });
      await search.fill('');
      const plainFilter = await plainTable(page, 'saint');
      results.push(
        result(`dossiers.list.filter.${count}`, filter, 'ms', {
          name: 'filter and plain table of the matching rows',
          value: plainFilter,
        }),
      );
      await page.context().close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return results;
}
