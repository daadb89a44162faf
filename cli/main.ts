// The `ctai` command: parses the command line and hands each subcommand to its module.
import packageJson from '../package.json' with { type: 'json' };
import type { CliIo } from './io';

export const USAGE = `Contrats CTAI — outil en ligne de commande

Utilisation : ctai <commande> [options]

Commandes :
  --help, help       affiche cette aide
  --version          affiche la version
`;

export async function main(args: string[], io: CliIo): Promise<number> {
  const [command] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  io.stderr(`Commande inconnue : « ${command} ». Tapez « ctai --help » pour la liste des commandes.\n`);
  return 2;
}
