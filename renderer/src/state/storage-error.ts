// Turns an IndexedDB failure into a French sentence saying what to do.
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return 'L’espace de stockage de l’ordinateur est plein. Libérez de la place sur le disque puis réessayez : rien de ce qui était déjà enregistré n’a été perdu.';
  }
  return 'La base de données locale n’a pas pu être modifiée. Réessayez ; si le problème continue, redémarrez l’application. Les données déjà enregistrées sont intactes.';
}
