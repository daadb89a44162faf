// Reads a .ctai bundle and trusts nothing it has not checked, in this order: a bounded read of
// the ZIP directory; names; the signature over the exact tag manifest bytes; only then the tag
// files; then the payload, extracted only where listed and checked against its SHA-256; then
// every dossier against its schema. Only this function turns bytes into a VerifiedBundle.
import {
  APP_VERSION_FOR_FORMAT,
  BUNDLE_FORMAT_VERSION,
  parseFormatVersion,
  ENCRYPTED_PAYLOAD,
  parseManifest,
  parseTagLines,
  SIGNATURE_FILE,
  SIGNED_FILE,
  TAG_FILES,
  type BagInfo,
} from './bag-format';
import { BundleError, senderLabel } from './bundle-error';
import { isDocumentFile } from './bundle-documents';
import { bytesSource, type ByteSource } from './byte-source';
import { decodeUtf8, fingerprint, fromBase64, pemToSpki, sha256Hex } from './bytes';
import { readDossiers, type PayloadFile, type ReadDossier } from './read-dossiers';
import { decryptPayload, type EncryptionParams } from './payload-crypto';
import {
  DEFAULT_LIMITS,
  adjacentRuns,
  entriesBytes,
  entryBytes,
  readZipDirectory,
  storedEntryDigests,
  type ZipEntry,
  type ZipLimits,
} from './zip-directory';

export interface KnownKey {
  name: string;
  fingerprint: string;
  revoked: boolean;
}

export type VerifiedDossier = ReadDossier;

export interface VerifiedBundle {
  readonly verified: true;
  name: string;
  info: BagInfo;
  sender: { fingerprint: string; publicKey: Uint8Array; known: KnownKey | null };
  dossiers: VerifiedDossier[];
  /**
   * A backup's payload files (its tables) by their path in the bag, decrypted and checked against
   * the manifest. Empty for an exchange: its files are read into `dossiers`, and its documents
   * are read one at a time from the bundle when asked (VerifiedDossier.documents), so that
   * hundreds of megabytes of PDFs are never held at once.
   */
  files: Map<string, Uint8Array>;
  fileHash: string;
}

/** The steps in the order they run: the sender is judged once the signed bag-info is read, before the payload. */
export type VerifyStep =
  'archive' | 'structure' | 'signature' | 'version' | 'sender' | 'integrity' | 'decryption' | 'dossiers';

/** An unknown sender, as the signed tag files name it, for the agent to compare the fingerprint. */
export interface UnknownSender {
  fingerprint: string;
  info: BagInfo;
}

/** Gives the passphrase of an encrypted bundle (`wrong`: the previous one did not open it), or null to give up. */
export type PassphraseAsker = (wrong: boolean) => Promise<string | null>;

export interface VerifyOptions {
  knownKeys?: readonly KnownKey[];
  /** Refuse a sender whose key is not among the known keys (the command line's --trust). */
  requireKnownSender?: boolean;
  limits?: ZipLimits;
  /**
   * For an encrypted bundle: the passphrase, or who to ask for it once signature and integrity
   * hold (asked again after a wrong one, so nothing is hashed twice). Without it, verification
   * stops after the integrity check.
   */
  passphrase?: string | PassphraseAsker;
  onStep?: (step: VerifyStep) => void;
  /**
   * Asked when the sender's key is not among the known keys, after the signature and bag-info
   * are checked and before the payload is inflated: true to go on, false to stop (refused with
   * `bundle-sender-declined`). Without it, an unknown sender is reported in the result.
   */
  askUnknownSender?: (sender: UnknownSender) => Promise<boolean>;
  /**
   * Each dossier's JSON is proved equal to what its Automerge history gives (Automerge's
   * WebAssembly must be initialised), and the bundle refused otherwise, when it holds at most this
   * many dossiers (default: all). About 8 ms a dossier: the app proves larger bundles after their
   * commit instead (renderer/db/history-proof.ts).
   */
  historyProofLimit?: number;
}

/**
 * The largest bundle the import service proves, dossier by dossier, before showing its preview
 * (about 8 ms a dossier); a larger one is proved after its commit (renderer/db/history-proof.ts).
 */
