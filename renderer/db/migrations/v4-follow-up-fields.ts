// Version 3 → 4: format 2 dossiers gain the yearly reports' details and the COPIL meetings'
// details (place, participants, decisions), fields with defaults in the schema. Views stored
// before are given those defaults here, so that screens read every view as the schema says.
// Frozen: it writes the defaults as they were when this version was released.
import type { Transaction } from 'dexie';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

export async function migrateToV4(tx: Transaction): Promise<void> {
  await tx
    .table('dossierViews')
    .toCollection()
    .modify((row: { view: { contrat?: Json } }) => {
      const contrat = row.view.contrat;
      if (!contrat) return;
      for (const bilan of list(contrat.bilans)) {
        bilan.dateCompteRenduFinancier ??= '';
        bilan.actions ??= [];
      }
      for (const copil of list(contrat.copil)) {
        copil.lieu ??= '';
        copil.participants ??= [];
        copil.decisions ??= [];
      }
    });
}
