// The words a person reads for a change and a conflict: the history's lines, the field conflicts'
// values and the deletion conflicts' sentences. Labels, codes and list items are said as the
// dossier schema's metadata says them (field-labels.ts, field-values.ts), never by a key.
import { fieldLabel } from '../dossier/field-labels';
import { parsePath } from '../dossier/field-path';
import { itemDescription, readableValue } from '../dossier/field-values';
import { dateHeure } from '../format/dates';
import { authorLabel, type FieldChange } from './dossier-doc';
import type { ConflictChoice, FieldConflict } from './merge-dossier';
import type { DeletionConflict } from './tombstones';

/** One line of the history: the field, its value before and after, in words. */
export interface HistoryLine {
  champ: string;
  avant: string;
  apres: string;
}

/** The position where two lists of the same items first differ (the item added or removed). */
function firstDifference(longer: readonly unknown[], shorter: readonly unknown[]): number {
  const index = shorter.findIndex((item, i) => JSON.stringify(item) !== JSON.stringify(longer[i]));
  return index === -1 ? shorter.length : index;
}

/**
 * « Étape : Proposition et demande de financement → Validation et signature »; an item added to
 * or removed from a list is named (« Ajout : Événement « Étape atteinte, 3 mars 2026 » »), not
 * counted (« 4 éléments → 5 éléments »).
 */
export function historyLine(change: FieldChange): HistoryLine {
  const path = parsePath(change.path);
  const champ = change.label ?? fieldLabel(path);
  const { before, after } = change;
  if (Array.isArray(before) && Array.isArray(after) && Math.abs(before.length - after.length) === 1) {
    if (after.length > before.length) {
      const index = firstDifference(after, before);
      return { champ, avant: '', apres: `Ajout : ${itemDescription(path, after[index], index)}` };
    }
    const index = firstDifference(before, after);
    return { champ, avant: itemDescription(path, before[index], index), apres: 'Supprimé' };
  }
  return { champ, avant: readableValue(change.path, before), apres: readableValue(change.path, after) };
}

/** « saisi par Nadia Benali (Sous-préfecture de Vienne), le 3 mars 2026 à 10 h 05 ». */
export function writtenBy({ author, time }: ConflictChoice): string {
  return `saisi par ${authorLabel(author)}${time ? `, le ${dateHeure(time)}` : ''}`;
}

/** A field two sites changed: its label and, for each value, what the button to keep it says. */
export function fieldConflictWords(conflict: FieldConflict): { champ: string; choix: string[] } {
  return {
    champ: fieldLabel(parsePath(conflict.path)),
    choix: conflict.choices.map((choice) => `Garder « ${readableValue(conflict.path, choice.value)} »`),
  };
}

/** « Action « Cours de français » : suppression par …, le … ; modification par …, le … ». */
export function deletionConflictSentence(conflict: DeletionConflict): string {
  return (
    `${conflict.libelle} : suppression par ${conflict.deletedBy}, le ${dateHeure(new Date(conflict.deletedAt))} ; ` +
    `modification par ${authorLabel(conflict.editedBy)}, le ${dateHeure(conflict.editedAt)}.`
  );
}
