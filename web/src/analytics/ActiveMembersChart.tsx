import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { formatCount } from '../format.js';
import type { SeriesPoint } from './analyticsApi.js';
import { dateSeconds } from './dateRange.js';
import { countAxis, DAY_AXIS, DAY_SERIES } from './dayAxis.js';

/** The lines' colours: DAU in the accent, WAU green, MAU amber. */
export const ACTIVE_COLORS = { dau: '#5865f2', wau: '#23a55a', mau: '#e08b00' } as const;

/** Props of {@link ActiveMembersChart}. */
export interface ActiveMembersChartProps {
  points: readonly SeriesPoint[];
}

/**
 * Daily, weekly and monthly active members (distinct members who posted or reacted that day,
 * in the 7 days and in the 30 days ending that day), one line each; hover for a day's values
 * in the legend.
 */
export function ActiveMembersChart({ points }: ActiveMembersChartProps) {
  const options = useMemo(activeOptions, []);
  const data = useMemo<uPlot.AlignedData>(
    () => [
      points.map((p) => dateSeconds(p.date)),
      points.map((p) => p.dau),
      points.map((p) => p.wau),
      points.map((p) => p.mau),
    ],
    [points],
  );
  const last = points.at(-1);
  if (last === undefined) return <p className="empty">No days in this range.</p>;
  return (
    <UPlotChart
      options={options}
      data={data}
      height={220}
      label={`Active members per day, week and month; on ${last.date}: ${formatCount(last.dau)} daily, ${formatCount(last.wau)} weekly, ${formatCount(last.mau)} monthly`}
      testId="chart-active-members"
    />
  );
}

function activeOptions(): ChartOptions {
  const line = (label: string, stroke: string): uPlot.Series => ({
    label,
    stroke,
    width: 2,
    points: { show: false },
    value: (_self, count) => (count === null ? '–' : formatCount(count)),
  });
  return {
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    scales: { x: { time: true }, y: { range: (_self, _min, max) => [0, Math.max(max, 4)] } },
    axes: [DAY_AXIS, countAxis()],
    series: [
      DAY_SERIES,
      line('DAU', ACTIVE_COLORS.dau),
      line('WAU', ACTIVE_COLORS.wau),
      line('MAU', ACTIVE_COLORS.mau),
    ],
  };
}
