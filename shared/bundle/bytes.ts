// Small helpers on bytes: hex, SHA-256 (WebCrypto), PEM for public keys, key fingerprints.
export const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

/** The chunks one after the other, in one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

export function toBase64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out +=
      alphabet[(n >> 18) & 63]! +
      alphabet[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? alphabet[(n >> 6) & 63]! : '=') +
      (i + 2 < bytes.length ? alphabet[n & 63]! : '=');
  }
  return out;
}

export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const chars = clean.slice(i, i + 4);
    const n = [...chars].reduce((acc, ch) => (acc << 6) | (ch === '=' ? 0 : alphabet.indexOf(ch)), 0);
    out.push((n >> 16) & 255);
    if (chars[2] !== '=') out.push((n >> 8) & 255);
    if (chars[3] !== '=') out.push(n & 255);
  }
  return new Uint8Array(out);
}

export function spkiToPem(spki: Uint8Array): string {
  const body = toBase64(spki)
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----\n`;
}

export function pemToSpki(pem: string): Uint8Array | null {
  const match = /^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PUBLIC KEY-----\r?\n?$/.exec(pem);
  return match ? fromBase64(match[1]!) : null;
}

/** The SHA-256 of the key's SPKI, grouped by four for reading aloud on the phone. */
export async function fingerprint(spki: Uint8Array): Promise<string> {
  const hex = (await sha256Hex(spki)).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

function normalizeFingerprint(text: string): string {
  return text.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

export type FingerprintVerdict = 'not-typed' | 'incomplete' | 'same' | 'different';

/** A fingerprint as typed (any spaces or case) against the real one: how far they agree. */
export function compareFingerprints(received: string, typed: string): FingerprintVerdict {
  const clean = normalizeFingerprint(typed);
  if (!clean) return 'not-typed';
  const expected = normalizeFingerprint(received);
  if (clean.length < expected.length) return expected.startsWith(clean) ? 'incomplete' : 'different';
  return clean === expected ? 'same' : 'different';
}
