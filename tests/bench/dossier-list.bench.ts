// dossiers.list.open.N: ms from loading the app on the Dossiers screen to the list shown, with
// N demo dossiers stored, in Chromium: the median of OPENS reloads, each of a page left idle (a
// reload while the page still reads every row would time that page's leftover work, not the
// open); against building a plain table of all N rows in the same page (what the windowed list
// avoids).
// dossiers.list.open.growth: open.10000 over open.1000, measured in the same run.
// dossiers.list.filter.N: ms from typing a filter to the filtered list; against filtering and
// rebuilding a plain table of the matching rows.
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { loadReferentiel } from '../../cli/referentiel-node';
import { dossierRow } from '../../renderer/db/dossier-row';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium-path';
import { result, type BenchResult } from './bench-result';
import { median } from './documents.bench';

// BENCH_PORT: another port when several checkouts run their benches on one machine.
const PORT = Number(process.env.BENCH_PORT ?? 5188);
const configFile = new URL('../../vite.web.config.ts', import.meta.url).pathname;
const OPENS = 7;

/**
 * Waits until the page has had nothing to do for a while: ten frames in a row each leaving
 * most of itself idle (the list's reading of every row and the start's after-paint work are
 * done). Not a whole idle 50 ms: the design system's scripts ask for every frame.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quiet = 0;
        const next = () =>
          requestIdleCallback((deadline) => {
            quiet = deadline.timeRemaining() >= 10 ? quiet + 1 : 0;
            if (quiet === 10) resolve();
            else requestAnimationFrame(next);
          });
        next();
      }),
  );
}

/** ms from the navigation's start to the list's caption giving `count` dossiers. */
function listShown(page: Page, count: number): Promise<number> {
  return page.evaluate(
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
}

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

/** A page of its own browser context holding `count` demo dossiers, on the Dossiers screen. */
async function pageWithDossiers(browser: Browser, count: number): Promise<Page> {
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
  const rows = generateDemoDossiers(loadReferentiel().entries, { count, seed: 42 }).map((dossier) =>
    dossierRow(dossier, 1),
  );
  await storeRows(page, rows);
  await page.goto(`http://127.0.0.1:${PORT}/#/dossiers`);
  return page;
}

/** ms from typing « saint » in the search to the list saying how many match. */
function filterShown(page: Page): Promise<number> {
  return page.evaluate(() => {
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
  const counts = [1000, 10_000];
  const results: BenchResult[] = [];
  try {
    const pages = [];
    for (const count of counts) pages.push(await pageWithDossiers(browser, count));
    // The two sizes open in turn, so that the machine's slower moments fall on both alike.
    const opens: number[][] = counts.map(() => []);
    for (let i = 0; i < OPENS; i++)
      for (const [k, page] of pages.entries()) {
        // Both pages: one still reading its rows would slow the other's open.
        for (const each of pages) await settle(each);
        await page.reload();
        opens[k]!.push(await listShown(page, counts[k]!));
      }
    for (const [k, page] of pages.entries()) {
      await settle(page);
      results.push(
        result(`dossiers.list.open.${counts[k]!}`, median(opens[k]!), 'ms', {
          name: 'plain table of every row, no windowing (rendering only)',
          value: await plainTable(page, ''),
        }),
      );
    }
    // The goal is flat growth: ten times the dossiers, at most half as long again to open.
    results.push(result('dossiers.list.open.growth', median(opens[1]!) / median(opens[0]!), 'x'));
    for (const [k, page] of pages.entries()) {
      const filter = await filterShown(page);
      await page.getByLabel(/^Rechercher une collectivité/).fill('');
      results.push(
        result(`dossiers.list.filter.${counts[k]!}`, filter, 'ms', {
          name: 'filter and plain table of the matching rows',
          value: await plainTable(page, 'saint'),
        }),
      );
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return results;
}
