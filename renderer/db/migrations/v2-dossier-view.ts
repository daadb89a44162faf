// Version 1 → 2: a dossier becomes the full CTAI dossier (every field, empty), stored as its
// JSON view beside its summary row; its Automerge document is created at its first edit.
// Frozen: the empty dossier is written as format 1 had it when this version was released (the
// next migrations upgrade it); the summary rows are made again from the views after the upgrade
// (summary-rows.ts), by today's code, never here.
import type { Transaction } from 'dexie';
import type { DossierRecordV1 } from '../records';

const emptyPerson = { civilite: '', prenom: '', nom: '' };

/** The empty format-1 dossier of version 2 (shared/dossier/new-dossier-factory.ts at ed0cbc3). */
function emptyDossierV1(record: DossierRecordV1) {
  const createdAt = new Date(record.createdAt).toISOString();
  return {
    formatVersion: 1,
    id: record.id,
    createdAt,
    updatedAt: new Date(record.updatedAt).toISOString(),
    collectivite: {
      type: record.type,
      nom: record.nom,
      source: 'saisie-libre',
      codeInsee: '',
      siren: '',
      departement: { code: '', nom: '' },
      arrondissement: '',
      region: { code: '', nom: '' },
      population: null,
      representant: { ...emptyPerson, titre: record.type === 'commune' ? 'Maire' : 'Président' },
      deliberation: { numero: '', date: '' },
      eluReferent: { ...emptyPerson, fonction: '' },
      chefDeProjet: { ...emptyPerson, email: '', telephone: '' },
      adresse: { ligne1: '', ligne2: '', codePostal: '', commune: '' },
      contact: { email: '', telephone: '' },
    },
    etat: {
      prefecture: { departementCode: '', nom: '', adresse: '' },
      sousPrefecture: { nom: '', adresse: '' },
      signataire: { ...emptyPerson, qualite: 'prefet' },
      referent: { ...emptyPerson, service: '', email: '', telephone: '' },
      programme: '104',
      action: '12',
    },
    diagnostic: { synthese: '', publics: [], axes: [] },
    actions: [],
    contrat: {
      numero: '',
      anneeDebut: null,
      duree: null,
      montantsAnnuels: [],
      versements: [],
      avenants: [],
      signature: { lieu: '', date: '', signataires: [] },
      copil: [],
      bilans: [],
      clausesParticulieres: '',
    },
    workflow: { etape: null, dates: {}, statut: 'actif', evenements: [] },
  };
}

export async function migrateToV2(tx: Transaction): Promise<void> {
  const views: { id: string; view: ReturnType<typeof emptyDossierV1> }[] = [];
  await tx
    .table('dossiers')
    .toCollection()
    .modify((record: DossierRecordV1, ref: { value: unknown }) => {
      views.push({ id: record.id, view: emptyDossierV1(record) });
      ref.value = { ...record, rev: 1 };
    });
  await tx.table('dossierViews').bulkAdd(views);
  await tx.table('dossierDocs').bulkAdd(views.map(({ id }) => ({ id, bytes: null })));
}
