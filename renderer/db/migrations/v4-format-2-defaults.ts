// Version 3 → 4: format 2 dossiers gain fields with defaults in the schema: the yearly reports'
// and the COPIL meetings' details, the collectivité's article (typeLiaison) and bank details, the
// préfet and the arrêté de délégation. Views stored before are given those defaults here, so that
// stored views are whole (dossier-defaults.ts fills the same for views from elsewhere).
// Frozen: it writes the defaults as they were when this version was released. The summary rows
// (a cache of each view for lists) are made again from the views after the upgrade
// (summary-rows.ts), by today's code, never here.
import type { Transaction } from 'dexie';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

export async function migrateToV4(tx: Transaction): Promise<void> {
  await tx
    .table('dossierViews')
    .toCollection()
    .modify((row: { view: { contrat?: Json; collectivite?: Json; etat?: Json } }) => {
      const { contrat, collectivite, etat } = row.view;
      if (collectivite) {
        collectivite.typeLiaison ??= null;
        collectivite.banque ??= { iban: '', bic: '' };
      }
      if (etat) {
        etat.prefet ??= { civilite: '', prenom: '', nom: '' };
        etat.delegation ??= { numero: '', date: '' };
      }
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
