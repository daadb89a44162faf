// The dossier list as a table that renders only the rows in view, so that ten thousand
// dossiers scroll smoothly. Screen readers are told the full row count and each row's index.
import { useLayoutEffect, useRef, useState } from 'react';
import { COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import { DOSSIER_STATUS_LABELS, stepLabel } from '../../../shared/dossier/workflow-steps';
import type { DossierRow } from '../../db/records';
import { routeHref } from '../state/route-store';

const ROW_HEIGHT = 56;
const OVERSCAN = 10;

function stepWithStatus(row: DossierRow): string {
  const step = stepLabel(row.etape);
  return row.statut === 'actif' ? step : `${step} (${DOSSIER_STATUS_LABELS[row.statut].toLowerCase()})`;
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });

export function VirtualDossierTable({ rows, total }: { rows: DossierRow[]; total: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);
  const caption =
    rows.length === total ? `Liste des dossiers (${total})` : `Liste des dossiers (${rows.length} sur ${total})`;
  return (
    <div
      ref={scroller}
      className="ctai-virtual fr-table"
      tabIndex={0}
      role="region"
      aria-label={caption}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <table aria-rowcount={rows.length + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Collectivité</th>
            <th scope="col">N° de dossier</th>
            <th scope="col">Type</th>
            <th scope="col">Code</th>
            <th scope="col">Département</th>
            <th scope="col">Étape</th>
            <th scope="col">Modifié le</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {visible.map((row, offset) => (
            <tr key={row.id} aria-rowindex={first + offset + 2} style={{ height: ROW_HEIGHT }}>
              <th scope="row">
                <a href={routeHref({ screen: 'dossier', id: row.id, tab: 'synthese' })}>{row.nom}</a>
              </th>
              <td className="ctai-nowrap">{row.numero || 'sans numéro'}</td>
              <td>{COLLECTIVITE_TYPE_LABELS[row.type]}</td>
              <td>
                {row.code}
                {row.source === 'saisie-libre' && (
                  <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">Saisie libre</span>
                )}
              </td>
              <td>{row.departementNom}</td>
              <td>{stepWithStatus(row)}</td>
              <td>{dateFormat.format(new Date(row.updatedAt))}</td>
            </tr>
          ))}
          {last < rows.length && <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  );
}
