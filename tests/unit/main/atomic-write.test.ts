import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFolder, writeFileAtomic } from '../../../main/atomic-write';

describe('atomic write', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-write-'));
    const target = path.join(dir, 'CTAI_38_Grenoble.ctai');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new content'));
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['CTAI_38_Grenoble.ctai']);
  });

  it('leaves nothing behind and the target untouched when the final step fails', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-write-'));
    const target = path.join(dir, 'contrat.pdf');
    // A folder in the way makes the rename fail, as a read-only or removed stick would.
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['contrat.pdf']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });
});

describe('atomic write durability', () => {
  it('syncs the folder once the new file has its name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-write-'));
    const target = path.join(dir, 'cle.bin');
    const synced: string[] = [];
    await writeFileAtomic(target, new Uint8Array([9]), 0o600, async (folder) => {
      // At this point the rename is done: the folder entry to flush is the final one.
      expect(await readFile(target)).toEqual(Buffer.from([9]));
      synced.push(folder);
    });
    expect(synced).toEqual([dir]);
    await expect(syncFolder(dir)).resolves.toBeUndefined();
  });
});
