// The `ctai` command: parses the command line and hands each subcommand to its module.
import packageJson from '../package.json' with { type: 'json' };
import { CliError, describeUnexpected } from './cli-errors';
import type { CliIo } from './io';
import { UsageError } from './options';
import { BUNDLE_USAGE, DEMO_USAGE, DOC_USAGE, KEYGEN_USAGE } from './usage';

export const USAGE = `Contrats CTAI — outil en ligne de commande

Utilisation : ctai <commande> [options]

Commandes :
  ${DEMO_USAGE}
      écrit des dossiers de démonstration réalistes (un fichier JSON par dossier)
  ${DOC_USAGE}
      produit la lettre d’intention, le contrat ou l’avenant d’un dossier en DOCX ou en PDF
  ${KEYGEN_USAGE}
      crée une paire de clés Ed25519 (PEM)
  ${BUNDLE_USAGE.join('\n  ')}
      crée, vérifie (code 0 si valide, 1 sinon, raison sur la sortie d’erreur) ou décrit un échange signé
  --help      affiche cette aide
  --version   affiche la version
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command is loaded when run: `ctai --help` and one command do not load the others' libraries. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo')).demoCommand,
  doc: async () => (await import('./commands/doc')).docCommand,
  keygen: async () => (await import('./commands/keygen')).keygenCommand,
  bundle: async () => (await import('./commands/bundle')).bundleCommand,
};

export async function main(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`Commande inconnue : « ${command} ». Tapez « ctai --help » pour la liste des commandes.\n`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    // Never a stack trace: the message, in French when it is a known file-system error.
    io.stderr(`${describeUnexpected(error)}\n`);
    return 1;
  }
}
