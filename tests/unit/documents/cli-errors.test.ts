// Every error of `ctai` says in French what happened and what to do, without a stack trace:
// each path below is run and its message read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVATE_KEY_FILE } from '../../../cli/commands/keygen';
import { jsonErrorOffset } from '../../../cli/json-error-position';
import { contractYears } from '../../../shared/dossier/commitment';
import { demoDossiers } from '../helpers/demo';
import { runCli } from '../helpers/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'ctai-cli-errors-'));
const signed = demoDossiers({ count: 8 }).find((d) => d.workflow.etape === 'suivi')!;
const good = path.join(dir, 'signed.json');
writeFileSync(good, JSON.stringify(signed));

/** What an English or technical leak looks like: a stack frame, an error class, a Node error code. */
const LEAK =
  /\n\s+at |\bError\b|ENOENT|EISDIR|EACCES|SyntaxError|TypeError|Unexpected token|JSON at position|undefined/;

/** Runs ctai and checks its refusal: the exit code, French sentences holding `says`, no leak. */
async function refused(code: number, says: (string | RegExp)[], ...args: string[]) {
  const result = await runCli(...args);
  expect(result.code, result.err).toBe(code);
  expect(result.out).toBe('');
  for (const text of says)
    if (typeof text === 'string') expect(result.err).toContain(text);
    else expect(result.err).toMatch(text);
  expect(result.err).not.toMatch(LEAK);
  return result.err;
}

const doc = (...extra: string[]) => ['doc', ...extra];

