// One dossier, in tabs. The dossier is read live from the database; every tab edits it
// through the fields, which save on their own.
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useEditStore } from './edit-store';
import { COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { DOSSIER_STATUS_LABELS, FORME_LABELS, formeOf, formeStepLabel } from '../../../shared/dossier/workflow-steps';
import { database } from '../../db/database';
import { getDossier } from '../../db/dossiers-repository';
import { ScreenTitle } from '../screens/ScreenTitle';
import { DOSSIER_TABS, useRouteStore, type DossierTab } from '../state/route-store';
import { DOSSIER_TAB_LABELS } from './dossier-tabs';
import { ConflictsBanner } from './ConflictsBanner';
import { SaveBar } from './SaveBar';
import { PrintSummaryButton } from './PrintSummaryButton';
import { RefusedChangesBanner } from './RefusedChangesBanner';
import { ActionsTab } from './tabs/ActionsTab';
import { CollectiviteTab } from './tabs/CollectiviteTab';
import { ContratTab } from './tabs/ContratTab';
import { DiagnosticTab } from './tabs/DiagnosticTab';
import { DocumentsTab } from './tabs/DocumentsTab';
import { EtatTab } from './tabs/EtatTab';
import { FinancementTab } from './tabs/FinancementTab';
import { HistoriqueTab } from './tabs/HistoriqueTab';
import { SuiviTab } from './tabs/SuiviTab';
import { SyntheseTab } from './tabs/SyntheseTab';

const TABS = DOSSIER_TABS.map((tabId) => ({ tabId, label: DOSSIER_TAB_LABELS[tabId] }));

/**
 * The dossier's tabs: a projet territorial has no shared diagnosis, so its tab shows only when
 * the dossier holds one (written while it was a contract).
 */
function tabsOf(dossier: Dossier) {
  const { synthese, publics, axes } = dossier.diagnostic;
  const diagnosis = formeOf(dossier) === 'ctai' || !!synthese.trim() || publics.length > 0 || axes.length > 0;
  return diagnosis ? TABS : TABS.filter((t) => t.tabId !== 'diagnostic');
}

function TabContent({ tab, dossier }: { tab: DossierTab; dossier: Dossier }) {
  switch (tab) {
    case 'synthese':
      return <SyntheseTab dossier={dossier} />;
    case 'collectivite':
      return <CollectiviteTab dossier={dossier} />;
    case 'etat':
      return <EtatTab dossier={dossier} />;
    case 'diagnostic':
      return <DiagnosticTab dossier={dossier} />;
    case 'actions':
      return <ActionsTab dossier={dossier} />;
    case 'financement':
      return <FinancementTab dossier={dossier} />;
    case 'contrat':
      return <ContratTab dossier={dossier} />;
    case 'suivi':
      return <SuiviTab dossier={dossier} />;
    case 'documents':
      return <DocumentsTab dossier={dossier} />;
    case 'historique':
      return <HistoriqueTab dossier={dossier} />;
  }
}

export function DossierScreen({ id, tab }: { id: string; tab: DossierTab }) {
  const navigate = useRouteStore((state) => state.navigate);
  const setViewing = useEditStore((state) => state.setViewing);
  useEffect(() => {
    setViewing({ dossierId: id, tab });
    return () => setViewing(null);
  }, [id, tab, setViewing]);
  const dossier = useLiveQuery(async () => (await getDossier(database(), id)) ?? null, [id]);
  if (dossier === undefined) return <p>Chargement…</p>;
  if (dossier === null) {
    return (
      <>
        <ScreenTitle>Dossier introuvable</ScreenTitle>
        <p>Ce dossier n’existe pas ou plus sur ce poste. Revenez à la liste des dossiers.</p>
      </>
    );
  }
  const { collectivite, workflow } = dossier;
  const shownTab = tabsOf(dossier).some((t) => t.tabId === tab) ? tab : 'synthese';
  return (
    <>
      <ScreenTitle>{collectivite.nom}</ScreenTitle>
      <div className="ctai-dossier-head fr-mb-2w">
        <p className="fr-mb-0">
          <span className="ctai-dossier-number">
            {dossier.numero ? `Dossier n° ${dossier.numero}` : 'Dossier sans numéro'}
          </span>
          {' — '}
          {COLLECTIVITE_TYPE_LABELS[collectivite.type]}
          {collectivite.departement.nom ? ` — ${collectivite.departement.nom}` : ''}{' '}
          <Badge severity="info" small>
            {formeStepLabel(formeOf(dossier), workflow.etape)}
          </Badge>{' '}
          {formeOf(dossier) === 'ptai' && (
            <Badge severity="new" small>
              {FORME_LABELS.ptai}
            </Badge>
          )}{' '}
          {workflow.statut !== 'actif' && (
            <Badge severity="warning" small>
              {DOSSIER_STATUS_LABELS[workflow.statut]}
            </Badge>
          )}
          {collectivite.source === 'saisie-libre' && (
            <Badge severity="new" small>
              Saisie libre
            </Badge>
          )}
        </p>
        <PrintSummaryButton dossierId={dossier.id} />
      </div>
      <SaveBar dossier={dossier} tab={shownTab} />
      <ConflictsBanner dossier={dossier} />
      <RefusedChangesBanner dossier={dossier} />
      <Tabs
        label="Parties du dossier"
        tabs={tabsOf(dossier)}
        selectedTabId={shownTab}
        onTabChange={(tabId) => navigate({ screen: 'dossier', id, tab: tabId as DossierTab })}
      >
        <TabContent tab={shownTab} dossier={dossier} />
      </Tabs>
    </>
  );
}
