// Version 4 → 5: dossiers get a number (« CTAI-15-2026-K7Q2-003 », see
// shared/dossier/dossier-number.ts). Frozen: the number's shape, the site mark's alphabet and the
// settings keys are written here as they were when this version was released.
//
// Only dossiers created at this site are numbered here: a dossier that came in an exchange (its id
// in an import line of the journal) is numbered by the site that created it, and its number
// arrives with its next exchange; numbering it here too would give it two numbers in conflict.
// A dossier without Automerge history (demo, migrated, never edited) gets its number in its
// view, from which its history is made at its first edit. One with a history cannot be changed
// here (Automerge loads after the database opens): its number is reserved now and written into
// the history at start-up (dossier-numbering.ts, `numberReservedDossiers`), as a change by the agent.
import type { Transaction } from 'dexie';

const NUMBERING_KEY = 'dossier-numbering';
export const RESERVED_NUMBERS_KEY = 'dossier-numbers-reserved';
const SITE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

interface View {
  id: string;
  numero?: string;
  createdAt: string;
  collectivite?: { departement?: { code?: string } };
  etat?: { prefecture?: { departementCode?: string } };
}

export async function migrateToV5(tx: Transaction): Promise<void> {
  const received = new Set<string>();
  await tx
    .table('journal')
    .toCollection()
    .each((row: { direction: string; dossiers?: string[] }) => {
      if (row.direction === 'import') for (const id of row.dossiers ?? []) received.add(id);
    });
  const settings = tx.table('settings');
  const state = ((await settings.get(NUMBERING_KEY))?.value as
    { site: string; next: Record<string, number> } | undefined) ?? {
    site: Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => SITE_ALPHABET[byte % 32]).join(''),
    next: {},
  };
  const views = ((await tx.table('dossierViews').toArray()) as { id: string; view: View }[])
    .map((row) => row.view)
    .filter((view) => !view.numero && !received.has(view.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const reserved: { id: string; numero: string }[] = [];
  for (const view of views) {
    const departement = view.collectivite?.departement?.code || view.etat?.prefecture?.departementCode || '00';
    const year = new Date(view.createdAt).getFullYear();
    const key = `${departement}-${year}`;
    const sequence = state.next[key] ?? 1;
    state.next[key] = sequence + 1;
    const numero = `CTAI-${departement}-${year}-${state.site}-${String(sequence).padStart(3, '0')}`;
    const doc = (await tx.table('dossierDocs').get(view.id)) as { bytes: Uint8Array | null } | undefined;
    if (doc?.bytes) {
      reserved.push({ id: view.id, numero });
      continue;
    }
    await tx.table('dossierViews').update(view.id, { 'view.numero': numero });
    await tx.table('dossiers').update(view.id, { numero });
  }
  await settings.put({ key: NUMBERING_KEY, value: state });
  if (reserved.length) await settings.put({ key: RESERVED_NUMBERS_KEY, value: reserved });
  // Every summary row says its number ('' until given), as rows written from now on do.
  await tx
    .table('dossiers')
    .toCollection()
    .modify((row: { numero?: string }) => {
      row.numero ??= '';
    });
}
