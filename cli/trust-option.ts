// `--trust A.pem B.pem` as well as `--trust A.pem --trust B.pem` (what a shell glob gives): the
// keys given, taken out of the arguments so that the other options are parsed as usual.
import { UsageError } from './options';

export function takeTrustOption(args: readonly string[]): { trust: string[]; rest: string[] } {
  const trust: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--trust') {
      rest.push(args[i]!);
      continue;
    }
    const file = args[++i];
    if (!file || file.startsWith('--')) throw new UsageError('--trust attend le chemin d’une clé publique (.pem).');
    trust.push(file);
    while (args[i + 1]?.toLowerCase().endsWith('.pem')) trust.push(args[++i]!);
  }
  return { trust, rest };
}
