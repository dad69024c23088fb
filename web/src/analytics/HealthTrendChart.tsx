import { useMemo } from 'react';
import type uPlot from 'uplot';
import { AXIS_STROKE, CHART_FONT, GRID_STROKE } from '../components/charts/chartTheme.js';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import type { HealthPoint } from './analyticsApi.js';
import { dateSeconds } from './dateRange.js';
import { DAY_AXIS, DAY_SERIES } from './dayAxis.js';

/** Props of {@link HealthTrendChart}. */
export interface HealthTrendChartProps {
  trend: readonly HealthPoint[];
}

/** The health score per day (0–100, a thick line) with its three parts as thin ones. */
export function HealthTrendChart({ trend }: HealthTrendChartProps) {
  const options = useMemo(trendOptions, []);
  const data = useMemo<uPlot.AlignedData>(
    () => [
      trend.map((p) => dateSeconds(p.date)),
      trend.map((p) => round(p.score)),
      trend.map((p) => round(p.engagement)),
      trend.map((p) => round(p.growth)),
      trend.map((p) => round(p.sentiment)),
    ],
    [trend],
  );
  const first = trend[0];
  const last = trend.at(-1);
  if (first === undefined || last === undefined) return null;
  return (
    <UPlotChart
      options={options}
      data={data}
      height={150}
      label={`Health score per day: ${round(first.score)} on ${first.date}, ${round(last.score)} on ${last.date}`}
      testId="chart-health-trend"
    />
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function trendOptions(): ChartOptions {
  const line = (label: string, stroke: string, width: number, dash?: number[]): uPlot.Series => ({
    label,
    stroke,
    width,
    ...(dash === undefined ? {} : { dash }),
    points: { show: false },
    value: (_self, v) => (v === null ? '–' : String(v)),
  });
  return {
    padding: [8, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { size: 6 } },
    scales: { x: { time: true }, y: { range: [0, 100] } },
    axes: [
      DAY_AXIS,
      {
        stroke: AXIS_STROKE,
        font: CHART_FONT,
        size: 36,
        splits: () => [0, 50, 100],
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { show: false },
      },
    ],
    series: [
      DAY_SERIES,
      line('Score', '#5865f2', 2.5),
      line('Engagement', '#23a55a', 1, [4, 3]),
      line('Growth', '#e08b00', 1, [4, 3]),
      line('Sentiment', '#99aab5', 1, [2, 3]),
    ],
  };
}
