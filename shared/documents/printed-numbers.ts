// Every number of an act a document prints after « n° » — the dossier's, the contract's, the
// délibérations', the arrêté de délégation's, the avenants', the PTAI convention's — taken as the
// bare number (format/act-number.ts) once, before any builder reads the dossier: one rule for the
// body, the visas, the templates and the footers alike.
import type { Avenant, Dossier } from '../dossier/dossier-schema';
import { bareNumber } from '../format/act-number';

export function withBareNumbers(dossier: Dossier): Dossier {
  const { collectivite, etat, contrat } = dossier;
  return {
    ...dossier,
    numero: bareNumber(dossier.numero),
    collectivite: {
      ...collectivite,
      deliberation: { ...collectivite.deliberation, numero: bareNumber(collectivite.deliberation.numero) },
    },
    etat: { ...etat, delegation: { ...etat.delegation, numero: bareNumber(etat.delegation.numero) } },
    contrat: {
      ...contrat,
      numero: bareNumber(contrat.numero),
      avenants: contrat.avenants.map((avenant) => ({
        ...avenant,
        numero: bareNumber(avenant.numero),
        // Avenants built by hand (tests, fixtures) may lack the délibération the schema gives them.
        ...((avenant.deliberation as Avenant['deliberation'] | undefined) && {
          deliberation: { ...avenant.deliberation, numero: bareNumber(avenant.deliberation.numero) },
        }),
      })),
      conventionPtai: contrat.conventionPtai
        ? { ...contrat.conventionPtai, numero: bareNumber(contrat.conventionPtai.numero) }
        : contrat.conventionPtai,
    },
  };
}
