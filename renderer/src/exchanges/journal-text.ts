// The result of a journal line in French, from the outcome code it stores.
import { REFUSAL_TEXT } from '../../../shared/bundle/refusal-text';
import type { JournalRow } from '../../db/records';

export function journalResultText(row: Pick<JournalRow, 'outcome' | 'result'>): string {
  const { outcome } = row;
  if (!outcome) return row.result ?? '—';
  switch (outcome.code) {
    case 'exported':
      return 'exporté';
    case 'imported':
      return 'importé';
    case 'already-imported':
      return 'déjà importé : rien n’a changé';
    case 'outdated':
      // Written before late bundles were merged (they were refused then).
      return `plus ancien que le dernier reçu (n° ${outcome.highest}) : rien n’a changé`;
    case 'refused':
      return `refusé : ${REFUSAL_TEXT[outcome.reason]}`;
    case 'history-mismatch':
      return `dossier « ${outcome.dossier} » retiré : sa vue ne correspond pas à son historique ; demandez à l’expéditeur de le renvoyer`;
  }
}