export const PROVE_BEFORE_PREVIEW = 300;

/** Bytes of payload files (as stored, and inflated) read or hashed at once (see the integrity step). */
const IN_FLIGHT = 8 * 1024 * 1024;
/** Files read or hashed at once, whatever their size (each is a task to follow). */
const MAX_RUNNING = 16;
/** Files lying one after the other are read together, up to this many bytes (see adjacentRuns). */
const RUN_BYTES = 1024 * 1024;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a safe name must not hold.
const SAFE_SEGMENT = /^[^\u0000-\u001f\u007f/\\:*?"<>|]+$/;

function checkName(entry: ZipEntry): void {
  const { name } = entry;
  if (name !== name.normalize('NFC'))
    throw new BundleError(
      'bundle-bad-name',
      `Le nom « ${name.slice(0, 160)} » n’est pas normalisé : l’archive est refusée.`,
    );
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    throw new BundleError(
      'bundle-absolute-path',
      `L’archive contient un chemin absolu (« ${name.slice(0, 160)} ») : elle est refusée.`,
    );
  if (name.includes('\\'))
    throw new BundleError(
      'bundle-bad-name',
      `L’archive contient une barre oblique inverse (« ${name.slice(0, 160)} ») : elle est refusée.`,
    );
  const segments = (entry.isDirectory ? name.slice(0, -1) : name).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    throw new BundleError(
      'bundle-path-traversal',
      `L’archive tente de sortir de son dossier (« ${name.slice(0, 160)} ») : elle est refusée.`,
    );
  }
  if (segments.some((segment) => !SAFE_SEGMENT.test(segment)))
    throw new BundleError('bundle-bad-name', `Le nom « ${name.slice(0, 160)} » contient des caractères interdits.`);
  if (entry.isSymlink)
    throw new BundleError(
      'bundle-symlink',
      `L’archive contient un lien symbolique (« ${name.slice(0, 160)} ») : elle est refusée.`,
    );
}

function checkNames(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    checkName(entry);
    if (seen.has(entry.name))
      throw new BundleError(
        'bundle-duplicate-entry',
        `Le fichier « ${entry.name.slice(0, 160)} » figure deux fois dans l’archive : elle est refusée.`,
      );
    seen.add(entry.name);
  }
}

/** The files `names` of the archive, inflated from the entries its directory gave (checked names). */
async function extract(
  source: ByteSource,
  entries: readonly ZipEntry[],
  names: ReadonlySet<string>,
): Promise<Map<string, Uint8Array>> {
  // A Map, not an object: an entry could never replace its prototype.
  const out = new Map<string, Uint8Array>();
  for (const entry of entries)
    if (!entry.isDirectory && names.has(entry.name)) out.set(entry.name, await entryBytes(source, entry));
  for (const name of names)
    if (!out.has(name))
      throw new BundleError('bundle-missing-file', `Le fichier « ${name.slice(0, 160)} » manque dans l’archive.`);
  return out;
}

function text(bytes: Uint8Array, what: string): string {
  try {
    return decodeUtf8(bytes);
  } catch {
    throw new BundleError('bundle-bad-bag-info', `Le fichier ${what} n’est pas un texte UTF-8.`);
  }
}

