// The one contract between the renderer and the main process: every IPC channel with the
// runtime schema of its request and response. Preload and main are both generated from it.
import { z } from 'zod';
import { isBackupName } from '../backup/backup-name';
import type { Channel } from './channel-names';

export { CHANNEL_NAMES, isChannel, type Channel } from './channel-names';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10),
});

// z.instanceof would narrow to Uint8Array<ArrayBuffer>; IPC hands over any Uint8Array.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Octets attendus.');

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), 'Le nom de fichier ne doit contenir ni « / » ni « \\ ».');

const openedFile = z.union([
  z.object({ opened: z.literal(false), error: z.string().optional() }),
  z.object({ opened: z.literal(true), name: z.string(), bytes: bytes }),
]);

// An exchange opened in main, read by the renderer by ranges through its handle (open-bundles.ts).
const openedBundle = z.union([
  z.object({ opened: z.literal(false), error: z.string().optional() }),
  z.object({ opened: z.literal(true), name: z.string(), handle: z.uuid(), size: z.number().int().min(0) }),
]);

const backupName = z.string().refine(isBackupName, 'Nom de sauvegarde invalide.');

const backupInfo = z.object({
  name: z.string(),
  size: z.number(),
  createdAt: z.string(),
  reason: z.string(),
});

export const channels = {
  'app:version': {
    request: z.undefined(),
    response: z.string(),
  },
  'file:save': {
    request: z.object({
      suggestedName: fileName,
      bytes: bytes,
      filters: z.array(fileFilter).max(10),
    }),
    response: z.object({ saved: z.boolean(), location: z.string().optional(), error: z.string().optional() }),
  },
  'file:open': {
    request: z.object({ filters: z.array(fileFilter).max(10) }),
    response: openedFile,
  },
  /** The next bundle the operating system handed to the app (double-click, second instance). */
  'file:opened': {
    request: z.undefined(),
    response: openedBundle,
  },
  /** An exchange chosen in the file dialog, kept open in main to be read by ranges. */
  'bundle:open': {
    request: z.object({ filters: z.array(fileFilter).max(10) }),
    response: openedBundle,
  },
  'bundle:read': {
    request: z.object({
      handle: z.uuid(),
      offset: z.number().int().min(0),
      length: z.number().int().min(0),
    }),
    response: bytes,
  },
  /** The SHA-256 of a range, computed in main: a document only hashed never crosses the IPC. */
  'bundle:digest': {
    request: z.object({
      handle: z.uuid(),
      offset: z.number().int().min(0),
      length: z.number().int().min(0),
    }),
    response: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), length: z.number().int().min(0) }),
  },
  'bundle:sha256': {
    request: z.object({ handle: z.uuid() }),
    response: z.string().regex(/^[0-9a-f]{64}$/),
  },
  'bundle:close': {
    request: z.object({ handle: z.uuid() }),
    response: z.boolean(),
  },
  /** An export saved in pieces: the dialog, then each piece written by main (file-sink.ts). */
  'bundle:save-begin': {
    request: z.object({ suggestedName: fileName, filters: z.array(fileFilter).max(10) }),
    response: z.union([
      z.object({ started: z.literal(false), error: z.string().optional() }),
      z.object({ started: z.literal(true), handle: z.uuid() }),
    ]),
  },
  'bundle:save-write': {
    request: z.object({ handle: z.uuid(), bytes: bytes }),
    response: z.boolean(),
  },
  'bundle:save-end': {
    request: z.object({ handle: z.uuid() }),
    response: z.union([
      z.object({ saved: z.literal(false), error: z.string() }),
      z.object({ saved: z.literal(true), location: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    ]),
  },
  'bundle:save-abort': {
    request: z.object({ handle: z.uuid() }),
    response: z.boolean(),
  },
  'file:show-in-folder': {
    request: z.object({ location: z.string().min(1).max(4096) }),
    response: z.object({ shown: z.boolean() }),
  },
  'print:pdf': {
    request: z.object({ title: z.string().max(200), bytes: bytes }),
    response: z.object({ printed: z.boolean() }),
  },
  'key:public': {
    request: z.undefined(),
    response: bytes,
  },
  'key:sign': {
    request: z.object({ bytes: bytes }),
    response: bytes,
  },
  'key:state': {
    request: z.undefined(),
    response: z.enum(['ready', 'absent', 'unreadable', 'locked']),
  },
  /** What protects the key at rest: the OS store, or (no keyring) the agent's passphrase. */
  'key:protection': {
    request: z.undefined(),
    response: z.enum(['systeme', 'phrase-de-passe']),
  },
  /** The passphrase protecting the key, for this session; false when it does not open the key. */
  'key:unlock': {
    request: z.object({ passphrase: z.string().min(12).max(500) }),
    response: z.boolean(),
  },
  /** A new signing key when the stored one cannot be opened (it is kept aside); false otherwise. */
  'key:renew': {
    request: z.undefined(),
    response: z.boolean(),
  },
  /** The signing-key file as the OS store sealed it (for backups); null before the key exists. */
  'key:sealed': {
    request: z.undefined(),
    response: bytes.nullable(),
  },
  /** Puts back a sealed key file from a backup; false when this machine's OS store cannot open it. */
  'key:restore-sealed': {
    request: z.object({ bytes: bytes }),
    response: z.boolean(),
  },
  'backup:list': {
    request: z.undefined(),
    response: z.array(backupInfo),
  },
  'backup:write': {
    request: z.object({ name: backupName, bytes: bytes, keep: z.number().int().min(1).max(365) }),
    response: z.object({ written: z.boolean(), error: z.string().optional() }),
  },
  'backup:read': {
    request: z.object({ name: backupName }),
    response: bytes,
  },
  'backup:passphrase': {
    request: z.undefined(),
    response: z.string().nullable(),
  },
  'backup:set-passphrase': {
    request: z.object({ passphrase: z.string().min(12).max(500).nullable() }),
    response: z.boolean(),
  },
  'link:open': {
    request: z.object({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type ChannelMap = typeof channels;
export type ChannelRequest<C extends Channel> = z.input<ChannelMap[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<ChannelMap[C]['response']>;
