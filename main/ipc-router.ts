// Every IPC message passes here: its channel, its sender and its request are checked against
// the contract in shared/ipc/channels.ts before any handler sees it.
import { channels, isChannel, type Channel, type ChannelRequest, type ChannelResponse } from '../shared/ipc/channels';

export type IpcHandlers = {
  [C in Channel]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;
};

export type IpcErrorCode = 'ipc-unknown-channel' | 'ipc-untrusted-sender' | 'ipc-invalid-request';

export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

export interface IpcRouterOptions {
  isTrustedSender: (senderUrl: string | undefined) => boolean;
}

export function createIpcRouter(handlers: IpcHandlers, options: IpcRouterOptions) {
  return async function route(channel: unknown, senderUrl: string | undefined, payload: unknown): Promise<unknown> {
    if (!isChannel(channel)) {
      throw new IpcError('ipc-unknown-channel', `Canal inconnu : ${String(channel).slice(0, 60)}`);
    }
    if (!options.isTrustedSender(senderUrl)) {
      throw new IpcError('ipc-untrusted-sender', 'Message refusé : il ne vient pas de l’application.');
    }
    const parsed = channels[channel].request.safeParse(payload);
    if (!parsed.success) {
      throw new IpcError('ipc-invalid-request', `Message mal formé sur le canal ${channel}.`);
    }
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return handler(parsed.data);
  };
}
