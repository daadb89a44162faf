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
];

/**
 * Date fields drawn « 30/05/2026 », as the desktop app draws them (its `lang` switch, main/index.ts).
 * Chromium on Linux takes its interface language from LANGUAGE, not from a switch, and needs its
 * language packs (Debian: chromium-l10n, which `.ci/run` installs).
 */
export const CHROMIUM_ENV = { ...process.env, LANGUAGE: 'fr' };