describe('ctai errors in French, with what to do, never a stack trace', () => {
  it('an unknown command or option', async () => {
    await refused(2, ['Commande inconnue : « poster »', 'ctai --help'], 'poster');
    await refused(2, ['Option inconnue : --colour'], ...doc('letter', '--colour', 'bleu'));
    // The output never replaces the dossier read, typed again or through a link; its name says its format.
    await refused(
      2,
      ['--out doit finir par .pdf'],
      ...doc('letter', '--dossier', good, '--format', 'pdf', '--out', good),
    );
    const link = path.join(dir, 'lien.pdf');
    symlinkSync(good, link);
    await refused(
      2,
      ['est le fichier lu', 'Indiquez un autre fichier de sortie'],
      ...doc('letter', '--dossier', good, '--out', link),
    );
    expect(JSON.parse(readFileSync(good, 'utf8')).id).toBe(signed.id);
    await refused(2, ['L’option --dossier attend une valeur.'], ...doc('letter', '--dossier'));
  });

  it('doc: the document, its options and its dates', async () => {
    await refused(
      2,
      [
        '« poster » n’est pas un document que ctai produit ; indiquez l’un de ceux-ci : letter, contract, convention, amendment, report, copil, summary.',
      ],
      ...doc('poster', '--dossier', good),
    );
    await refused(2, ['Indiquez le document (letter, contract'], ...doc());
    // A letter is dated the day it is sent, never later than today.
    await refused(
      2,
      [
        '--date : le 31 décembre 2099 est après aujourd’hui ; une lettre d’intention est datée du jour où elle est envoyée',
      ],
      ...doc('letter', '--dossier', good, '--out', path.join(dir, 'l.pdf'), '--date', '2099-12-31'),
    );
    await refused(2, ['Indiquez --dossier et --out'], ...doc('letter', '--dossier', good));
    await refused(
      2,
      ['--format doit valoir docx ou pdf.'],
      ...doc('letter', '--dossier', good, '--out', 'x', '--format', 'odt'),
    );
    await refused(
      2,
      ['--year doit être une année, par exemple 2026.'],
      ...doc('amendment', '--dossier', good, '--out', 'x', '--year', '20x7'),
    );
    await refused(
      2,
      ['--date doit être au format AAAA-MM-JJ.'],
      ...doc('letter', '--dossier', good, '--out', 'x', '--date', '30/02/2026'),
    );
    await refused(
      2,
      ['--date : 2026-02-30 n’est pas une date du calendrier ; indiquez une date réelle'],
      ...doc('letter', '--dossier', good, '--out', 'x', '--date', '2026-02-30'),
    );
    // A real day, but outside the dates the app accepts anywhere (the years of a contract).
    await refused(
      2,
      [
        '--date : 1900-01-01 est hors des dates acceptées, du 1er janvier 2019 au 31 décembre 2100 ; indiquez la date du document, par exemple 2026-03-15.',
      ],
      ...doc('letter', '--dossier', good, '--out', 'x', '--date', '1900-01-01'),
    );
    await refused(
      2,
      ['--date : 2101-06-01 est hors des dates acceptées, du 1er janvier 2019 au 31 décembre 2100'],
      ...doc('letter', '--dossier', good, '--out', 'x', '--date', '2101-06-01'),
    );
    await refused(
      2,
      ['--meeting : 1999-10-12 est hors des dates acceptées, du 1er janvier 2019 au 31 décembre 2100'],
      ...doc('copil', '--dossier', good, '--out', 'x', '--meeting', '1999-10-12'),
    );
    await refused(
      2,
      ['--year : 1990 est hors des années acceptées, de 2019 à 2100 ; indiquez l’année du document, par exemple 2027.'],
      ...doc('amendment', '--dossier', good, '--out', 'x', '--year', '1990'),
    );
  });

  it('doc amendment without --year is refused, not given the current year', async () => {
    // The years offered are the contract's after its first (the first is the contract's own).
    const years = contractYears(signed);
    const avenantYears = years.slice(1);
    await refused(
      2,
      [
        `Indiquez l’année de l’avenant avec --year AAAA : ${avenantYears.length > 1 ? `l’une des années ${avenantYears.slice(0, -1).join(', ')} ou ${avenantYears.at(-1)}` : `l’année ${avenantYears[0]}`} du contrat (par exemple --year ${avenantYears[0]}).`,
      ],
      ...doc('amendment', '--dossier', good, '--out', path.join(dir, 'a.pdf')),
    );
    // A year outside the contract is said to be so, not to lack an avenant.
    const after = years.at(-1)! + 3;
    await refused(
      1,
      [
        `${after} est hors de la durée du contrat (${years[0]}-${years.at(-1)}) : un avenant porte sur l’une de ses années suivant la première.`,
      ],
      ...doc('amendment', '--dossier', good, '--out', path.join(dir, 'a.pdf'), '--year', String(after)),
    );
  });

  it('a dossier file that does not exist, or is a folder', async () => {
    const missing = path.join(dir, 'absent.json');
    await refused(
      1,
      [`Le fichier ${missing} n’existe pas : vérifiez son chemin et son nom.`],
      ...doc('letter', '--dossier', missing, '--out', path.join(dir, 'l.pdf')),
    );
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    await refused(
      1,
      // The sentence names the file being read: a dossier, not an exchange, a scan or a key.
      [
        '« a-folder » n’est pas un fichier ordinaire (tube, périphérique, dossier ou lien vers l’un d’eux) : Contrats CTAI ne l’ouvre pas. Choisissez le fichier du dossier (.json) lui-même.',
      ],
      ...doc('letter', '--dossier', folder, '--out', path.join(dir, 'l.pdf')),
    );
  });

  it('an output folder that does not exist, before any work', async () => {
    const out = path.join(dir, 'nowhere', 'deeper', 'l.pdf');
    await refused(
      1,
      [
        `Le dossier ${path.join(dir, 'nowhere', 'deeper')} n’existe pas : créez-le ou indiquez un autre chemin de sortie.`,
      ],
      ...doc('letter', '--dossier', good, '--out', out),
    );
    // A folder that exists but takes no new file is not said to be missing.
    await refused(
      1,
      ['Aucun fichier ne peut être créé dans /proc : choisissez un autre emplacement.'],
      ...doc('letter', '--dossier', good, '--out', '/proc/lettre.pdf'),
    );
    // A demo folder that can be neither found nor made (Node's recursive mkdir looped there).
    await refused(
      1,
      ['Aucun fichier ne peut être créé dans /proc : choisissez un autre emplacement.'],
      'demo',
      '--out',
      '/proc/demo',
    );
    await refused(
      1,
      [`Le dossier ${path.join(dir, 'nowhere')} n’existe pas : créez-le ou indiquez un autre chemin de sortie.`],
      'demo',
      '--out',
      path.join(dir, 'nowhere', 'demo'),
    );
    // The demo's output folder is a file already.
    await refused(
      1,
      [`${good} existe déjà et n’est pas un dossier : indiquez un autre chemin, ou déplacez ce fichier.`],
      'demo',
      '--out',
      good,
    );
  });

  it('JSON that does not parse, with its line and column', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "formatVersion": 2,\n  "id": "x",\n}\n');
    await refused(
      1,
      [`Le fichier ${broken} n’est pas un JSON valide : erreur de syntaxe ligne 4, colonne 1.`, 'Corrigez-le'],
      ...doc('letter', '--dossier', broken, '--out', path.join(dir, 'l.pdf')),
    );
    const cut = path.join(dir, 'cut.json');
    writeFileSync(cut, '{\n  "formatVersion": 2,\n  "id": "x"');
    await refused(
      1,
      ['ligne 3, colonne 12 (le texte s’arrête avant la fin)'],
      ...doc('letter', '--dossier', cut, '--out', path.join(dir, 'l.pdf')),
    );
  });

  it('a field that fails validation, named in words', async () => {
    const invalid = path.join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({
        ...signed,
        collectivite: {
          ...signed.collectivite,
          representant: { ...signed.collectivite.representant, civilite: 'Mademoiselle' },
        },
      }),
    );
    await refused(
      1,
      [
        'n’est pas valide ; corrigez ce champ dans l’application ou dans le fichier',
        '- Civilité du représentant de la collectivité doit valoir « Madame » ou « Monsieur ».',
      ],
      ...doc('letter', '--dossier', invalid, '--out', path.join(dir, 'l.pdf')),
    );
  });

  it('a document the dossier cannot make yet, or cannot print', async () => {
    const fresh = path.join(dir, 'fresh.json');
    writeFileSync(fresh, JSON.stringify(demoDossiers({ count: 1 })[0]));
    await refused(
      1,
      ['Le document ne peut pas être produit ; à compléter ou corriger :', 'La première année du contrat.'],
      ...doc('contract', '--dossier', fresh, '--out', path.join(dir, 'c.pdf')),
    );
    const emoji = path.join(dir, 'emoji.json');
    writeFileSync(emoji, JSON.stringify({ ...signed, diagnostic: { ...signed.diagnostic, synthese: 'Accueil 😀' } }));
    await refused(
      1,
      ['des caractères que les polices des documents n’ont pas ; remplacez-les dans le dossier.'],
      ...doc('contract', '--dossier', emoji, '--out', path.join(dir, 'c.pdf')),
    );
    // A later year of the contract that has no avenant yet.
    const bare = contractYears(signed)
      .slice(1)
      .find((year) => !signed.contrat.avenants.some((avenant) => avenant.annee === year));
    if (bare === undefined) throw new Error('Le dossier de démonstration a un avenant chaque année.');
    await refused(
      1,
      [`Aucun avenant n’est préparé pour ${bare} : préparez-le dans l’onglet Contrat`],
      ...doc('amendment', '--dossier', good, '--out', path.join(dir, 'a.pdf'), '--year', String(bare)),
    );
  });

  it('bundle and keygen: missing key, files and options', async () => {
    const keys = path.join(dir, 'no-keys');
    await refused(
      1,
      [`Le fichier ${path.join(keys, PRIVATE_KEY_FILE)} n’existe pas`],
      'bundle',
      'create',
      '--key',
      keys,
      '--out',
      path.join(dir, 'b.ctai'),
      good,
    );
    const notAKey = path.join(dir, 'bad-keys');
    mkdirSync(notAKey);
    writeFileSync(path.join(notAKey, PRIVATE_KEY_FILE), 'pas une clé');
    await refused(
      1,
      ['n’est pas une clé privée lisible : créez une paire de clés avec « ctai keygen'],
      'bundle',
      'create',
      '--key',
      notAKey,
      '--out',
      path.join(dir, 'b.ctai'),
      good,
    );
    await refused(
      1,
      [`Le fichier ${path.join(dir, 'absent.ctai')} n’existe pas`],
      'bundle',
      'verify',
      path.join(dir, 'absent.ctai'),
    );
    await refused(2, ['Indiquez le dossier de sortie'], 'keygen');
    await refused(2, ['--count doit être un entier entre 1 et 100 000.'], 'demo', '--out', dir, '--count', 'beaucoup');
  });

  it('the built command prints the sentence alone, exit code kept', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/ctai.mjs', 'doc', 'letter', '--dossier', path.join(dir, 'absent.json'), '--out', path.join(dir, 'l.pdf')],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Le fichier ${path.join(dir, 'absent.json')} n’existe pas : vérifiez son chemin et son nom.\n`,
    );
  });
});

describe('jsonErrorOffset', () => {
  it('finds the first character that breaks the grammar, -1 for valid JSON', () => {
    expect(jsonErrorOffset('{"a":[1,2.5e3,{"b":null}],"c":"x\\u00e9\\n"}')).toBe(-1);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a":tru}')).toBe(8);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('"tab\there"')).toBe(4);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });
});
