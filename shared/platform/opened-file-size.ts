// Files the agent opens (an exchange, a scan, a key) are read whole into memory: none of them is
// ever near this size, and reading a larger one would exhaust the memory. Only regular files are
// read (main/regular-file.ts, for the app and the command line alike): the refusals' French is here.
export const MAX_OPENED_FILE_SIZE = 2 * 1024 * 1024 * 1024;

export function tooLargeToOpen(name: string): string {
  return `« ${name} » dépasse 2 Go : ce n’est pas un fichier que Contrats CTAI peut ouvrir (échange, scan ou clé). Vérifiez le fichier choisi.`;
}

/** What a file is read as: the app's opened files (an exchange, a scan, a key), or one of the command line's. */
export type ReadFileKind = 'opened' | 'bundle' | 'dossier' | 'key' | 'passphrase';

/** The file the agent should choose instead, by kind of file being read. */
const EXPECTED_FILE: Record<ReadFileKind, string> = {
  opened: 'le fichier de l’échange, du scan ou de la clé lui-même',
  bundle: 'le fichier de l’échange (.ctai) lui-même',
  dossier: 'le fichier du dossier (.json) lui-même',
  key: 'le fichier de la clé (.pem) lui-même',
  passphrase: 'le fichier qui contient la phrase de passe lui-même',
};

/**
 * A pipe, a device, a folder or a link to one of them: refused, whatever its name says. The
 * sentence names the kind of file being read (a dossier is not an exchange).
 */
export function notARegularFile(name: string, kind: ReadFileKind = 'opened'): string {
  return `« ${name} » n’est pas un fichier ordinaire (tube, périphérique, dossier ou lien vers l’un d’eux) : Contrats CTAI ne l’ouvre pas. Choisissez ${EXPECTED_FILE[kind]}.`;
}
