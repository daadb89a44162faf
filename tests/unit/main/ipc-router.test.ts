import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/app-origin';
import { createIpcRouter, IpcError, type IpcHandlers } from '../../../main/ipc-router';

function fakeHandlers(): IpcHandlers {
  return {
    'app:version': vi.fn(async () => '1.2.3'),
    'file:save': vi.fn(async () => ({ saved: true })),
    'file:open': vi.fn(async () => ({ opened: false as const })),
    'print:pdf': vi.fn(async () => ({ printed: true })),
    'key:public': vi.fn(async () => new Uint8Array(44)),
    'key:sign': vi.fn(async () => new Uint8Array(64)),
    'key:state': vi.fn(async () => 'ready' as const),
    'key:renew': vi.fn(async () => false),
    'key:protection': vi.fn(async () => 'systeme' as const),
    'key:unlock': vi.fn(async () => true),
    'key:sealed': vi.fn(async () => null),
    'key:restore-sealed': vi.fn(async () => false),
    'file:opened': vi.fn(async () => ({ opened: false as const })),
    'bundle:open': vi.fn(async () => ({ opened: false as const })),
    'bundle:read': vi.fn(async () => new Uint8Array()),
    'bundle:digest': vi.fn(async () => ({ sha256: '0'.repeat(64), length: 0 })),
    'bundle:sha256': vi.fn(async () => '0'.repeat(64)),
    'bundle:close': vi.fn(async () => true),
    'bundle:save-begin': vi.fn(async () => ({ started: false as const })),
    'bundle:save-write': vi.fn(async () => true),
    'bundle:save-end': vi.fn(async () => ({ saved: false as const, error: 'non' })),
    'bundle:save-abort': vi.fn(async () => true),
    'file:show-in-folder': vi.fn(async () => ({ shown: false })),
    'backup:list': vi.fn(async () => []),
    'backup:write': vi.fn(async () => ({ written: true })),
    'backup:read': vi.fn(async () => new Uint8Array()),
    'backup:passphrase': vi.fn(async () => null),
    'backup:set-passphrase': vi.fn(async () => true),
    'link:open': vi.fn(async () => ({ opened: false })),
  };
}

const trusted = (url: string | undefined) => url === APP_ENTRY_URL;

describe('IPC router', () => {
  it('passes a well-formed message from the app to its handler', async () => {
    const handlers = fakeHandlers();
    const route = createIpcRouter(handlers, { isTrustedSender: trusted });
    const request = { suggestedName: 'contrat.pdf', bytes: new Uint8Array([1, 2]), filters: [] };
    await expect(route('file:save', APP_ENTRY_URL, request)).resolves.toEqual({ saved: true });
    expect(handlers['file:save']).toHaveBeenCalledWith(request);
  });

  it('refuses a malformed request before any handler runs', async () => {
    const handlers = fakeHandlers();
    const route = createIpcRouter(handlers, { isTrustedSender: trusted });
    const malformed = [
      { suggestedName: 42, bytes: new Uint8Array(), filters: [] },
      { suggestedName: '../../etc/passwd', bytes: new Uint8Array(), filters: [] },
      { suggestedName: 'a.pdf', bytes: 'not bytes', filters: [] },
      null,
    ];
    for (const payload of malformed) {
      await expect(route('file:save', APP_ENTRY_URL, payload)).rejects.toMatchObject({ code: 'ipc-invalid-request' });
    }
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('refuses backup names that could leave the backups folder, and short backup passphrases', async () => {
    const handlers = fakeHandlers();
    const route = createIpcRouter(handlers, { isTrustedSender: trusted });
    for (const name of ['../signing-key.bin', 'CTAI_sauvegarde_x.ctai', '/etc/passwd'])
      await expect(route('backup:read', APP_ENTRY_URL, { name })).rejects.toMatchObject({
        code: 'ipc-invalid-request',
      });
    await expect(route('backup:set-passphrase', APP_ENTRY_URL, { passphrase: 'court' })).rejects.toMatchObject({
      code: 'ipc-invalid-request',
    });
    expect(handlers['backup:read']).not.toHaveBeenCalled();
    const name = 'CTAI_sauvegarde_2026-11-23T14-30-00-000Z_quotidienne.ctai';
    await route('backup:read', APP_ENTRY_URL, { name });
    expect(handlers['backup:read']).toHaveBeenCalledWith({ name });
  });

  it('refuses an unknown channel', async () => {
    const route = createIpcRouter(fakeHandlers(), { isTrustedSender: trusted });
    await expect(route('shell:exec', APP_ENTRY_URL, {})).rejects.toBeInstanceOf(IpcError);
    await expect(route('__proto__', APP_ENTRY_URL, {})).rejects.toMatchObject({ code: 'ipc-unknown-channel' });
  });

  it('refuses a message whose sender is not the app', async () => {
    const handlers = fakeHandlers();
    const route = createIpcRouter(handlers, { isTrustedSender: trusted });
    await expect(route('app:version', 'https://example.org/', undefined)).rejects.toMatchObject({
      code: 'ipc-untrusted-sender',
    });
    await expect(route('app:version', undefined, undefined)).rejects.toMatchObject({ code: 'ipc-untrusted-sender' });
    expect(handlers['app:version']).not.toHaveBeenCalled();
  });
});
