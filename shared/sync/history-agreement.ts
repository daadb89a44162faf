// A dossier travels twice in a bundle: as its JSON view and as its Automerge history. They are
// two views of one thing, and a bundle whose two disagree is refused (design.md, « Two views, one
// truth »): otherwise what the agent previews (the JSON) is not what the merge applies (the history).
import { isWasmInitialized } from '@automerge/automerge/slim';
import type { Dossier } from '../dossier/dossier-schema';
import { docToJson, loadDossierDoc } from './dossier-doc';
import { validateDossier } from '../dossier/validation';

/** Two JSON values equal whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Whether `view` (a dossier as validated from its JSON) is what the history `bytes` gives, once
 * validated the same way; false when the history does not load (Automerge's checked load).
 * Automerge's WebAssembly must be initialised by the caller: otherwise this throws (a program's
 * mistake), rather than reading every history as a bad one and refusing a sound bundle.
 */
export function historyAgrees(view: Dossier, bytes: Uint8Array | null): boolean {
  if (!isWasmInitialized())
    throw new Error('Automerge n’est pas initialisé : la preuve des historiques est impossible.');
  if (!bytes) return false;
  try {
    const json = docToJson(loadDossierDoc(bytes));
    // The usual case, a sender writing both from one dossier: the history gives the view itself,
    // which was validated, and validating a validated dossier gives it back unchanged (tested in
    // dossier.validation.test.ts). Validating it again would cost a fifth of the proof.
    if (sameJson(json, view)) return true;
    const validated = validateDossier(json);
    return validated.ok && sameJson(validated.value, view);
  } catch {
    return false;
  }
}

/** The French sentence of a refused bundle whose dossier `nom` disagrees with its history. */
export function historyMismatchMessage(nom: string): string {
  return `La fiche du dossier ${nom} ne correspond pas à son historique : l’échange est refusé, rien n’a été enregistré. Demandez à l’expéditeur de le renvoyer depuis Contrats CTAI.`;
}
