// Files the agent opens (an exchange, a scan, a key) are read whole into memory: none of them is
// ever near this size, and reading a larger one would exhaust the memory. Only regular files are
// read (main/regular-file.ts, for the app and the command line alike): the refusals' French is here.
export const MAX_OPENED_FILE_SIZE = 2 * 1024 * 1024 * 1024;

export function tooLargeToOpen(name: string): string {
  return `« ${name} » dépasse 2 Go : ce n’est pas un fichier que Contrats CTAI peut ouvrir (échange, scan ou clé). Vérifiez le fichier choisi.`;
}

/** A pipe, a device, a folder or a link to one of them: refused, whatever its name says. */
export function notARegularFile(name: string): string {
  return `« ${name} » n’est pas un fichier ordinaire (tube, périphérique, dossier ou lien vers l’un d’eux) : Contrats CTAI ne l’ouvre pas. Choisissez le fichier de l’échange, du scan ou de la clé lui-même.`;
}
