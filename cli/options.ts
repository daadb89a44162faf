// A small parser for `--name value` options, refusing what it does not know.
export class UsageError extends Error {}

type Spec = Record<string, 'string' | 'boolean'>;
type Parsed<S extends Spec> = { [K in keyof S]?: S[K] extends 'boolean' ? boolean : string } & { _: string[] };

export function parseOptions<S extends Spec>(args: string[], spec: S): Parsed<S> {
  const parsed: Record<string, unknown> = { _: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      (parsed._ as string[]).push(arg);
      continue;
    }
    const name = arg.slice(2);
    const kind = spec[name];
    if (!kind)
      throw new UsageError(
        `Option inconnue : ${arg}. ${
          Object.keys(spec).length
            ? `Options possibles ici : ${Object.keys(spec)
                .map((option) => `--${option}`)
                .join(', ')}.`
            : 'Cette commande n’a pas d’option.'
        } La liste complète : ctai --help.`,
      );
    if (kind === 'boolean') {
      parsed[name] = true;
      continue;
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`L’option ${arg} attend une valeur.`);
    parsed[name] = value;
  }
  return parsed as Parsed<S>;
}
