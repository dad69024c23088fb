import { formatCount, hourLabel } from '../format.js';

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  points: readonly { hour: number; count: number }[];
  title: string;
  testId: string;
}

const WIDTH = 560;
const HEIGHT = 150;
const LEFT = 34;
const RIGHT = 10;
const TOP = 12;
const BOTTOM = 24;

/** An area chart of hourly counts with hour labels and a hover title per hour (inline SVG). */
export function Sparkline({ points, title, testId }: SparklineProps) {
  if (points.length === 0) return <p className="empty">No data.</p>;
  const max = niceCeiling(Math.max(...points.map((p) => p.count), 1));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const x = (i: number): number => LEFT + i * step;
  const y = (count: number): number => TOP + plotHeight - (count / max) * plotHeight;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.count).toFixed(1)}`).join(' ');
  const area = `${line} L${x(points.length - 1).toFixed(1)},${TOP + plotHeight} L${LEFT},${TOP + plotHeight} Z`;
  const last = points[points.length - 1];
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const labelEvery = Math.max(1, Math.round(points.length / 6));
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} data-testid={testId}>
      <title>{`${title}: ${formatCount(total)} in total`}</title>
      <defs>
        <linearGradient id="sparkline-fill" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor="#5865f2" stopOpacity="0.35" />
          <stop offset="100%" stopColor="#5865f2" stopOpacity="0.02" />
        </linearGradient>
      </defs>
      {[0, 0.5, 1].map((fraction) => (
        <g key={fraction}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(max * fraction)} y2={y(max * fraction)} className="chart-grid" />
          <text x={LEFT - 6} y={y(max * fraction)} className="chart-axis" textAnchor="end" dominantBaseline="central">
            {Number.isInteger(max * fraction) ? formatCount(max * fraction) : ''}
          </text>
        </g>
      ))}
      <path d={area} fill="url(#sparkline-fill)" />
      <path d={line} fill="none" stroke="#5865f2" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      {last !== undefined && <circle cx={x(points.length - 1)} cy={y(last.count)} r={3.5} fill="#5865f2" />}
      {points.map((p, i) => (
        <g key={p.hour}>
          <rect x={x(i) - step / 2} y={TOP} width={Math.max(step, 1)} height={plotHeight} fill="transparent">
            <title>{`${hourLabel(p.hour)}: ${formatCount(p.count)} event${p.count === 1 ? '' : 's'}`}</title>
          </rect>
          {(i % labelEvery === 0 || i === points.length - 1) && (
            <text x={x(i)} y={HEIGHT - 6} className="chart-axis" textAnchor="middle">
              {i === points.length - 1 ? 'now' : hourLabel(p.hour)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** Rounds up to 1, 2, 4, 6 or 8 × 10ⁿ, so the axis shows round numbers (and an integer middle). */
function niceCeiling(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 4, 6, 8, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}
