// `ctai bundle create|verify|inspect`: signed .ctai bundles from the command line.
import { createPrivateKey, createPublicKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import path from 'node:path';
import '@automerge/automerge';
import { bundleName } from '../../shared/bundle/bag-format';
import { BundleError, senderLabel } from '../../shared/bundle/bundle-error';
import { fingerprint, pemToSpki } from '../../shared/bundle/bytes';
import { passphraseProblem } from '../../shared/bundle/payload-crypto';
import { verifyBundle, type KnownKey } from '../../shared/bundle/verify-bundle';
import { writeBundleTo } from '../../shared/bundle/write-bundle';
import { validateDossier } from '../../shared/dossier/validation';
import { createDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { checkNotAnInput, checkOutputFolder, CliError, fileErrorMessage } from '../cli-errors';
import { createFileSink, type FileSink } from '../../main/file-sink';
import { compte } from '../../shared/format/plural';
import { openInputFile, readInputText, readJsonFile } from '../input-file';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { PRIVATE_KEY_FILE } from './keygen';
import { BUNDLE_USAGE } from '../usage';

/** The passphrase is read from a file (its first line), never from the command line that `ps` shows. */
export async function readPassphrase(file: string | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  // The first line, without what editors add around it: a byte-order mark, a CR or CRLF ending.
  const passphrase = (await readInputText(file, 'passphrase')).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[0] ?? '';
  const problem = passphraseProblem(passphrase);
  if (problem) throw new UsageError(`${file} : ${problem}`);
  return passphrase;
}

async function create(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, {
    key: 'string',
    out: 'string',
    site: 'string',
    sender: 'string',
    sequence: 'string',
    departement: 'string',
    'passphrase-file': 'string',
  });
  if (!options.key || !options.out || options._.length === 0) throw new UsageError(`Utilisation : ${BUNDLE_USAGE[0]}`);
  checkNotAnInput(options.out, [...options._, path.join(options.key, PRIVATE_KEY_FILE)]);
  await checkOutputFolder(options.out);
  const keyFile = path.join(options.key, PRIVATE_KEY_FILE);
  const pem = await readInputText(keyFile, 'key');
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new CliError(
      `${keyFile} n’est pas une clé privée lisible : créez une paire de clés avec « ctai keygen --out ${options.key} ».`,
    );
  }
  const publicKey = new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }));
  const sender = {
    nom: options.sender ?? 'Outil en ligne de commande',
    service: '',
    site: options.site ?? 'Préfecture',
  };
  const dossiers = [];
  for (const file of options._) {
    const validated = validateDossier(await readJsonFile(file));
    if (!validated.ok) {
      io.stderr(
        `${file} n’est pas un dossier valide :\n${validated.problems.map((p) => `- ${p.message}`).join('\n')}\n`,
      );
      return 1;
    }
    const doc = createDossierDoc(
      validated.value,
      { author: sender, summary: 'Dossier importé en ligne de commande', paths: [] },
      new Date(),
    );
    dossiers.push({ dossier: validated.value, doc: saveDossierDoc(doc) });
  }
  const createdAt = new Date();
  const sequence = Number(options.sequence ?? 1);
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new UsageError(
      `--sequence attend le numéro d’ordre de l’échange, un nombre entier à partir de 1 (reçu : « ${options.sequence} »).`,
    );
  const departement = options.departement ?? dossiers[0]?.dossier.collectivite.departement.code ?? '00';
  const passphrase = await readPassphrase(options['passphrase-file']);
  const out = options.out;
  const cannotWrite = (error: unknown) =>
    new CliError(fileErrorMessage(error, out, 'écrire') ?? `Le fichier ${out} n’a pas pu être écrit.`);
  let sink: FileSink;
  try {
    sink = await createFileSink(out);
  } catch (error) {
    throw cannotWrite(error);
  }
  try {
    await writeBundleTo(
      {
        name: bundleName(departement, sender.site, createdAt.toISOString().slice(0, 10), sequence),
        bundleId: randomUUID(),
        sequence,
        createdAt,
        sender,
        recipient: '',
        dossiers,
        publicKey,
        sign: async (message) => new Uint8Array(sign(null, message, key)),
        ...(passphrase ? { passphrase } : {}),
      },
      sink,
    );
    const { size } = await sink.commit();
    io.stdout(`${out} écrit : ${compte(dossiers.length, 'dossier')}, ${compte(size, 'octet')}.\n`);
    return 0;
  } catch (error) {
    await sink.abort();
    if (error instanceof BundleError || error instanceof CliError) throw error;
    throw cannotWrite(error);
  }
}

