import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_ENV, chromiumExecutable } from './tests/e2e/chromium-path';

const port = Number(process.env.E2E_PORT ?? 5174);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // CI has two cores for two workers: a test that fills a dossier, runs axe-core or renders a PDF takes
  // 10–35 s there, so 30 s failed such tests at random. Longer journeys set their own budget.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, env: CHROMIUM_ENV },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/web.mjs --no-build',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
