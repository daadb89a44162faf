// The one contract between the renderer and the main process: every IPC channel with the
// runtime schema of its request and response. Preload and main are both generated from it.
import { z } from 'zod';
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
    response: z.object({ saved: z.boolean(), location: z.string().optional() }),
  },
  'file:open': {
    request: z.object({ filters: z.array(fileFilter).max(10) }),
    response: z.union([
      z.object({ opened: z.literal(false) }),
      z.object({ opened: z.literal(true), name: z.string(), bytes: bytes }),
    ]),
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
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type ChannelMap = typeof channels;
export type ChannelRequest<C extends Channel> = z.input<ChannelMap[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<ChannelMap[C]['response']>;
