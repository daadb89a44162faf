// Format 1 → 2, frozen: this step is never edited once released (a later change of the format
// adds a step after it). It works on plain JSON and needs no live model code, so the database
// migration and the bundle reader can both run it.
//
// Format 2 derives the State's yearly amounts from the actions: the hand-typed
// `contrat.montantsAnnuels` is dropped (its figures stay in the dossier's Automerge history);
// payments are what was paid (the planned figures are derived from each year's act); avenants
// become acts with a status, a place, signatories and the collectivité's délibération; the date
// the letter of intention was received is recorded.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Upgrades a format-1 dossier (plain JSON, not modified: a new object is returned). */
export function upgradeV1ToV2(dossier: Json): Json {
  const contrat = isObject(dossier.contrat) ? { ...dossier.contrat } : {};
  delete contrat.montantsAnnuels;
  if (typeof contrat.tauxAvance !== 'number') contrat.tauxAvance = 50;
  if (Array.isArray(contrat.versements))
    contrat.versements = contrat.versements.map((versement: unknown) =>
      isObject(versement) ? { ej: '', ...versement } : versement,
    );
  if (Array.isArray(contrat.avenants))
    contrat.avenants = contrat.avenants.map((avenant: unknown) =>
      isObject(avenant)
        ? {
            statut: typeof avenant.date === 'string' && avenant.date ? 'signe' : 'projet',
            lieu: '',
            signataires: [],
            ...avenant,
            deliberation: { numero: '', date: '', ...(isObject(avenant.deliberation) ? avenant.deliberation : {}) },
          }
        : avenant,
    );
  if (!Array.isArray(contrat.modificationsRefusees)) contrat.modificationsRefusees = [];
  const workflow = isObject(dossier.workflow) ? { lettreIntentionRecue: '', ...dossier.workflow } : dossier.workflow;
  return { ...dossier, formatVersion: 2, contrat, workflow };
}
