// The `ctai` command: parses the command line and hands each subcommand to its module.
import packageJson from '../package.json' with { type: 'json' };
import type { CliIo } from './io';
import { runCommand, type Command } from './run-command';
import {
  BUNDLE_USAGE,
  DEMO_USAGE,
  DOC_KINDS_HELP,
  DOC_USAGE,
  KEYGEN_USAGE,
  OPENDATA_USAGE,
  REPORT_USAGE,
} from './usage';

export const USAGE = `Contrats CTAI — outil en ligne de commande

Utilisation : ctai <commande> [options]

Commandes :
  ${DEMO_USAGE}
      écrit des dossiers de démonstration réalistes (un fichier JSON par dossier)
  ${DOC_USAGE}
      produit un document d’un dossier en DOCX ou en PDF :
${DOC_KINDS_HELP}
  ${KEYGEN_USAGE}
      crée une paire de clés Ed25519 (PEM)
  ${BUNDLE_USAGE.join('\n  ')}
      crée, vérifie (code 0 si valide, 1 sinon, raison sur la sortie d’erreur) ou décrit un échange signé
  ${REPORT_USAGE}
      chiffres du programme tirés des échanges d’un dossier (programme.json, .csv, .pdf) ;
      chaque échange est vérifié, les refusés sont nommés avec leur raison sur la sortie d’erreur
  ${OPENDATA_USAGE}
      données essentielles des conventions signées (décret n° 2017-779), au schéma SCDL Subventions 2.1 ;
      sans le nom ou le SIRET de la préfecture, refuse (code 1) en listant ce qui manque ;
      un dossier incomplet (SIRET de la collectivité, date de signature) est listé au lieu d’être exporté
  --help      affiche cette aide
  --version   affiche la version
`;

/** Each command is loaded when run: `ctai --help` and one command do not load the others' libraries. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo')).demoCommand,
  doc: async () => (await import('./commands/doc')).docCommand,
  keygen: async () => (await import('./commands/keygen')).keygenCommand,
  bundle: async () => (await import('./commands/bundle')).bundleCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  opendata: async () => (await import('./commands/opendata')).opendataCommand,
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
  return runCommand(load, rest, io);
}
