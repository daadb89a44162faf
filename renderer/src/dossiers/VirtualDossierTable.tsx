// The dossier list as a table that renders only the rows in view, so that ten thousand
// dossiers scroll smoothly. Screen readers are told the full row count and each row's index.
// Columns have fixed widths (nothing jumps while scrolling or filtering), the header stays in
// view, and a click on a column's name sorts on it (again: the other way), said by aria-sort.
import { dateCourte } from '../../../shared/format/dates';
import { useLayoutEffect, useRef, useState } from 'react';
import { COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import type { DossierSort } from '../../../shared/dossier/dossier-filter';
import { DOSSIER_STATUS_LABELS, FORME_LABELS, formeOf, formeStepLabel } from '../../../shared/dossier/workflow-steps';
import type { DossierRow } from '../../db/records';
import { routeHref } from '../state/route-store';
import { useListStore } from './list-store';

const ROW_HEIGHT = 56;
const OVERSCAN = 10;

function stepWithStatus(row: DossierRow): string {
  const step = formeStepLabel(formeOf(row), row.etape);
  return row.statut === 'actif' ? step : `${step} (${DOSSIER_STATUS_LABELS[row.statut].toLowerCase()})`;
}

/** The columns, in order, with their width (the table's layout is fixed) and the sort they give. */
const COLUMNS: { label: string; width: string; sort: DossierSort | null }[] = [
  { label: 'Collectivité', width: '19%', sort: 'nom' },
  { label: 'N° de dossier', width: '16%', sort: 'numero' },
  { label: 'Forme', width: '7%', sort: null },
  { label: 'Type', width: '13%', sort: 'type' },
  { label: 'Code', width: '8%', sort: null },
  { label: 'Département', width: '12%', sort: 'departement' },
  { label: 'Étape', width: '15%', sort: 'etape' },
  { label: 'Modifié le', width: '10%', sort: 'modification' },
];

/** « triés par N° de dossier, ordre croissant »: the list's sort said in words (the status line reads it out). */
export function sortSentence(sort: DossierSort, direction: 'asc' | 'desc'): string {
  const column = COLUMNS.find((c) => c.sort === sort)?.label ?? sort;
  return `triés par ${column}, ordre ${direction === 'asc' ? 'croissant' : 'décroissant'}`;
}

function SortableHeader({ label, sort }: { label: string; sort: DossierSort }) {
  const current = useListStore((state) => (state.sort === sort ? state.direction : null));
  const sortOn = useListStore((state) => state.sortOn);
  const next = current === 'asc' ? 'décroissant' : current === 'desc' ? 'croissant' : null;
  return (
    <th scope="col" aria-sort={current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : 'none'}>
      <button
        type="button"
        className="ctai-sort"
        onClick={() => sortOn(sort)}
        title={next ? `Trier par ordre ${next}` : `Trier sur cette colonne`}
      >
        {label}
        <span aria-hidden="true" className="ctai-sort__mark">
          {current === 'asc' ? ' ▲' : current === 'desc' ? ' ▼' : ' ⇅'}
        </span>
      </button>
    </th>
  );
}

/**
 * `rows` are the rows read so far, the first of `count` in the list (the rest are read while the
 * first ones show: the space they will take is kept); `total` is every dossier stored.
 */
export function VirtualDossierTable({ rows, count, total }: { rows: DossierRow[]; count: number; total: number }) {
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
  const first = Math.min(rows.length, Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN));
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);
  const caption = count === total ? `Liste des dossiers (${total})` : `Liste des dossiers (${count} sur ${total})`;
  return (
    <div
      ref={scroller}
      className="ctai-virtual fr-table"
      tabIndex={0}
      role="region"
      aria-label={caption}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <table aria-rowcount={count + 1} className="ctai-fixed-table">
        {/* Said by screen readers; on screen, the count is the line above. */}
        <caption className="fr-sr-only">{caption}</caption>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.label} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) =>
              column.sort ? (
                <SortableHeader key={column.label} label={column.label} sort={column.sort} />
              ) : (
                <th key={column.label} scope="col">
                  {column.label}
                </th>
              ),
            )}
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
              <td>
                {/* « CTAI », « PTAI »: the full name for screen readers and on hover. */}
                <abbr title={FORME_LABELS[formeOf(row)]}>{formeOf(row).toUpperCase()}</abbr>
              </td>
              <td>{COLLECTIVITE_TYPE_LABELS[row.type]}</td>
              <td>
                {row.code}
                {row.source === 'saisie-libre' && (
                  <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">Saisie libre</span>
                )}
              </td>
              <td>{row.departementNom}</td>
              <td>
                {/* Two lines at most, so that every row keeps ROW_HEIGHT; the whole step on hover. */}
                <span className="ctai-clamp" title={stepWithStatus(row)}>
                  {stepWithStatus(row)}
                </span>
              </td>
              <td className="ctai-nowrap">{dateCourte(row.updatedAt)}</td>
            </tr>
          ))}
          {last < count && <tr aria-hidden="true" style={{ height: (count - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  );
}
