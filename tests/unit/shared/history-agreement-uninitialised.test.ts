// Proving a history without Automerge's WebAssembly is a program's mistake, not a bad bundle: it
// must fail loudly instead of reading every history as one that disagrees with its JSON (two
// e2e tests once saw sound bundles refused that way). This file loads only the slim entry, which
// leaves the WebAssembly uninitialised.
import { describe, expect, it } from 'vitest';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import { historyAgrees } from '../../../shared/sync/history-agreement';

describe('historyAgrees without Automerge initialised', () => {
  it('throws instead of answering that the history disagrees', () => {
    const view = emptyDossier({ nom: 'Aurillac', type: 'commune' }, 'id-1', new Date('2026-03-01T09:00:00Z'));
    expect(() => historyAgrees(view, new Uint8Array([1, 2, 3]))).toThrow('Automerge n’est pas initialisé');
  });
});
