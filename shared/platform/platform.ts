// What the renderer may ask of the operating system. Two implementations: the Electron
// bridge (renderer/platform/electron-platform.ts) and the browser one used by the tests.
import type { ByteSource } from '../bundle/byte-source';
import type { Channel, ChannelRequest, ChannelResponse } from '../ipc/channels';

export type FileFilter = ChannelRequest<'file:save'>['filters'][number];
export type SaveFileRequest = ChannelRequest<'file:save'>;
export type SaveFileResult = ChannelResponse<'file:save'>;
export type OpenFileResult = ChannelResponse<'file:open'>;
export type BackupInfo = ChannelResponse<'backup:list'>[number];
/** An export to save: where the agent puts it, and the SHA-256 of what was written. */
export type SaveBundleResult = { saved: true; location?: string; sha256: string } | { saved: false; error?: string };

/** A bundle the agent opened, to be read by ranges (see ByteSource), or why none was. */
export type OpenBundleResult = { opened: true; name: string; source: ByteSource } | { opened: false; error?: string };

/** Backups of the whole database, kept by the platform (Electron: the user's data folder). */
export interface BackupShelf {
  list(): Promise<BackupInfo[]>;
  write(name: string, bytes: Uint8Array, keep: number): Promise<ChannelResponse<'backup:write'>>;
  read(name: string): Promise<Uint8Array>;
  /** The signing-key file as the OS store sealed it, to put in backups; null where there is none. */
  sealedKey(): Promise<Uint8Array | null>;
  /** Puts back a sealed key from a backup; false when this machine cannot open it. */
  restoreKey(sealed: Uint8Array): Promise<boolean>;
  /** The passphrase that encrypts backups, kept by the platform (Electron: encrypted by the OS). */
  passphrase(): Promise<string | null>;
  setPassphrase(passphrase: string | null): Promise<void>;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  appVersion(): Promise<string>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Saves an exchange waiting in a Blob (see export-bundle.ts) where the agent chooses. Electron
   * writes it in pieces (main hashes them as they come); the browser downloads the Blob.
   */
  saveBundle(request: { suggestedName: string; filters: FileFilter[]; file: Blob }): Promise<SaveBundleResult>;
  openFile(filters: FileFilter[]): Promise<OpenFileResult>;
  /**
   * An exchange to import, chosen in the file dialog, read by ranges: the browser reads the File
   * by slices; in Electron, main holds the file open until the source is closed.
   */
  openBundle(filters: FileFilter[]): Promise<OpenBundleResult>;
  printPdf(title: string, bytes: Uint8Array): Promise<{ printed: boolean }>;
  /** SPKI DER of the agent's Ed25519 public key, created on first use. */
  publicKey(): Promise<Uint8Array>;
  /** Whether the signing key opens ('unreadable': the OS store no longer recognises it). */
  keyState(): Promise<ChannelResponse<'key:state'>>;
  /** A new signing key when the stored one cannot be opened (kept aside); false otherwise. */
  renewUnreadableKey(): Promise<boolean>;
  /** What protects the key at rest: the OS store, or the agent's passphrase (no keyring). */
  keyProtection(): Promise<ChannelResponse<'key:protection'>>;
  /** Gives the passphrase protecting the key for this session; false when it does not open it. */
  unlockKey(passphrase: string): Promise<boolean>;
  /** Signs with the agent's private key, which never leaves the platform's key store. */
  sign(bytes: Uint8Array): Promise<Uint8Array>;
  /** The next bundle the operating system handed to the app (double-click on a .ctai file). */
  takeOpenedFile(): Promise<OpenBundleResult>;
  /** Shows a file this session saved in the system's file manager; null where there is none. */
  showInFolder: ((location: string) => Promise<boolean>) | null;
  /** Opens an http(s) link in the system browser after the agent has confirmed. */
  openLink(url: string): Promise<boolean>;
  backups: BackupShelf;
}

/** The object the Electron preload exposes on `window.ctai`: one function per channel. */
export type ElectronBridge = {
  [C in Channel]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;
};
