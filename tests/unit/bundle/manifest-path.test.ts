import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeManifestPath,
  encodeManifestPath,
  formatManifest,
  parseManifest,
} from '../../../shared/bundle/bag-format';

const HASH = 'ab'.repeat(32);

describe('manifest paths (RFC 8493 §2.1.3)', () => {
  it('percent-encode %, CR and LF, and nothing else', () => {
    expect(encodeManifestPath('data/documents/100%_sûr\r\n.pdf')).toBe('data/documents/100%25_sûr%0D%0A.pdf');
    expect(formatManifest([{ path: 'data/a%b.txt', hash: HASH }])).toBe(`${HASH}  data/a%25b.txt\n`);
  });

  it('read back any path the writer wrote', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '%', '\r', '\n', 'é', '2', '5', ' '), minLength: 1 }),
        (path) => {
          const manifest = parseManifest(formatManifest([{ path: `data/${path}`, hash: HASH }]));
          expect([...manifest!.keys()]).toEqual([`data/${path}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse a manifest whose path holds a % that is not one of the three escapes', () => {
    expect(decodeManifestPath('data/a%41.txt')).toBeNull();
    expect(decodeManifestPath('data/a%.txt')).toBeNull();
    expect(parseManifest(`${HASH}  data/a%2.txt\n`)).toBeNull();
    expect(decodeManifestPath('data/a%0a.txt')).toBe('data/a\n.txt');
  });
});
