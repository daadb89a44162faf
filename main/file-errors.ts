// What a failed write or read means for the agent, in French, from the system's error code:
// a full disk, a read-only or pulled-out stick, a refused folder. Nothing half-written remains
// (writes are atomic), so every message can say the data is safe.
const MESSAGES: Record<string, string> = {
  ENOSPC:
    'Le disque ou la clé USB est plein. Libérez de la place ou choisissez un autre emplacement, puis recommencez.',
  EDQUOT: 'Votre quota d’espace disque est atteint. Libérez de la place ou choisissez un autre emplacement.',
  EROFS:
    'Cet emplacement est en lecture seule (clé USB verrouillée ?). Déverrouillez-la ou choisissez un autre emplacement.',
  EACCES: 'Vous n’avez pas le droit d’écrire à cet emplacement. Choisissez un autre dossier.',
  EPERM: 'Vous n’avez pas le droit d’écrire à cet emplacement. Choisissez un autre dossier.',
  ENOENT: 'Ce dossier n’existe plus (clé USB retirée ?). Rebranchez-la ou choisissez un autre emplacement.',
  EIO: 'Le disque ou la clé USB ne répond plus (retirée pendant l’écriture ?). Rebranchez-la et recommencez.',
  ENAMETOOLONG: 'Le nom ou le chemin du fichier est trop long. Choisissez un nom plus court.',
  EISDIR: 'Un dossier porte déjà ce nom. Choisissez un autre nom de fichier.',
};

export function fileErrorMessage(error: unknown, action: 'écrit' | 'lu'): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    (typeof code === 'string' && MESSAGES[code]) || 'Une erreur du système de fichiers l’en a empêché. Recommencez.';
  return `Le fichier n’a pas été ${action}. ${reason} Vos données dans l’application sont intactes.`;
}
