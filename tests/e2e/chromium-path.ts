// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's, else Playwright's own.
import { existsSync } from 'node:fs';

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((path): path is string => !!path);
  return candidates.find((path) => existsSync(path));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // As the desktop app sets it (main/index.ts): date fields drawn « 30/05/2026 », not « 05/30/2026 ».
  '--lang=fr-FR',
];
