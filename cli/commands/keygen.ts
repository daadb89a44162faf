// `ctai keygen --out DIR`: an Ed25519 key pair, private key in PKCS#8 PEM, public key in SPKI PEM.
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprint } from '../../shared/bundle/bytes';
import type { CliIo } from '../io';
import { parseOptions, UsageError } from '../options';
import { KEYGEN_USAGE } from '../usage';

export const PRIVATE_KEY_FILE = 'cle-privee.pem';
export const PUBLIC_KEY_FILE = 'cle-publique.pem';

export async function keygenCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, { out: 'string' });
  if (!options.out) throw new UsageError(`Indiquez le dossier de sortie : ${KEYGEN_USAGE}`);
  const pair = generateKeyPairSync('ed25519');
  await mkdir(options.out, { recursive: true });
  await writeFile(path.join(options.out, PRIVATE_KEY_FILE), pair.privateKey.export({ format: 'pem', type: 'pkcs8' }), {
    mode: 0o600,
    flag: 'wx',
  });
  await writeFile(path.join(options.out, PUBLIC_KEY_FILE), pair.publicKey.export({ format: 'pem', type: 'spki' }), {
    flag: 'wx',
  });
  const spki = new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' }));
  io.stdout(`Clés écrites dans ${options.out}.\nEmpreinte de la clé publique : ${await fingerprint(spki)}\n`);
  return 0;
}