/** The public keys given with --trust, as known keys (a private key or a non-key is refused in French). */
export async function trusted(files: string[]): Promise<KnownKey[]> {
  return Promise.all(
    files.map(async (file) => {
      const pem = await readInputText(file, 'key');
      if (pem.includes('PRIVATE KEY'))
        throw new UsageError(
          `${file} est une clé privée : --trust attend la clé publique du correspondant (cle-publique.pem). Une clé privée ne se transmet jamais.`,
        );
      const spki = pemToSpki(pem);
      if (!spki)
        throw new UsageError(
          `${file} n’est pas une clé publique PEM : --trust attend la clé publique du correspondant.`,
        );
      return { name: path.basename(file), fingerprint: await fingerprint(spki), revoked: false };
    }),
  );
}

async function verify(args: string[], io: CliIo, inspect: boolean): Promise<number> {
  const trust: string[] = [];
  const rest: string[] = [];
  let passphraseFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const option = args[i]!;
    if (option === '--trust' || option === '--passphrase-file') {
      const file = args[++i];
      if (!file || file.startsWith('--')) throw new UsageError(`${option} attend le chemin d’un fichier.`);
      if (option === '--passphrase-file') passphraseFile = file;
      else {
        trust.push(file);
        // `--trust A.pem B.pem` as well as `--trust A.pem --trust B.pem` (what a shell glob gives).
        while (args[i + 1]?.toLowerCase().endsWith('.pem')) trust.push(args[++i]!);
      }
    } else rest.push(option);
  }
  const [file, ...extra] = rest;
  if (!file) throw new UsageError(`Utilisation : ${inspect ? BUNDLE_USAGE[2] : BUNDLE_USAGE[1]}`);
  if (extra.length)
    throw new UsageError(
      `Un seul échange à la fois : « ${extra[0]} » est en trop.\nUtilisation : ${inspect ? BUNDLE_USAGE[2] : BUNDLE_USAGE[1]}`,
    );
  const knownKeys = await trusted(trust);
  const passphrase = await readPassphrase(passphraseFile);
  const source = await openInputFile(file, 'bundle');
  try {
    const bundle = await verifyBundle(source, {
      knownKeys,
      requireKnownSender: trust.length > 0,
      passphrase,
    });
    if (inspect) {
      io.stdout(
        JSON.stringify(
          {
            name: bundle.name,
            bundleId: bundle.info.bundleId,
            formatVersion: bundle.info.formatVersion,
            sequence: bundle.info.sequence,
            createdAt: bundle.info.createdAt,
            sender: { ...bundle.info.sender, fingerprint: bundle.sender.fingerprint },
            recipient: bundle.info.recipient,
            encrypted: bundle.info.encryption !== null,
            backupSchemaVersion: bundle.info.backupSchemaVersion,
            fileSha256: bundle.fileHash,
            dossiers: bundle.dossiers.map(({ dossier, documents }) => ({
              id: dossier.id,
              collectivite: dossier.collectivite.nom,
              etape: dossier.workflow.etape,
              actions: dossier.actions.length,
              documents: documents.map(({ kind, year, version, format, name, signed, sha256 }) => ({
                kind,
                year,
                version,
                format,
                name,
                signed,
                sha256,
              })),
            })),
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      const what =
        bundle.info.backupSchemaVersion === null
          ? `Échange valide : ${compte(bundle.dossiers.length, 'dossier')}`
          : `Sauvegarde valide (schéma ${bundle.info.backupSchemaVersion}, à restaurer depuis les Paramètres de l’application)`;
      // The file's SHA-256 ties the verdict to the bytes read: a copy changed afterwards has another.
      io.stdout(
        `${what}, signé par ${senderLabel(bundle.info.sender)}, empreinte ${bundle.sender.fingerprint}.\n` +
          `SHA-256 du fichier vérifié : ${bundle.fileHash}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof BundleError) {
      // The app's sentence asks to type the passphrase; the command line reads it from a file.
      // A sender to trust is given with --trust, after comparing the fingerprint.
      const message =
        error.code === 'bundle-passphrase-required'
          ? 'Cet échange est chiffré : donnez sa phrase de passe, que l’expéditeur vous a communiquée par un autre moyen, dans un fichier, avec --passphrase-file FICHIER.'
          : error.code === 'bundle-untrusted-sender'
            ? `${error.message} Comparez cette empreinte avec celle que l’expéditeur vous a communiquée par un autre moyen, puis donnez sa clé avec --trust CLE.pem.`
            : error.message;
      // The refusal, like the verdict, names the bytes it was given.
      const read = await source.sha256().catch(() => null);
      io.stderr(
        `Échange refusé [${error.code}] : ${message}\n` + (read ? `SHA-256 du fichier vérifié : ${read}\n` : ''),
      );
      return 1;
    }
    throw error;
  } finally {
    await source.close();
  }
}

export async function bundleCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') return create(rest, io);
  if (sub === 'verify') return verify(rest, io, false);
  if (sub === 'inspect') return verify(rest, io, true);
  throw new UsageError(`Utilisation :\n  ${BUNDLE_USAGE.join('\n  ')}`);
}
