// Files the agent opens (an exchange, a scan, a key) are read whole into memory: none of them is
// ever near this size, and reading a larger one would exhaust the memory.
export const MAX_OPENED_FILE_SIZE = 2 * 1024 * 1024 * 1024;

export function tooLargeToOpen(name: string): string {
  return `« ${name} » dépasse 2 Go : ce n’est pas un fichier que Contrats CTAI peut ouvrir (échange, scan ou clé). Vérifiez le fichier choisi.`;
}
