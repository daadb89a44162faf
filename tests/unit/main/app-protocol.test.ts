import { mkdtemp, mkdir, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../../main/app-protocol';

describe('app:// protocol', () => {
  const root = '/opt/ctai/renderer';

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://ctai/index.html')).toBe('/opt/ctai/renderer/index.html');
    expect(resolveAppFile(root, 'app://ctai/')).toBe('/opt/ctai/renderer/index.html');
    expect(resolveAppFile(root, 'app://ctai/assets/a.js?x=1')).toBe('/opt/ctai/renderer/assets/a.js');
  });

  it('refuses paths outside the renderer folder', () => {
    // The URL parser already folds plain and %2e dot segments back under the root.
    expect(resolveAppFile(root, 'app://ctai/../../etc/passwd')).toBe('/opt/ctai/renderer/etc/passwd');
    expect(resolveAppFile(root, 'app://ctai/%2e%2e/%2e%2e/etc/passwd')).toBe('/opt/ctai/renderer/etc/passwd');
    expect(resolveAppFile(root, 'app://ctai/assets/..%2f..%2f..%2fsecret')).toBeNull();
    expect(resolveAppFile(root, 'app://ctai/a%5c..%5csecret')).toBeNull();
    expect(resolveAppFile(root, 'app://ctai/a%00.js')).toBeNull();
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
  });

  it('serves files with their type and the CSP, and 403 outside', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-protocol-'));
    await mkdir(path.join(dir, 'renderer'));
    await writeFile(path.join(dir, 'renderer/index.html'), '<p>ok</p>');
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    const handle = createAppProtocolHandler({
      root: path.join(dir, 'renderer'),
      readFile: async (file) => new Uint8Array(await readFile(file)),
    });
    const ok = await handle(new Request('app://ctai/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await ok.text()).toBe('<p>ok</p>');
    const outside = await handle(new Request('app://ctai/assets/..%2f..%2fsecret.txt'));
    expect(outside.status).toBe(403);
    expect((await handle(new Request('app://ctai/missing.js'))).status).toBe(404);
  });
});
