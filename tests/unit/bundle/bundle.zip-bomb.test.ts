// ZIP bombs made of many small entries (each under the 1 MiB floor of the per-entry ratio),
// signed by anyone: refused from the ZIP directory alone, before anything is inflated.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../shared/bundle/bundle-error';
import { verifyBundle, type VerifyStep } from '../../../shared/bundle/verify-bundle';
import { corpusDossier, signedFiles, testKey } from '../../bundle-corpus/make-corpus';

const MIB = 1024 * 1024;

/** A signed, consistent bag (hashes, Payload-Oxum) whose payload adds `pieces` entries of `piece` (1 MiB of zeros). */
async function bombOfPieces(
  pieces: number,
  bagInfo?: (text: string) => string,
  piece = new Uint8Array(MIB),
): Promise<Uint8Array> {
  const zeros = piece;
  const files = await signedFiles(testKey(), corpusDossier(), {
    payload: (payload) => {
      for (let i = 0; i < pieces; i++) payload.set(`data/documents/piece-${i}.bin`, zeros);
    },
    ...(bagInfo ? { bagInfo } : {}),
  });
  return zipSync(Object.fromEntries([...files].map(([name, bytes]) => [name, [bytes, { level: 9 }]])));
}

async function refusal(bytes: Uint8Array): Promise<{ code: string; message: string; steps: VerifyStep[] }> {
  const steps: VerifyStep[] = [];
  try {
    await verifyBundle(bytes, { onStep: (step) => steps.push(step) });
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    return { code: error.code, message: error.message, steps };
  }
  throw new Error('accepted');
}

describe('a ZIP bomb of 1 MiB pieces', () => {
  it('is refused on the ratio over the whole archive, before the signature and any inflating', async () => {
    const bytes = await bombOfPieces(150);
    expect(bytes.length).toBeLessThan(2 * MIB);
    const before = process.memoryUsage().arrayBuffers;
    const refused = await refusal(bytes);
    expect(refused).toMatchObject({ code: 'bundle-zip-bomb', steps: ['archive'] });
    expect(refused.message).toMatch(/^L’archive se décompresse en une taille démesurée/);
    // Nothing the size of the inflated payload (150 MiB) was ever held.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MIB);
  }, 60_000);

  it('is refused when its signed Payload-Oxum understates what the ZIP directory declares', async () => {
    // Pieces that do not compress: under the whole-archive ratio, so the Oxum bound is what refuses it.
    const noise = new Uint8Array(256 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const bytes = await bombOfPieces(3, (text) => text.replace(/Payload-Oxum: \d+\./, 'Payload-Oxum: 4096.'), noise);
    const refused = await refusal(bytes);
    expect(refused.code).toBe('bundle-payload-oxum');
    expect(refused.steps.at(-1)).toBe('integrity');
  }, 60_000);
});
