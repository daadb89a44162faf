// Fields added to format 2 after it shipped, optional in the exchange format: dossiers written
// before them (database views, bundles, fixtures) lack them. Validation fills them through the
// schema's defaults; views read straight from the database or handed to the document builders
// get the same defaults here, so no reader meets `undefined`.
import type { Dossier } from './dossier-schema';

/** The dossier with every field added since its format version present (the same object when nothing lacks). */
export function withFieldDefaults(dossier: Dossier): Dossier {
  const collectivite = dossier.collectivite as Partial<Dossier['collectivite']> & Dossier['collectivite'];
  const etat = dossier.etat as Partial<Dossier['etat']> & Dossier['etat'];
  type Loose<T> = Partial<T> & T;
  const bilans = dossier.contrat.bilans as Loose<Dossier['contrat']['bilans'][number]>[];
  const copils = dossier.contrat.copil as Loose<Dossier['contrat']['copil'][number]>[];
  const followUpWhole =
    bilans.every((b) => b.actions !== undefined && b.dateCompteRenduFinancier !== undefined) &&
    copils.every((c) => c.lieu !== undefined && c.participants !== undefined && c.decisions !== undefined);
  const contrat = dossier.contrat as Loose<Dossier['contrat']>;
  if (
    (dossier as Partial<Dossier>).numero !== undefined &&
    (dossier as Partial<Dossier>).forme !== undefined &&
    contrat.conventionPtai !== undefined &&
    collectivite.typeLiaison !== undefined &&
    collectivite.banque !== undefined &&
    collectivite.siret !== undefined &&
    etat.prefet !== undefined &&
    etat.delegation !== undefined &&
    (dossier as Partial<Dossier>).suppressions !== undefined &&
    followUpWhole
  )
    return dossier;
  return {
    ...dossier,
    numero: (dossier as Partial<Dossier>).numero ?? '',
    forme: (dossier as Partial<Dossier>).forme ?? 'ctai',
    suppressions: (dossier as Partial<Dossier>).suppressions ?? [],
    contrat: {
      ...dossier.contrat,
      conventionPtai: contrat.conventionPtai ?? null,
      bilans: bilans.map((b) => ({
        ...b,
        dateCompteRenduFinancier: b.dateCompteRenduFinancier ?? '',
        actions: b.actions ?? [],
      })),
      copil: copils.map((c) => ({
        ...c,
        lieu: c.lieu ?? '',
        participants: c.participants ?? [],
        decisions: c.decisions ?? [],
      })),
    },
    collectivite: {
      ...dossier.collectivite,
      typeLiaison: collectivite.typeLiaison ?? null,
      banque: collectivite.banque ?? { iban: '', bic: '' },
      siret: collectivite.siret ?? '',
    },
    etat: {
      ...dossier.etat,
      prefet: etat.prefet ?? { civilite: '', prenom: '', nom: '' },
      delegation: etat.delegation ?? { numero: '', date: '' },
    },
  };
}
