import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../../shared/bundle/bytes';

describe('fingerprints', () => {
  it('are the SHA-256 of the key, in sixteen groups of four to read aloud', async () => {
    const print = await fingerprint(new TextEncoder().encode('clé'));
    expect(print).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
  });

  it('are compared whatever the spacing and case of what the agent types', async () => {
    const print = await fingerprint(new TextEncoder().encode('clé'));
    expect(compareFingerprints(print, '')).toBe('not-typed');
    expect(compareFingerprints(print, print.slice(0, 9).toLowerCase())).toBe('incomplete');
    expect(compareFingerprints(print, print.replace(/ /g, '').toLowerCase())).toBe('same');
    const wrong = (print[0] === 'A' ? 'B' : 'A') + print.slice(1);
    expect(compareFingerprints(print, wrong.slice(0, 4))).toBe('different');
    expect(compareFingerprints(print, wrong)).toBe('different');
    expect(compareFingerprints(print, `${print} 00`)).toBe('different');
  });
});
