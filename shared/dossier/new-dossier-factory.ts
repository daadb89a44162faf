// A new, empty dossier for a collectivité: every field present, nothing reached yet.
import type { ReferentielEntry } from '../referentiel/referentiel';
import type { CollectiviteType } from './collectivite-type';
import { FORME_RULES, type Forme } from './workflow-steps';
import { DOSSIER_FORMAT_VERSION, type Collectivite, type Dossier } from './dossier-schema';

export interface NewDossierFields {
  nom: string;
  type: CollectiviteType;
  /** Filled from the official list when the collectivité was picked there. */
  official?: Pick<Collectivite, 'codeInsee' | 'siren' | 'departement' | 'region' | 'arrondissement' | 'population'> & {
    /** INSEE's type de nom en clair of the name, kept in the dossier (null for EPCI). */
    typeLiaison?: number | null;
  };
  /** "Préfecture de l’Isère", when the département is known. */
  prefecture?: string;
  /** « Sous-préfecture du Havre »: the sous-préfecture of the commune's arrondissement, if it has one. */
  sousPrefecture?: string;
  /** Contract or projet territorial; a contract when not said. */
  forme?: Forme;
}

export function fieldsFromReferentiel(entry: ReferentielEntry): NewDossierFields {
  const { departement, region } = entry;
  return {
    nom: entry.nom,
    type: entry.type,
    official: {
      codeInsee: entry.codeInsee,
      siren: entry.siren,
      departement: { code: departement.code, nom: departement.nom },
      region: { code: region.code, nom: region.nom },
      arrondissement: entry.arrondissement,
      population: entry.population,
      typeLiaison: entry.typeLiaison,
    },
    prefecture: departement.nom ? `Préfecture ${departement.charniere}${departement.nom}` : '',
    sousPrefecture: entry.sousPrefecture,
  };
}

const emptyPerson = { civilite: '', prenom: '', nom: '' } as const;

/** A new dossier; `numero` is drawn by the caller (dossier-number.ts), '' where none is kept (demo data). */
export function emptyDossier(fields: NewDossierFields, id: string, now: Date, numero = ''): Dossier {
  const timestamp = now.toISOString();
  const representantTitre = fields.type === 'commune' ? 'Maire' : 'Président';
  const forme = fields.forme ?? 'ctai';
  return {
    formatVersion: DOSSIER_FORMAT_VERSION,
    id,
    numero,
    forme,
    createdAt: timestamp,
    updatedAt: timestamp,
    collectivite: {
      type: fields.type,
      nom: fields.nom,
      source: fields.official ? 'officiel' : 'saisie-libre',
      codeInsee: fields.official?.codeInsee ?? '',
      siren: fields.official?.siren ?? '',
      siret: '',
      departement: fields.official?.departement ?? { code: '', nom: '' },
      arrondissement: fields.official?.arrondissement ?? '',
      region: fields.official?.region ?? { code: '', nom: '' },
      population: fields.official?.population ?? null,
      typeLiaison: fields.official?.typeLiaison ?? null,
      representant: { ...emptyPerson, titre: representantTitre },
      deliberation: { numero: '', date: '' },
      eluReferent: { ...emptyPerson, fonction: '' },
      chefDeProjet: { ...emptyPerson, email: '', telephone: '' },
      adresse: { ligne1: '', ligne2: '', codePostal: '', commune: '' },
      contact: { email: '', telephone: '' },
      banque: { iban: '', bic: '' },
    },
    etat: {
      prefecture: {
        departementCode: fields.official?.departement.code ?? '',
        nom: fields.prefecture ?? '',
        adresse: '',
      },
      sousPrefecture: { nom: fields.sousPrefecture ?? '', adresse: '' },
      signataire: { ...emptyPerson, qualite: 'prefet' },
      prefet: { ...emptyPerson },
      delegation: { numero: '', date: '' },
      referent: { ...emptyPerson, service: '', email: '', telephone: '' },
      programme: '104',
      action: '12',
    },
    diagnostic: { synthese: '', publics: [], axes: [] },
    actions: [],
    contrat: {
      numero: '',
      anneeDebut: null,
      // A PTAI's convention is for one year: its duration is known from the start.
      duree: FORME_RULES[forme].fixedDuration,
      tauxAvance: 50,
      versements: [],
      avenants: [],
      signature: { lieu: '', date: '', signataires: [] },
      copil: [],
      bilans: [],
      clausesParticulieres: '',
      modificationsRefusees: [],
      conventionPtai: null,
    },
    workflow: { etape: null, lettreIntentionRecue: '', dates: {}, statut: 'actif', evenements: [] },
    suppressions: [],
  };
}
