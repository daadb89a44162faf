// Every count printed in the screens, documents and command line agrees with its noun through one
// helper (shared/format/plural.ts: « 0 bénéficiaire », « 1 territoire », « 2 dossiers »), never a
// hand-made « dossier(s) » or « > 1 ? 's' : '' » that forgets 0 or an adjective.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accordNombre, compte } from '../../../shared/format/plural';

const ROOT = path.resolve(__dirname, '../../..');
/** Number words in letters follow their own rules (« quatre-vingts », « deux cents »). */
const OWN_RULES = new Set(['shared/format/plural.ts', 'shared/format/amount-words.ts']);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const HAND_MADE = [
  /\p{Ll}{3,}\(s\)(?= \p{L}|[.,:;'`])/u, // « dossier(s) »
  /[<>]=?\s*1\s*\?\s*'s'\s*:\s*''/, // `n > 1 ? 's' : ''`
  /[=!]==\s*1\s*\?\s*'([\p{L} ’]+)'\s*:\s*'\1s'/u, // `n === 1 ? 'dossier' : 'dossiers'`
];

describe('plural agreement', () => {
  it('says counts below two in the singular, from two in the plural', () => {
    expect(compte(0, 'bénéficiaire')).toBe('0 bénéficiaire');
    expect(compte(1, 'territoire')).toBe('1 territoire');
    expect(compte(1, 'dossier')).toBe('1 dossier');
    expect(compte(2, 'dossier suivi', 'dossiers suivis')).toBe('2 dossiers suivis');
    expect(compte(1500, 'dossier')).toBe('1\u202f500 dossiers');
    expect(accordNombre(1, 'correspond', 'correspondent')).toBe('correspond');
  });

  it('is made by the one helper wherever a count is printed', () => {
    const found = ['renderer/src', 'shared', 'cli']
      .flatMap(sources)
      .filter((file) => !OWN_RULES.has(file.split(path.sep).join('/')))
      .flatMap((file) =>
        readFileSync(path.join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            !/^\s*(\/\/|\*|\/\*)/.test(line) && HAND_MADE.some((re) => re.test(line))
              ? [`${file}:${index + 1}: ${line.trim()}`]
              : [],
          ),
      );
    expect(found).toEqual([]);
  });
});
