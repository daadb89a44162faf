// The tabs of a dossier, with their French names (the tab bar, the save bar's « onglet … »).
import type { DossierTab } from '../state/route-store';

export const DOSSIER_TAB_LABELS: Record<DossierTab, string> = {
  synthese: 'Synthèse',
  collectivite: 'Collectivité',
  etat: 'État',
  diagnostic: 'Diagnostic',
  actions: 'Actions',
  financement: 'Financement',
  contrat: 'Contrat',
  suivi: 'Suivi',
  documents: 'Documents',
  historique: 'Historique',
};
