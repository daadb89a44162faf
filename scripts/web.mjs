// `npm run web`: builds the renderer for the browser and serves it on 127.0.0.1 (PORT, default 5173).
import { build, preview } from 'vite';
import { execFileSync } from 'node:child_process';

const configFile = new URL('../vite.web.config.ts', import.meta.url).pathname;
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['react-dsfr', 'update-icons'], { stdio: 'inherit' });
  await build({ configFile, logLevel: 'warn' });
}
const server = await preview({ configFile });
server.printUrls();
