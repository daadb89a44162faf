// A bundle made by the app checks with standard tools: unzip, sha256sum -c and openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasTool } from '../helpers/tools';
import { describe, expect, it } from 'vitest';
import { zipBag } from '../../../shared/bundle/write-bundle';
import { corpusDossier, signedFiles, testKey } from '../../bundle-corpus/make-corpus';

// Skipped only where unzip, sha256sum or openssl are missing (CI installs them).
describe.skipIf(!['unzip', 'sha256sum', 'openssl'].every(hasTool))('bundle interoperability', () => {
  it('passes unzip, sha256sum -c on both manifests, and openssl pkeyutl -verify -rawin', async () => {
    const key = testKey();
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-interop-'));
    writeFileSync(path.join(dir, 'echange.ctai'), await zipBag(await signedFiles(key, corpusDossier()), new Date()));
    execFileSync('unzip', ['-q', 'echange.ctai'], { cwd: dir });
    const [bag] = readdirSync(dir).filter((name) => name.startsWith('CTAI_'));
    const cwd = path.join(dir, bag!);
    const payload = execFileSync('sha256sum', ['-c', 'manifest-sha256.txt'], { cwd }).toString();
    expect(payload).toMatch(/\.json: OK/);
    expect(payload).toMatch(/\.automerge: OK/);
    expect(payload).toMatch(/\.pdf: OK/);
    const tags = execFileSync('sha256sum', ['-c', 'tagmanifest-sha256.txt'], { cwd }).toString();
    expect(tags.trim().split('\n')).toHaveLength(4);
    const verify = [
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      'sender-key.pem',
      '-rawin',
      '-in',
      'tagmanifest-sha256.txt',
      '-sigfile',
      'signature.ed25519',
    ];
    expect(execFileSync('openssl', verify, { cwd }).toString()).toContain('Signature Verified Successfully');
    // The same check fails once one character of the signed tag manifest changes.
    const signed = readFileSync(path.join(cwd, 'tagmanifest-sha256.txt'), 'utf8');
    writeFileSync(path.join(cwd, 'tagmanifest-sha256.txt'), (signed[0] === '0' ? '1' : '0') + signed.slice(1));
    expect(() => execFileSync('openssl', verify, { cwd, stdio: 'pipe' })).toThrow();
  });
});
