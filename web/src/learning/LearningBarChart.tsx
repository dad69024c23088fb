import { useMemo } from 'react';
import uPlot from 'uplot';
import {
  AXIS_STROKE,
  CHART_FONT,
  COUNT_INCREMENTS,
  GRID_STROKE,
  LABEL_STROKE,
} from '../components/charts/chartTheme.js';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { formatCount } from '../format.js';

/** One series of bars: a value per category. */
export interface BarSeries {
  label: string;
  color: string;
  values: readonly number[];
}

/** Props of {@link LearningBarChart}. */
export interface LearningBarChartProps {
  /** The categories, left to right. */
  labels: readonly string[];
  /**
   * Drawn on top of each other, the first behind: one series for a distribution; capacity then
   * load for the mentors' load (a bar inside its capacity).
   */
  series: readonly BarSeries[];
  /** Accessible description of the chart. */
  title: string;
  testId: string;
  height?: number;
}

/**
 * Vertical count bars with uPlot (a distribution of profiles, mentor load against capacity);
 * a table with the same numbers is there for screen readers and tests (a canvas has no text).
 */
export function LearningBarChart({ labels, series, title, testId, height = 180 }: LearningBarChartProps) {
  const labelKey = labels.join('\n');
  const seriesKey = JSON.stringify(series.map((s) => [s.label, s.color]));
  // New options (a new chart) only when the categories or series change, not when a count does.
  const options = useMemo(
    () => barOptions(labelKey.split('\n'), JSON.parse(seriesKey) as [label: string, color: string][]),
    [labelKey, seriesKey],
  );
  const data = useMemo<uPlot.AlignedData>(
    () => [labels.map((_label, i) => i), ...series.map((s) => [...s.values])],
    [labels, series],
  );
  return (
    <>
      <UPlotChart options={options} data={data} height={height} label={title} testId={testId} />
      <table className="visually-hidden" data-testid={`${testId}-table`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={`${i}-${label}`} data-label={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.label}>{formatCount(s.values[i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function barOptions(labels: readonly string[], series: readonly [label: string, color: string][]): ChartOptions {
  const bars = uPlot.paths.bars;
  if (bars === undefined) throw new Error('this uPlot build has no bar paths');
  const shorten = (label: string) => (label.length > 14 ? `${label.slice(0, 13)}…` : label);
  return {
    padding: [12, 8, 0, 0],
    // Several series: a legend of their names only (no cursor, so no values to show).
    legend: { show: series.length > 1, live: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, labels.length - 0.5] },
      y: { range: (_self, _min, dataMax) => [0, Math.max(dataMax, 2)] },
    },
    axes: [
      {
        stroke: LABEL_STROKE,
        font: CHART_FONT,
        grid: { show: false },
        ticks: { show: false },
        splits: () => labels.map((_label, i) => i),
        values: (_self, splits) => splits.map((i) => shorten(labels[i] ?? '')),
      },
      {
        stroke: AXIS_STROKE,
        font: CHART_FONT,
        size: 40,
        incrs: COUNT_INCREMENTS,
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { show: false },
        values: (_self, splits) => splits.map((v) => formatCount(v)),
      },
    ],
    series: [
      { label: '' },
      ...series.map(([label, color], index): uPlot.Series => ({
        label,
        // Later series are narrower, so the one behind shows around them.
        paths: bars({ size: [index === 0 ? 0.6 : 0.36, index === 0 ? 56 : 32], radius: 0.15 }),
        points: { show: false },
        width: 0,
        fill: color,
        stroke: color,
      })),
    ],
  };
}
