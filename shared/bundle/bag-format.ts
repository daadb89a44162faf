// The .ctai bundle: a ZIP holding one BagIt 1.0 bag (RFC 8493) whose tag manifest is signed with
// Ed25519, so that unzip, sha256sum -c and openssl pkeyutl can check it too.
import { toBase64 } from './bytes';
import type { EncryptionParams } from './payload-crypto';

/**
 * The bundle format this version writes, `CTAI-Format-Version: MAJOR[.MINOR]` in bag-info. A newer
 * minor only adds: fields inside a dossier (kept as they are by this version, see
 * unknown-fields.ts) or payload files (refused one by one, saying a newer version made them). A
 * newer major changes what a file means: the whole bundle is refused, naming the app version
 * that reads it (`CTAI-Reader-Version`, written by the sender).
 */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_FORMAT_MINOR = 0;
/** The first version of the app that reads each major format (written as `CTAI-Reader-Version`). */
export const APP_VERSION_FOR_FORMAT: Readonly<Record<number, string>> = { 1: '0.1' };

/** « 1 », « 1.2 »: a format version as bag-info writes it (the minor only when above 0). */
export function formatVersionText(major: number, minor: number): string {
  return minor > 0 ? `${major}.${minor}` : String(major);
}

/** A bag-info format version, « 1 » or « 1.2 », as its major and minor; null when unreadable. */
export function parseFormatVersion(text: string | undefined): { major: number; minor: number } | null {
  const match = /^([1-9]\d{0,5})(?:\.(\d{1,6}))?$/.exec(text?.trim() ?? '');
  return match ? { major: Number(match[1]), minor: Number(match[2] ?? 0) } : null;
}

export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'sender-key.pem'] as const;
export const SIGNED_FILE = 'tagmanifest-sha256.txt';
export const SIGNATURE_FILE = 'signature.ed25519';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/**
 * The one rule for a dossier id in a bundle, for the writer and the reader alike: it names files
 * (data/dossiers/<id>.json), so letters, digits, '-' and '_' only (the app's ids are UUIDs).
 */
export function isBundleDossierId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(id);
}

export const dossierJsonPath = (id: string) => `data/dossiers/${id}.json`;
export const dossierDocPath = (id: string) => `data/dossiers/${id}.automerge`;
/** An encrypted bundle's only payload file: the ZIP of the data/ files, sealed chunk by chunk. */
export const ENCRYPTED_PAYLOAD = 'data/payload.enc';

export interface BagInfo {
  bundleId: string;
  /** The format's major version (BUNDLE_FORMAT_VERSION when written here). */
  formatVersion: number;
  /** Its minor version: above BUNDLE_FORMAT_MINOR when a newer version of the app wrote it. */
  formatMinor: number;
  /** The first app version that reads the bundle's major format ('' when the sender did not say). */
  readerVersion: string;
  sequence: number;
  createdAt: string;
  sender: { nom: string; service: string; site: string };
  recipient: string;
  payloadOxum: string;
  dossiers: number;
  encryption: EncryptionParams | null;
  /** Set on a backup of the whole database, not an exchange: its schema version. */
  backupSchemaVersion: number | null;
}

function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

export function formatBagInfo(info: BagInfo): string {
  const lines: [string, string][] = [
    ['Source-Organization', info.sender.site],
    ['Contact-Name', info.sender.nom],
    ['Organization-Address', info.sender.service],
    ['Bagging-Date', info.createdAt.slice(0, 10)],
    ['Payload-Oxum', info.payloadOxum],
    ['External-Identifier', info.bundleId],
    ['CTAI-Format-Version', formatVersionText(info.formatVersion, info.formatMinor)],
    ['CTAI-Reader-Version', info.readerVersion],
    ['CTAI-Bundle-Id', info.bundleId],
    ['CTAI-Sequence', String(info.sequence)],
    ['CTAI-Created-At', info.createdAt],
    ['CTAI-Recipient', info.recipient],
    ['CTAI-Dossiers', String(info.dossiers)],
    ...(info.backupSchemaVersion
      ? ([['CTAI-Backup-Schema-Version', String(info.backupSchemaVersion)]] as [string, string][])
      : []),
    ...(info.encryption
      ? ([
          ['CTAI-Encryption', 'AES-256-GCM'],
          ['CTAI-Key-Derivation', 'PBKDF2-SHA256'],
          ['CTAI-KDF-Iterations', String(info.encryption.iterations)],
          ['CTAI-KDF-Salt', toBase64(info.encryption.salt)],
          ['CTAI-Chunk-Size', String(info.encryption.chunkSize)],
        ] as [string, string][])
      : []),
  ];
  return lines.map(([key, value]) => `${key}: ${oneLine(value)}`).join('\n') + '\n';
}

export function parseTagLines(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const match = /^([A-Za-z0-9-]+): (.*)$/.exec(line.replace(/\r$/, ''));
    if (!match) throw new Error(line);
    values.set(match[1]!, match[2]!);
  }
  return values;
}

/** `<hash>  <path>` lines, as sha256sum writes and reads them. */
/** The only characters a manifest line percent-encodes in a path (RFC 8493 §2.1.3), by their escape. */
const MANIFEST_ESCAPES: Readonly<Record<string, string>> = { '25': '%', '0D': '\r', '0A': '\n' };

/** A path as a manifest line writes it: '%', CR and LF percent-encoded, and only those. */
export function encodeManifestPath(path: string): string {
  return path.replace(/[%\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The path a manifest line names, or null when it holds a '%' that is not one of the three escapes. */
export function decodeManifestPath(encoded: string): string | null {
  let valid = true;
  const decoded = encoded.replace(/%([0-9A-Fa-f]{2})?/g, (_, code: string | undefined) => {
    const character = code === undefined ? undefined : MANIFEST_ESCAPES[code.toUpperCase()];
    if (character === undefined) valid = false;
    return character ?? '';
  });
  return valid ? decoded : null;
}

export function formatManifest(entries: { path: string; hash: string }[]): string {
  return entries.map((entry) => `${entry.hash}  ${encodeManifestPath(entry.path)}`).join('\n') + '\n';
}

export function parseManifest(text: string): Map<string, string> | null {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    const path = match ? decodeManifestPath(match[2]!) : null;
    if (!match || path === null || entries.has(path)) return null;
    entries.set(path, match[1]!);
  }
  return entries;
}

/** "CTAI_38_Prefecture-de-l-Isere_2026-03-01_3": département, site, date, sequence. */
export function bundleName(departement: string, site: string, date: string, sequence: number): string {
  const clean = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'site';
  return `CTAI_${clean(departement || '00')}_${clean(site)}_${date}_${sequence}`;
}
