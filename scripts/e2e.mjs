// `npm run test:e2e`: builds the browser mode once, then runs the Playwright specs against it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!chromium) {
  console.warn(
    "Chromium introuvable : installez-le (Debian : « apt-get install -y chromium ») ou indiquez son chemin dans CHROMIUM_PATH. À défaut, le navigateur propre à Playwright sera utilisé s'il est présent.",
  );
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.argv.includes('--no-build')) {
  run('npx', ['react-dsfr', 'update-icons']);
  run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
}
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((arg) => arg !== '--no-build')]);
