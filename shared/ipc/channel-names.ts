// The IPC channel names alone, so that the sandboxed preload needs no schema library.
export const CHANNEL_NAMES = [
  'app:version',
  'file:save',
  'file:open',
  'file:opened',
  'bundle:open',
  'bundle:read',
  'bundle:digest',
  'bundle:sha256',
  'bundle:close',
  'bundle:save-begin',
  'bundle:save-write',
  'bundle:save-end',
  'bundle:save-abort',
  'file:show-in-folder',
  'print:pdf',
  'key:public',
  'key:sign',
  'key:state',
  'key:renew',
  'key:sealed',
  'key:restore-sealed',
  'key:protection',
  'key:unlock',
  'backup:list',
  'backup:write',
  'backup:read',
  'backup:passphrase',
  'backup:set-passphrase',
  'link:open',
] as const;

export type Channel = (typeof CHANNEL_NAMES)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}
