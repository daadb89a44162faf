// A horizontal bar chart in SVG, described for screen readers, always followed by the same
// figures as a table (the chart is a picture of the table, never the only way to read it).
import { shorten } from '../../../shared/format/shorten';
import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** What a click on the bar (or on its name in the table) does: open the dossiers it counts. */
  open?: () => void;
}

// Drawn for half a laptop's width (two charts side by side, 13 px text at scale one); a narrow
// window shows one chart a line, scaled down to fit.
const BAR_HEIGHT = 14;
const GAP = 5;
// Wide enough for the longest step name (« Proposition et demande de financement ») at 13 px.
const LABEL_WIDTH = 265;
const WIDTH = 560;

export function BarChart({
  title,
  bars,
  format,
  labelHeader,
  valueHeader,
}: {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
  labelHeader: string;
  valueHeader: string;
}) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const barArea = WIDTH - LABEL_WIDTH - 105;
  return (
    <figure className="fr-m-0">
      <figcaption id={`${id}-titre`} className="fr-text--md fr-text--bold fr-mb-1v">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-titre`}
        aria-describedby={`${id}-table`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        {bars.map((bar, index) => {
          const y = GAP + index * (BAR_HEIGHT + GAP);
          const width = (bar.value / max) * barArea;
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.8} textAnchor="end" fontSize="13" fill="currentColor">
                {shorten(bar.label, 38)}
              </text>
              <rect
                onClick={bar.open}
                style={bar.open ? { cursor: 'pointer' } : undefined}
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(width, bar.value ? 2 : 0)}
                height={BAR_HEIGHT}
                fill="var(--background-action-high-blue-france)"
              />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.8} fontSize="13" fill="currentColor">
                {format(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The same figures as a table, folded: the page stays short, the table one click away. */}
      <details className="ctai-disclosure">
        <summary>Voir le tableau</summary>
        <div className="fr-table fr-table--no-caption fr-mt-1w" id={`${id}-table`}>
          <table>
            <caption>{title} (tableau)</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col">{valueHeader}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.label}>
                  <th scope="row">
                    {bar.open ? (
                      <a
                        href="#/dossiers"
                        onClick={(event) => {
                          event.preventDefault();
                          bar.open?.();
                        }}
                      >
                        {bar.label}
                      </a>
                    ) : (
                      bar.label
                    )}
                  </th>
                  <td>{format(bar.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
