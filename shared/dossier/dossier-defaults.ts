// Fields added to format 2 after it shipped, optional in the exchange format: dossiers written
// before them (database views, bundles, fixtures) lack them. Validation fills them through the
// schema's defaults; views read straight from the database or handed to the document builders
// get the same defaults here, so no reader meets `undefined`.
import type { Dossier } from './dossier-schema';

/** The dossier with every field added since its format version present (the same object when nothing lacks). */
export function withFieldDefaults(dossier: Dossier): Dossier {
  const collectivite = dossier.collectivite as Partial<Dossier['collectivite']> & Dossier['collectivite'];
  const etat = dossier.etat as Partial<Dossier['etat']> & Dossier['etat'];
  if (
    collectivite.typeLiaison !== undefined &&
    collectivite.banque !== undefined &&
    etat.prefet !== undefined &&
    etat.delegation !== undefined
  )
    return dossier;
  return {
    ...dossier,
    collectivite: {
      ...dossier.collectivite,
      typeLiaison: collectivite.typeLiaison ?? null,
      banque: collectivite.banque ?? { iban: '', bic: '' },
    },
    etat: {
      ...dossier.etat,
      prefet: etat.prefet ?? { civilite: '', prenom: '', nom: '' },
      delegation: etat.delegation ?? { numero: '', date: '' },
    },
  };
}
