import { formatCount } from '../format.js';
import { eventColor } from './eventColor.js';

/** Props of {@link BarChart}. */
export interface BarChartProps {
  bars: readonly { label: string; value: number }[];
  /** Accessible description of the chart. */
  title: string;
  testId: string;
}

const WIDTH = 600;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 56;
const ROW = 28;
const BAR = 16;

/** Horizontal bars, one per label, scaled to the largest value (inline SVG). */
export function BarChart({ bars, title, testId }: BarChartProps) {
  if (bars.length === 0) return <p className="empty">No events recorded yet.</p>;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const track = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={title}
      data-testid={testId}
      style={{ maxHeight: height * 1.25 }}
    >
      {bars.map((bar, i) => {
        const y = i * ROW;
        const width = Math.max(2, (bar.value / max) * track);
        return (
          <g key={bar.label} data-testid={`${testId}-bar`} data-label={bar.label}>
            <title>{`${bar.label}: ${formatCount(bar.value)}`}</title>
            <text
              x={LABEL_WIDTH - 10}
              y={y + ROW / 2}
              className="chart-label"
              textAnchor="end"
              dominantBaseline="central"
            >
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + (ROW - BAR) / 2} width={track} height={BAR} rx={4} className="chart-track" />
            <rect
              x={LABEL_WIDTH}
              y={y + (ROW - BAR) / 2}
              width={width}
              height={BAR}
              rx={4}
              fill={eventColor(bar.label)}
            />
            <text x={LABEL_WIDTH + track + 8} y={y + ROW / 2} className="chart-value" dominantBaseline="central">
              {formatCount(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
