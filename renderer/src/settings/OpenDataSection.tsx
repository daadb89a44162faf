// Paramètres › « Données ouvertes des conventions »: the essential data of the signed conventions
// and avenants of the base (décret n° 2017-779), as a CSV in the SCDL Subventions 2.1 schema. Not
// exported without the préfecture's name and SIRET; a dossier that lacks a required value is
// listed instead of exported.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { compte } from '../../../shared/format/plural';
import {
  conventionsOpenData,
  describeElsewhere,
  describeMissing,
  openDataCsv,
} from '../../../shared/opendata/conventions-opendata';
import { database } from '../../db/database';
import { listDossierViews } from '../../db/dossiers-repository';
import { toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';
import { describeSave, SaveStatus, type SaveOutcome } from '../files/SaveStatus';
import { useAgentStore } from '../state/agent-store';

export function OpenDataSection() {
  const prefecture = useAgentStore((state) => state.prefecture);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [missing, setMissing] = useState<{ refused: boolean; lines: string[] }>({ refused: false, lines: [] });

  async function exportCsv() {
    setBusy(true);
    setOutcome(null);
    try {
      const result = conventionsOpenData(await listDossierViews(database()), {
        nom: prefecture?.prefectureNom ?? '',
        siret: prefecture?.siret ?? '',
        departementCode: prefecture?.departementCode ?? '',
      });
      const lines = [...describeMissing(result), ...(result.attribuantMissing.length ? [] : describeElsewhere(result))];
      if (result.attribuantMissing.length || result.rows.length === 0) {
        setMissing({ refused: true, lines });
        setOutcome({
          message: lines.length
            ? result.attribuantMissing.length || result.missing.length
              ? 'Rien n’a été exporté : des valeurs obligatoires manquent (liste ci-dessous).'
              : 'Rien n’a été exporté : aucune convention signée par votre préfecture ne dépasse 23 000 € (liste ci-dessous).'
            : 'Rien n’a été exporté : aucune convention signée ne dépasse 23 000 €.',
        });
        return;
      }
      setMissing({ refused: false, lines });
      const saved = await platform.saveFile({
        suggestedName: `donnees-essentielles-conventions_${new Date().toISOString().slice(0, 10)}.csv`,
        bytes: new TextEncoder().encode(openDataCsv(result.rows)),
        filters: [{ name: 'Données ouvertes (CSV)', extensions: ['csv'] }],
      });
      setOutcome(
        describeSave(
          saved,
          `Le fichier des données essentielles a été enregistré : ${compte(result.rows.length, 'ligne')}${
            result.missing.length
              ? ` ; ${compte(result.missing.length, 'dossier incomplet non publié', 'dossiers incomplets non publiés')} (liste ci-dessous)`
              : ''
          }${
            result.elsewhere.length
              ? ` ; ${compte(result.elsewhere.length, 'dossier signé par une autre préfecture', 'dossiers signés par d’autres préfectures')}, non publiés ici (liste ci-dessous)`
              : ''
          }.`,
        ),
      );
    } catch (error) {
      setOutcome({ message: `L’export n’a pas pu être fait. ${toStorageError(error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="donnees-ouvertes-titre" className="fr-mt-6w">
      <h2 id="donnees-ouvertes-titre" className="fr-h4">
        Données ouvertes des conventions
      </h2>
      <p>
        Les données essentielles des contrats signés et de leurs avenants au-dessus de 23 000 € (décret n° 2017-779), au
        format national SCDL Subventions 2.1 : une ligne par acte et par année. Seuls les dossiers signés par votre
        préfecture sont publiés ici. Il faut le nom, le SIRET et le code du département de la préfecture (« Votre
        préfecture » ci-dessus) et le SIRET de chaque collectivité (onglet Collectivité).
      </p>
      <Button iconId="fr-icon-download-line" priority="secondary" disabled={busy} onClick={() => void exportCsv()}>
        Exporter les données essentielles des conventions (CSV)
      </Button>
      <SaveStatus outcome={outcome} />
      {missing.lines.length > 0 && (
        <div className="fr-mt-2w">
          <p className="fr-text--sm fr-mb-1w">{missing.refused ? 'Non exporté :' : 'Dossiers non publiés ici :'}</p>
          <ul className="fr-text--sm">
            {missing.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
