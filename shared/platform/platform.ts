// What the renderer may ask of the operating system. Two implementations: the Electron
// bridge (renderer/platform/electron-platform.ts) and the browser one used by the tests.
import type { Channel, ChannelRequest, ChannelResponse } from '../ipc/channels';

export type FileFilter = ChannelRequest<'file:save'>['filters'][number];
export type SaveFileRequest = ChannelRequest<'file:save'>;
export type SaveFileResult = ChannelResponse<'file:save'>;
export type OpenFileResult = ChannelResponse<'file:open'>;

export interface Platform {
  readonly kind: 'electron' | 'browser';
  appVersion(): Promise<string>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(filters: FileFilter[]): Promise<OpenFileResult>;
  printPdf(title: string, bytes: Uint8Array): Promise<{ printed: boolean }>;
  /** SPKI DER of the agent's Ed25519 public key, created on first use. */
  publicKey(): Promise<Uint8Array>;
  /** Signs with the agent's private key, which never leaves the platform's key store. */
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

/** The object the Electron preload exposes on `window.ctai`: one function per channel. */
export type ElectronBridge = {
  [C in Channel]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;
};
