// Dossiers built by intent for the financial tests: `aDossier().withActions(2).signed()`.
import type { Action, Avenant, Dossier } from '../../../shared/dossier/dossier-schema';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';

export interface ActionSpec {
  /** Granted (and requested) CTAI per year, in cents. */
  granted: Record<number, number>;
  statut?: Action['statut'];
}

export function anAction(id: string, spec: ActionSpec): Action {
  return {
    id,
    intitule: `Action ${id}`,
    axes: ['logement'],
    porteur: { nom: 'Association Accueil', formeJuridique: 'Association', siret: '', rna: '' },
    publicCible: 'Réfugiés',
    beneficiaires: 20,
    objectifs: '',
    description: '',
    dateDebut: '',
    dateFin: '',
    budgets: Object.entries(spec.granted).map(([annee, montant]) => ({
      annee: Number(annee),
      coutTotal: montant * 2,
      ctaiDemande: montant,
      ctaiAccorde: montant,
      cofinanceurs: [{ nom: 'Commune', montant }],
    })),
    indicateurs: [],
    statut: spec.statut ?? 'retenue',
  };
}

class DossierBuilder {
  constructor(private dossier: Dossier) {}

  withContract(anneeDebut: number, duree: number): DossierBuilder {
    this.dossier.contrat = { ...this.dossier.contrat, numero: 'CTAI-37-2026-01', anneeDebut, duree };
    return this;
  }

  withAction(id: string, spec: ActionSpec): DossierBuilder {
    this.dossier.actions.push(anAction(id, spec));
    return this;
  }

  /** Step « Validation et signature » reached, signed on `date` at Tours by both parties. */
  signed(date = '2026-02-10'): DossierBuilder {
    // The délibération authorising the signature comes before it.
    const deliberation = this.dossier.collectivite.deliberation;
    if (deliberation.date > date) deliberation.date = date;
    this.dossier.contrat.signature = {
      lieu: 'Tours',
      date,
      signataires: [
        { partie: 'etat', nom: 'Anne Préfète', qualite: 'Préfète d’Indre-et-Loire' },
        { partie: 'collectivite', nom: 'Paul Maire', qualite: 'Maire de Tours' },
      ],
    };
    this.dossier.workflow = {
      ...this.dossier.workflow,
      etape: 'signature',
      dates: {
        'lettre-intention': '2025-10-01',
        echange: '2025-10-15',
        diagnostic: '2025-11-01',
        proposition: '2025-12-01',
        signature: date,
      },
    };
    return this;
  }

  withAvenant(avenant: Partial<Avenant> & Pick<Avenant, 'id' | 'annee' | 'montants'>): DossierBuilder {
    this.dossier.contrat.avenants.push({
      numero: '',
      statut: 'projet',
      date: '',
      lieu: 'Tours',
      signataires: [],
      deliberation: { numero: '', date: '' },
      ...avenant,
    });
    return this;
  }

  build(): Dossier {
    return structuredClone(this.dossier);
  }
}

export function aDossier(): DossierBuilder {
  const dossier = emptyDossier({ nom: 'Tours', type: 'commune' }, 'dossier-tours', new Date('2025-09-01T10:00:00Z'));
  dossier.collectivite = {
    ...dossier.collectivite,
    representant: { civilite: 'Monsieur', prenom: 'Paul', nom: 'Maire', titre: 'Maire' },
    deliberation: { numero: '2025-120', date: '2025-09-15' },
    departement: { code: '37', nom: 'Indre-et-Loire' },
    adresse: { ligne1: '1 place Jean Jaurès', ligne2: '', codePostal: '37000', commune: 'Tours' },
    // The contract identifies the payee (SIREN with a valid INSEE key) and the account paid.
    siren: '213702616',
    banque: { iban: 'FR7630001007941234567890185', bic: 'BDFEFRPPCCT' },
  };
  dossier.etat = {
    ...dossier.etat,
    prefecture: { departementCode: '37', nom: 'Préfecture d’Indre-et-Loire', adresse: '' },
    signataire: { civilite: 'Madame', prenom: 'Anne', nom: 'Préfète', qualite: 'prefet' },
    referent: { ...dossier.etat.referent, nom: 'Durand' },
  };
  return new DossierBuilder(dossier);
}
