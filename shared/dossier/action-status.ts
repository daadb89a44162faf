// The French name of each status of an action (forms, CSV): one list for every place that says it.
import type { ACTION_STATUSES } from './dossier-schema';

export const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  proposee: 'Proposée',
  retenue: 'Retenue',
  ecartee: 'Écartée',
  'en-cours': 'En cours',
  terminee: 'Terminée',
};