/** Whether version `a` (« 1.2.0 ») is above `b` (« 0.1 »), part by part. */
function newerVersion(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x!.length, y!.length); i++) {
    const d = (x![i] ?? 0) - (y![i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

function bagInfo(raw: string, signedName: string): BagInfo {
  let values: Map<string, string>;
  try {
    values = parseTagLines(raw);
  } catch {
    throw new BundleError('bundle-bad-bag-info', 'Le fichier bag-info.txt est mal formé : l’échange est refusé.');
  }
  const version = parseFormatVersion(values.get('CTAI-Format-Version'));
  if (!version)
    throw new BundleError(
      'bundle-bad-bag-info',
      'La version du format de l’échange est absente ou illisible : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
    );
  const readerVersion = (values.get('CTAI-Reader-Version') ?? '').slice(0, 20);
  if (version.major > BUNDLE_FORMAT_VERSION) {
    // A reader version this application already is (a sender's mistake) would send the agent in circles.
    const needed =
      /^\d+(\.\d+){0,2}$/.test(readerVersion) &&
      newerVersion(readerVersion, APP_VERSION_FOR_FORMAT[BUNDLE_FORMAT_VERSION]!)
        ? `Contrats CTAI ${readerVersion} ou une version plus récente`
        : 'la dernière version de Contrats CTAI';
    throw new BundleError(
      'bundle-future-version',
      `Cet échange est au format ${version.major}, qu’une version plus récente de Contrats CTAI a écrit : cette application (format ${BUNDLE_FORMAT_VERSION}, depuis la version ${APP_VERSION_FOR_FORMAT[BUNDLE_FORMAT_VERSION]}) ne sait pas le lire. Installez ${needed} pour l’ouvrir.`,
    );
  }
  const bundleId = values.get('CTAI-Bundle-Id') ?? '';
  const sequence = Number(values.get('CTAI-Sequence'));
  const createdAt = values.get('CTAI-Created-At') ?? '';
  const oxum = values.get('Payload-Oxum') ?? '';
  if (
    !/^[0-9a-f-]{36}$/.test(bundleId) ||
    !Number.isInteger(sequence) ||
    sequence < 1 ||
    Number.isNaN(Date.parse(createdAt)) ||
    !/^\d+\.\d+$/.test(oxum)
  ) {
    throw new BundleError(
      'bundle-bad-bag-info',
      `Les informations de l’échange (${signedName}/bag-info.txt) sont incomplètes ou invalides : l’échange est refusé.`,
    );
  }
  return {
    bundleId,
    formatVersion: version.major,
    formatMinor: version.minor,
    readerVersion,
    sequence,
    createdAt,
    sender: {
      nom: values.get('Contact-Name') ?? '',
      service: values.get('Organization-Address') ?? '',
      site: values.get('Source-Organization') ?? '',
    },
    recipient: values.get('CTAI-Recipient') ?? '',
    payloadOxum: oxum,
    dossiers: Number(values.get('CTAI-Dossiers') ?? 0),
    encryption: encryptionParams(values),
    backupSchemaVersion: values.has('CTAI-Backup-Schema-Version')
      ? Number(values.get('CTAI-Backup-Schema-Version')) || null
      : null,
  };
}

function encryptionParams(values: Map<string, string>): EncryptionParams | null {
  const scheme = values.get('CTAI-Encryption');
  if (scheme === undefined) return null;
  const salt = fromBase64(values.get('CTAI-KDF-Salt') ?? '');
  if (scheme !== 'AES-256-GCM' || values.get('CTAI-Key-Derivation') !== 'PBKDF2-SHA256' || !salt)
    throw new BundleError(
      'bundle-bad-bag-info',
      `Cet échange est chiffré d’une manière que cette application ne connaît pas (${scheme.slice(0, 40)}) : installez la dernière version de Contrats CTAI.`,
    );
  return {
    salt,
    iterations: Number(values.get('CTAI-KDF-Iterations')),
    chunkSize: Number(values.get('CTAI-Chunk-Size')),
  };
}

/** The files sealed in an encrypted payload, read with the same distrust as the bundle itself. */
async function openSealedPayload(
  sealed: Uint8Array,
  info: BagInfo,
  passphrase: string,
  limits: ZipLimits,
): Promise<Map<string, Uint8Array>> {
  const inner = bytesSource(await decryptPayload(sealed, passphrase, info.bundleId, info.encryption!));
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(inner, limits);
  } catch {
    throw new BundleError(
      'bundle-decryption-failed',
      'Le contenu déchiffré de l’échange est illisible : il est refusé. Demandez à l’expéditeur de le renvoyer.',
    );
  }
  checkNames(entries);
  const files = entries.filter((entry) => !entry.isDirectory).map((entry) => entry.name);
  if (files.some((name) => !name.startsWith('data/') || name === ENCRYPTED_PAYLOAD))
    throw new BundleError(
      'bundle-unlisted-file',
      'Le contenu chiffré de l’échange contient un fichier hors de son dossier de données : il est refusé. Demandez à l’expéditeur de le renvoyer.',
    );
  return extract(inner, entries, new Set(files));
}

function payloadChanged(path: string): BundleError {
  return new BundleError(
    'bundle-payload-hash-mismatch',
    `Le fichier « ${path.slice(0, 160)} » a été modifié ou abîmé : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  );
}

/** A document that no longer matches the manifest when the import stores it, after its verification. */
function changedSinceVerified(path: string): BundleError {
  return new BundleError(
    'bundle-payload-hash-mismatch',
    `Le fichier de l’échange a changé depuis sa vérification (« ${path.slice(0, 160)} » ne correspond plus) : rien n’a été importé. Ouvrez de nouveau l’échange ; s’il est sur une clé USB, ne la retirez pas pendant l’import.`,
  );
}

/**
 * The payload as readDossiers takes it: the files in memory, and, unsealed, an exchange's
 * documents read again from the source when asked, and refused if they no longer match the
 * manifest (the file may have changed on its USB stick since it was verified).
 */
function payloadFiles(
  source: ByteSource,
  manifest: ReadonlyMap<string, string>,
  byName: ReadonlyMap<string, ZipEntry>,
  inBag: (path: string) => string,
  inMemory: ReadonlyMap<string, Uint8Array>,
  sealed: boolean,
): Map<string, PayloadFile> {
  const files = new Map<string, PayloadFile>();
  for (const [path, bytes] of inMemory) files.set(path, { read: async () => bytes });
  if (sealed) return files;
  for (const [path, hash] of manifest)
    if (!inMemory.has(path)) files.set(path, documentReader(source, byName.get(inBag(path))!, path, hash));
  return files;
}

/**
 * A document read again from the bundle, checked against its manifest digest. Made apart from
 * verifyBundle's closures: a closure keeps its whole scope alive, and the import holds these
 * readers until its documents are stored, which would hold every file verifyBundle read.
 */
function documentReader(source: ByteSource, entry: ZipEntry, path: string, hash: string): PayloadFile {
  return {
    read: async () => {
      let bytes: Uint8Array;
      try {
        bytes = await entryBytes(source, entry);
      } catch {
        throw changedSinceVerified(path);
      }
      if ((await sha256Hex(bytes)) !== hash) throw changedSinceVerified(path);
      return bytes;
    },
  };
}

function passphraseRequired(): BundleError {
  return new BundleError(
    'bundle-passphrase-required',
    'Cet échange est chiffré : saisissez la phrase de passe que l’expéditeur vous a communiquée par un autre moyen (par téléphone).',
  );
}

async function openWithPassphrase(
  sealed: Uint8Array,
  info: BagInfo,
  given: string | PassphraseAsker | undefined,
  limits: ZipLimits,
): Promise<Map<string, Uint8Array>> {
  if (typeof given !== 'function') {
    if (!given) throw passphraseRequired();
    return openSealedPayload(sealed, info, given, limits);
  }
  for (let wrong = false; ; wrong = true) {
    const passphrase = await given(wrong);
    if (!passphrase) throw passphraseRequired();
    try {
      return await openSealedPayload(sealed, info, passphrase, limits);
    } catch (error) {
      if (!(error instanceof BundleError && error.code === 'bundle-wrong-passphrase')) throw error;
    }
  }
}

/**
 * Verifies a bundle, in memory or read by ranges from a file (`ByteSource`: only its directory,
 * its control files, its dossiers and one document at a time are read). Throws a BundleError,
 * said in French, on the first rule broken.
 */
export async function verifyBundle(
  input: Uint8Array | ByteSource,
  options: VerifyOptions = {},
): Promise<VerifiedBundle> {
  const source = input instanceof Uint8Array ? bytesSource(input) : input;
  const step = options.onStep ?? (() => undefined);
  step('archive');
  const entries = await readZipDirectory(source, options.limits ?? DEFAULT_LIMITS);

  step('structure');
  checkNames(entries);
  const roots = new Set(entries.map((entry) => entry.name.split('/')[0]));
  const files = entries.filter((entry) => !entry.isDirectory);
  if (roots.size !== 1 || files.some((entry) => !entry.name.includes('/'))) {
    throw new BundleError(
      'bundle-not-one-bag',
      'L’archive ne contient pas un seul dossier d’échange (sac BagIt) : elle est refusée. Demandez à l’expéditeur de la renvoyer.',
    );
  }
  const root = [...roots][0]!;
  const inBag = (path: string) => `${root}/${path}`;
  const present = new Set(files.map((entry) => entry.name));
  for (const required of [...TAG_FILES, SIGNED_FILE, SIGNATURE_FILE]) {
    if (!present.has(inBag(required)))
      throw new BundleError(
        'bundle-missing-file',
        `Le fichier ${required} manque : ce n’est pas un échange CTAI complet.`,
      );
  }

  step('signature');
  const tags = await extract(source, entries, new Set([...TAG_FILES, SIGNED_FILE, SIGNATURE_FILE].map(inBag)));
  const spki = pemToSpki(text(tags.get(inBag('sender-key.pem'))!, 'sender-key.pem'));
  if (!spki)
    throw new BundleError('bundle-bad-key', 'La clé publique de l’expéditeur est illisible : l’échange est refusé.');
  const signed = tags.get(inBag(SIGNED_FILE))!;
  const signature = tags.get(inBag(SIGNATURE_FILE))!;
  let valid: boolean;
  try {
    const key = await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
    valid = signature.length === 64 && (await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, signed));
  } catch {
    throw new BundleError(
      'bundle-bad-key',
      'La clé publique de l’expéditeur n’est pas une clé Ed25519 : l’échange est refusé.',
    );
  }
  if (!valid) {
    throw new BundleError(
      'bundle-signature-invalid',
      'La signature de l’échange ne correspond pas à son contenu : le fichier a été modifié ou abîmé. Ne l’importez pas ; demandez à l’expéditeur de le renvoyer.',
    );
  }
  const tagManifest = parseManifest(text(signed, SIGNED_FILE));
  if (!tagManifest || tagManifest.size !== TAG_FILES.length || TAG_FILES.some((tag) => !tagManifest.has(tag))) {
    throw new BundleError(
      'bundle-bad-manifest',
      'Le manifeste des fichiers de contrôle est mal formé : l’échange est refusé.',
    );
  }
  for (const tag of TAG_FILES) {
    if ((await sha256Hex(tags.get(inBag(tag))!)) !== tagManifest.get(tag)) {
      throw new BundleError(
        'bundle-tag-hash-mismatch',
        `Le fichier ${tag} a été modifié depuis la signature : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
      );
    }
  }

  step('version');
  const bagit = text(tags.get(inBag('bagit.txt'))!, 'bagit.txt');
  if (!/^BagIt-Version: 1\.0\r?\nTag-File-Character-Encoding: UTF-8\r?\n?$/.test(bagit)) {
    throw new BundleError(
      'bundle-bad-bagit',
      'Le fichier bagit.txt n’annonce pas un sac BagIt 1.0 : l’échange est refusé.',
    );
  }
  const info = bagInfo(text(tags.get(inBag('bag-info.txt'))!, 'bag-info.txt'), root);

  // From here on the signed bag-info names the sender: a refusal says whose file it was.
  try {
    step('sender');
    const senderPrint = await fingerprint(spki);
    const known = options.knownKeys?.find((key) => key.fingerprint === senderPrint) ?? null;
    if (known?.revoked)
      throw new BundleError(
        'bundle-revoked-key',
        `La clé de ${known.name} a été révoquée : ses échanges ne sont plus acceptés. Demandez-lui sa nouvelle clé.`,
      );
    if (!known && options.requireKnownSender) {
      throw new BundleError(
        'bundle-untrusted-sender',
        `L’expéditeur (empreinte ${senderPrint}) ne figure pas parmi les correspondants de confiance.`,
      );
    }
    // An unknown sender is asked about now, from what the signature covers (key and bag-info),
    // before a byte of the payload is inflated.
    if (!known && options.askUnknownSender && !(await options.askUnknownSender({ fingerprint: senderPrint, info })))
      throw new BundleError(
        'bundle-sender-declined',
        'Vous n’avez pas reconnu l’expéditeur : l’échange n’a pas été ouvert et rien n’a été modifié.',
      );

    step('integrity');
    const manifest = parseManifest(text(tags.get(inBag('manifest-sha256.txt'))!, 'manifest-sha256.txt'));
    if (
      !manifest ||
      [...manifest.keys()].some(
        (path) => !path.startsWith('data/') || path.split('/').some((s) => s === '..' || s === '.'),
      )
    ) {
      throw new BundleError('bundle-bad-manifest', 'Le manifeste des fichiers est mal formé : l’échange est refusé.');
    }
    const control = new Set([...TAG_FILES, SIGNED_FILE, SIGNATURE_FILE].map(inBag));
    for (const entry of files) {
      const path = entry.name.slice(root.length + 1);
      if (!control.has(entry.name) && !manifest.has(path))
        throw new BundleError(
          'bundle-unlisted-file',
          `Le fichier « ${path.slice(0, 160)} » n’est pas déclaré dans le manifeste : l’échange est refusé.`,
        );
    }
    for (const path of manifest.keys()) {
      if (!present.has(inBag(path)))
        throw new BundleError(
          'bundle-missing-file',
          `Le fichier « ${path.slice(0, 160)} » déclaré dans le manifeste manque.`,
        );
    }
    // The payload inflates to what the signed Payload-Oxum declares, checked on the ZIP directory's
    // sizes before anything is inflated (the inflater allocates no more than those sizes).
    const declared = files.filter((entry) => !control.has(entry.name)).reduce((sum, entry) => sum + entry.size, 0);
    if (info.payloadOxum !== `${declared}.${manifest.size}`)
      throw new BundleError(
        'bundle-payload-oxum',
        'Le nombre ou la taille des fichiers ne correspond pas à ce qu’annonce l’échange.',
      );
    // The files kept (dossiers, lists, control files, a backup's tables) are read first, in runs
    // of neighbours, several at once, and hashed by WebCrypto off this thread (at most IN_FLIGHT
    // bytes, which WebCrypto copies). An exchange's documents are hashed next, in the background,
    // while the dossiers are read and validated on this thread (the two took about as long, one
    // after the other): where the file is when the source can (storedEntryDigests), else read
    // and hashed here. They are not kept: they are read again, and checked again, when the import
    // stores them.
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const lazy = (path: string) => info.backupSchemaVersion === null && !info.encryption && isDocumentFile(path);
    const kept = new Map<string, Uint8Array>();
    const digests = new Map<string, string>();
    let octets = 0;
    const hashFiles = async (paths: readonly string[], keep: boolean) => {
      const index = new Map(paths.map((path, i) => [inBag(path), i]));
      const bytesOf: Uint8Array[] = [];
      const faults = new Map<number, unknown>();
      const running = new Set<Promise<void>>();
      let load = 0;
      for (const run of adjacentRuns(
        paths.map((path) => byName.get(inBag(path))!),
        RUN_BYTES,
      )) {
        if (faults.size > 0) break;
        const weight = run.reduce(
          (sum, entry) => sum + entry.compressedSize + (entry.method === 0 ? 0 : entry.size),
          0,
        );
        while (running.size >= MAX_RUNNING || (running.size > 0 && load + weight > IN_FLIGHT))
          await Promise.race(running);
        load += weight;
        const task: Promise<void> = (async () => {
          try {
            const read = await entriesBytes(source, run);
            await Promise.all(
              run.map(async (entry, i) => {
                const at = index.get(entry.name)!;
                if (keep) bytesOf[at] = read[i]!;
                octets += read[i]!.length;
                digests.set(paths[at]!, await sha256Hex(read[i]!));
              }),
            );
          } catch (error) {
            faults.set(index.get(run[0]!.name)!, error);
          }
        })().finally(() => {
          load -= weight;
          running.delete(task);
        });
        running.add(task);
      }
      await Promise.all(running);
      // The fault of the first file in the manifest's order, whichever was read first.
      if (faults.size > 0) throw faults.get(Math.min(...faults.keys()));
      if (keep) paths.forEach((path, i) => kept.set(path, bytesOf[i]!));
    };
    const paths = [...manifest.keys()];
    await hashFiles(
      paths.filter((path) => !lazy(path)),
      true,
    );
    const documents = paths.filter(lazy);
    const inPlace = source.digest ? documents.filter((path) => byName.get(inBag(path))!.method === 0) : [];
    const hashedInPlace = new Set(inPlace);
    const hashedHere = documents.filter((path) => !hashedInPlace.has(path));
    const documentsHashed = Promise.allSettled([
      storedEntryDigests(
        source,
        inPlace.map((path) => byName.get(inBag(path))!),
      ).then((answers) =>
        answers.forEach(({ sha256, size }, i) => {
          digests.set(inPlace[i]!, sha256);
          octets += size;
        }),
      ),
      hashFiles(hashedHere, false),
    ]).then((settled) => {
      for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
    });
    // The digests are compared once every file is hashed, in the manifest's order (a bundle's
    // dossiers come before its documents): a bundle is refused for its first fault, and nothing
    // read from the payload is returned, or decrypted, before that.
    const intact = documentsHashed.then(() => {
      for (const [path, hash] of manifest) if (digests.get(path) !== hash) throw payloadChanged(path);
      if (info.payloadOxum !== `${octets}.${manifest.size}`)
        throw new BundleError(
          'bundle-payload-oxum',
          'Le nombre ou la taille des fichiers ne correspond pas à ce qu’annonce l’échange.',
        );
    });
    intact.catch(() => undefined);
    // Dossiers are read only from files already found intact (a changed one is refused first).
    if ([...kept].some(([path]) => digests.get(path) !== manifest.get(path))) await intact;
    // The file's own hash (the journal's), once the payload is hashed: a file source computes it
    // along the documents' digests (main/file-hasher.ts), and a dropped File, hashed whole, is
    // not read at the same time as them.
    const fileHash = intact.then(() => source.sha256());
    fileHash.catch(() => undefined);
    // The payload's files by their path in the bag, decrypted when the bundle is encrypted.
    let payload = kept;
    if (info.encryption) {
      await intact;
      step('decryption');
      const sealed = payload.get(ENCRYPTED_PAYLOAD);
      if (!sealed || manifest.size !== 1)
        throw new BundleError(
          'bundle-bad-manifest',
          'Cet échange chiffré ne contient pas son contenu chiffré seul : il est refusé. Demandez à l’expéditeur de le renvoyer.',
        );
      payload = await openWithPassphrase(sealed, info, options.passphrase, options.limits ?? DEFAULT_LIMITS);
    }

    // A backup's payload is its tables (read by backup.ts); an exchange's, its dossiers. A fault
    // in them is said once the documents are found intact, as a changed file is said first.
    const dossiers: Promise<ReadDossier[]> =
      info.backupSchemaVersion === null
        ? readDossiers(payloadFiles(source, manifest, byName, inBag, payload, info.encryption !== null), {
            announced: info.dossiers,
            formatMinor: info.formatMinor,
            proveHistories: info.dossiers <= (options.historyProofLimit ?? Infinity),
            createdAt: info.createdAt,
            sender: info.sender.nom || info.sender.site,
            // Unsealed, every file is checked against the signed manifest; sealed, the
            // encryption's authentication covers the bytes but a document's hash is computed.
            digest: async (path, file) => (info.encryption ? sha256Hex(await file.read()) : manifest.get(path)!),
          })
        : Promise.resolve([]);
    dossiers.catch(() => undefined);
    // The dossiers' step is said once the files are found intact: a changed document, found
    // while the dossiers are being read, is the integrity step's refusal.
    await intact;
    step('dossiers');
    return {
      verified: true,
      name: root,
      info,
      sender: { fingerprint: senderPrint, publicKey: spki, known },
      dossiers: await dossiers,
      // An exchange's files are read into its dossiers: they are let go with them.
      files: info.backupSchemaVersion === null ? new Map() : payload,
      fileHash: await fileHash,
    };
  } catch (error) {
    if (error instanceof BundleError) error.sender = senderLabel(info.sender);
    throw error;
  }
}
