import { Button } from '@codegouvfr/react-dsfr/Button';
import type { DossierFilter } from '../../../shared/dossier/dossier-filter';
import { useListStore } from '../dossiers/list-store';
import { routeHref, useRouteStore } from '../state/route-store';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { AXE_LABELS } from '../../../shared/dossier/axes';
import { COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import { actionsCsv } from '../../../shared/dossier/csv-export';
import { factsFromSummary } from '../../../shared/programme/programme-facts';
import { notCountedText, programmeHeadline, programmeReport } from '../../../shared/programme/programme-report';
import { accordNombre, compte } from '../../../shared/format/plural';
import { FORME_LABELS, stepLabel } from '../../../shared/dossier/workflow-steps';
import { formatEuros } from '../../../shared/format/money';
import { database } from '../../db/database';
import { listDossiers } from '../../db/dossier-list';
import { listDossierViews } from '../../db/dossiers-repository';
import { platform } from '../../platform';
import { describeSave, SaveStatus, type SaveOutcome } from '../files/SaveStatus';
import { BarChart } from '../dashboard/BarChart';
import { ToDoList } from '../dashboard/ToDoList';
import { ScreenTitle } from './ScreenTitle';

const count = (value: number) => value.toLocaleString('fr-FR');

/** The Dossiers list filtered on what a bar counts (every other filter cleared). */
function openList(filter: Partial<DossierFilter>): void {
  const list = useListStore.getState();
  list.reset();
  list.setFilter(filter);
  useRouteStore.getState().navigate({ screen: 'dossiers' });
}

export function DashboardScreen() {
  const rows = useLiveQuery(() => listDossiers(database()), []);
  const [exportOutcome, setExportOutcome] = useState<SaveOutcome | null>(null);

  async function exportCsv() {
    const views = await listDossierViews(database());
    const bytes = new TextEncoder().encode(actionsCsv(views));
    const result = await platform.saveFile({
      suggestedName: `CTAI_actions_financements_${new Date().toISOString().slice(0, 10)}.csv`,
      bytes,
      filters: [{ name: 'Tableur (CSV)', extensions: ['csv'] }],
    });
    setExportOutcome(describeSave(result, 'Le fichier CSV des actions et des financements a été enregistré.'));
  }

  if (rows === undefined) return <p>Chargement…</p>;
  // The programme's figures as `ctai report` gives them for the bundles of every site: here, for
  // the dossiers of this base (abandoned ones not counted among the territories engaged).
  const today = new Date().toISOString().slice(0, 10);
  const report = programmeReport(
    rows.map((row) => factsFromSummary(row, today)),
    today,
  );
  return (
    <>
      <ScreenTitle>Tableau de bord</ScreenTitle>
      {rows.length === 0 ? (
        <p>
          Aucun dossier pour l’instant. <a href={routeHref({ screen: 'nouveau-dossier' })}>Créez un dossier</a>, ou{' '}
          <a href={routeHref({ screen: 'parametres' })}>chargez les données de démonstration dans les Paramètres</a>.
        </p>
      ) : (
        <>
          <p className="fr-mb-1w">{programmeHeadline(report)}.</p>
          <ul className="ctai-figures fr-text--sm fr-mb-2w" aria-label="Chiffres du programme">
            <li>
              <strong>{count(rows.length)}</strong> {accordNombre(rows.length, 'dossier suivi', 'dossiers suivis')}
              {notCountedText(report) && <>, dont {notCountedText(report)} (non comptés)</>}
            </li>
            <li>
              <strong>{count(report.actions)}</strong>{' '}
              {accordNombre(
                report.actions,
                'action financée (retenue par un acte signé)',
                'actions financées (retenues par un acte signé)',
              )}
              , pour <strong>{count(report.beneficiaires)}</strong>{' '}
              {accordNombre(report.beneficiaires, 'bénéficiaire visé', 'bénéficiaires visés')}
            </li>
            <li>
              {compte(report.enRetard.territoires, 'territoire', 'territoires')} avec une échéance dépassée (
              {compte(report.enRetard.echeances, 'échéance', 'échéances')})
            </li>
          </ul>
          <div className="fr-mb-2w">
            <Button iconId="fr-icon-download-line" priority="secondary" size="small" onClick={() => void exportCsv()}>
              Exporter les actions et les financements (CSV)
            </Button>
            <SaveStatus outcome={exportOutcome} />
          </div>
          {/* Two stacks of charts on a laptop, one on a narrow window: the to-do list beside the
              first chart, each column as tall as its own charts (no gaps where rows would align). */}
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-lg-6 ctai-stack">
              <ToDoList rows={rows} today={today} openList={(echeance) => openList({ echeance })} />
              <BarChart
                title="Territoires engagés par région"
                labelHeader="Région"
                valueHeader="Territoires engagés"
                format={count}
                bars={report.parRegion.map(({ region, nom, count: value }) => ({
                  label: nom,
                  value,
                  ...(region ? { open: () => openList({ region }) } : {}),
                }))}
              />
              <BarChart
                title="Dossiers par forme"
                labelHeader="Forme"
                valueHeader="Dossiers"
                format={count}
                bars={report.tousDossiers.parForme.map(({ forme, count: value }) => ({
                  label: FORME_LABELS[forme],
                  value,
                  open: () => openList({ forme }),
                }))}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6 ctai-stack">
              <BarChart
                title="Dossiers par étape"
                labelHeader="Étape"
                valueHeader="Dossiers"
                format={count}
                bars={report.tousDossiers.parEtape.map(({ etape, count: value }) => ({
                  label: stepLabel(etape),
                  value,
                  open: () => openList({ etape: etape ?? 'aucune' }),
                }))}
              />
              <BarChart
                title="Dossiers par type de collectivité"
                labelHeader="Type de collectivité"
                valueHeader="Dossiers"
                format={count}
                bars={report.tousDossiers.parType.map(({ type, count: value }) => ({
                  label: COLLECTIVITE_TYPE_LABELS[type],
                  value,
                  open: () => openList({ type }),
                }))}
              />
              <BarChart
                title="Crédits de l’État accordés par axe"
                labelHeader="Axe"
                valueHeader="CTAI accordé"
                format={formatEuros}
                bars={report.etatParAxe.map(({ axe, accorde }) => ({
                  label: AXE_LABELS[axe],
                  value: accorde,
                  open: () => openList({ axe }),
                }))}
              />
              <BarChart
                title="Crédits de l’État accordés par année"
                labelHeader="Année"
                valueHeader="CTAI accordé"
                format={formatEuros}
                bars={report.etatParAnnee.map(({ annee, accorde }) => ({
                  label: String(annee),
                  value: accorde,
                  open: () => openList({ annee }),
                }))}
              />
              <BarChart
                title="Crédits de l’État demandés par année"
                labelHeader="Année"
                valueHeader="CTAI demandé"
                format={formatEuros}
                bars={report.etatParAnnee.map(({ annee, demande }) => ({
                  label: String(annee),
                  value: demande,
                  open: () => openList({ annee }),
                }))}
              />
            </div>
          </div>
        </>
      )}
    </>
  );
}
