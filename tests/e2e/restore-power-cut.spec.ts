// A restore cut short at each of its logged steps — the browser killed there, as a power cut or a
// crash would — restarts to the state before it or after it, never to an empty base, and says
// which. The test runs its own Chromium on a profile folder kept across the kill (Playwright's
// own contexts are thrown away), and pauses the restore at a step through the hook the app
// offers for this (`ctaiRestoreStep`), so the kill falls exactly between two steps.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path';
import { expect } from './fixtures';

/** Every step the restore logs, in order, with the state a kill there must leave. */
const STEPS: { step: string; after: boolean }[] = [
  { step: 'sauvegarde-lue', after: false },
  { step: 'etat-actuel-sauvegarde', after: false },
  { step: 'marque-posee', after: false },
  { step: 'base-supprimee', after: false },
  { step: 'tables-ecrites', after: false },
  { step: 'base-a-jour', after: false },
  { step: 'cle-remise', after: false },
  { step: 'marque-faite', after: true },
];

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Starts Chromium on `profile` and connects to it over the DevTools protocol. */
async function launch(profile: string): Promise<Running> {
  const executable = chromiumExecutable();
  test.skip(!executable, 'Chromium introuvable : ce test lance lui-même le navigateur.'); // skipped only where no Chromium is installed (CI installs it)
  const child = spawn(
    executable!,
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group, so that the cut takes its helper processes along, as a power cut would.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) resolve(found[1]!);
    });
    child.once('exit', () => reject(new Error(`Chromium s’est arrêté au démarrage : ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** Kills Chromium and its helpers at once (SIGKILL: nothing flushed on the way out), as a power cut would. */
async function cut(running: Running): Promise<void> {
  if (running.process.exitCode !== null || running.process.signalCode !== null) return;
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  process.kill(-running.process.pid!, 'SIGKILL');
  await exited;
}

// The default context of a browser reached over CDP has no base URL: the fixtures' helpers,
// which navigate to relative addresses, are written out here with full ones.
async function firstStart(page: Page, base: string) {
  await page.goto(base);
  await page.getByLabel(/^Votre nom/).fill('Claire Martin');
  await page.getByLabel(/^Votre site/).fill('Préfecture de l’Isère');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
}

async function newCommune(page: Page, base: string, nom: string) {
  await page.goto(`${base}#/dossiers/nouveau`);
  await page.getByLabel(/^Nom de la collectivité/).fill(nom);
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nom })).toBeVisible();
}

// Tracing follows every browser the test connects to, and fails to close its trace of the one
// killed on purpose.
test.use({ trace: 'off' });

for (const { step, after } of STEPS) {
  test(`a restore killed after « ${step} » restarts to the state ${after ? 'after' : 'before'} it, and says so`, async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const profile = mkdtempSync(path.join(tmpdir(), 'ctai-coupure-'));
    let running: Running | undefined;
    try {
      running = await launch(profile);
      const { page } = running;
      await firstStart(page, baseURL!);
      await newCommune(page, baseURL!, 'Tours');
      await page.goto(`${baseURL}#/parametres`);
      await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
      await expect(page.getByText(/^Sauvegarde faite : /)).toBeVisible();
      await newCommune(page, baseURL!, 'Chinon');

      // The restore pauses for good at the chosen step; the browser is killed while it waits there.
      let reached!: () => void;
      const atStep = new Promise<void>((resolve) => (reached = resolve));
      await page.exposeFunction('ctaiRestoreStep', (current: string) => {
        if (current !== step) return;
        reached();
        return new Promise(() => undefined);
      });
      await page.goto(`${baseURL}#/parametres`);
      await page
        .getByRole('table', { name: /Sauvegardes conservées/ })
        .getByRole('row', { name: /Sauvegarde demandée/ })
        .getByRole('button', { name: /^Restaurer/ })
        .click();
      await page
        .getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' })
        .getByRole('button', { name: 'Restaurer la sauvegarde' })
        .click();
      await atStep;
      await cut(running);

      running = await launch(profile);
      const restarted = running.page;
      await restarted.goto(`${baseURL}#/dossiers`);
      await expect(
        restarted.getByText(
          after
            ? /^Sauvegarde du .+ restaurée\./
            : /^La dernière restauration a été interrompue.*(avant d’avoir rien modifié|remises dans l’état d’avant)/,
        ),
      ).toBeVisible();
      await expect(restarted.getByRole('link', { name: 'Tours', exact: true })).toBeVisible();
      await expect(restarted.getByRole('link', { name: 'Chinon', exact: true })).toHaveCount(after ? 0 : 1);
    } finally {
      if (running) await cut(running);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    }
  });
}
