import { useMemo } from 'react';
import uPlot from 'uplot';
import {
  ACCENT,
  AXIS_STROKE,
  CHART_FONT,
  COUNT_INCREMENTS,
  GRID_STROKE,
  LABEL_STROKE,
} from '../components/charts/chartTheme.js';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';

/** Props of {@link EventsBarChart}. */
export interface EventsBarChartProps {
  /** One bar each, left to right. */
  bars: readonly { label: string; value: number }[];
  /** The y axis's top (1 for rates; the largest count otherwise). */
  max?: number;
  /** How a value reads on the axis and in the table ("45%", "3"). */
  format: (value: number) => string;
  /** Accessible description of the chart. */
  title: string;
  testId: string;
  height?: number;
}

/**
 * Vertical bars with uPlot (attendance rate per event, a score's distribution); a table with
 * the same numbers is there for screen readers (a canvas has no text).
 */
export function EventsBarChart({ bars, max, format, title, testId, height = 180 }: EventsBarChartProps) {
  const labelKey = bars.map((bar) => bar.label).join('\n');
  const options = useMemo(() => barOptions(labelKey.split('\n'), max, format), [labelKey, max, format]);
  const data = useMemo<uPlot.AlignedData>(() => [bars.map((_bar, i) => i), bars.map((bar) => bar.value)], [bars]);
  return (
    <>
      <UPlotChart options={options} data={data} height={height} label={title} testId={testId} />
      <table className="visually-hidden" data-testid={`${testId}-table`}>
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar, i) => (
            <tr key={`${i}-${bar.label}`}>
              <th scope="row">{bar.label}</th>
              <td>{format(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function barOptions(
  labels: readonly string[],
  max: number | undefined,
  format: (value: number) => string,
): ChartOptions {
  const bars = uPlot.paths.bars;
  if (bars === undefined) throw new Error('this uPlot build has no bar paths');
  return {
    padding: [12, 8, 0, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, labels.length - 0.5] },
      y: { range: (_self, _min, dataMax) => [0, max ?? Math.max(dataMax, 1)] },
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
        size: 44,
        // Counts in whole steps; a rate (max 1) in uPlot's own.
        ...(max === undefined ? { incrs: COUNT_INCREMENTS } : {}),
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { show: false },
        values: (_self, splits) => splits.map((v) => format(v)),
      },
    ],
    series: [
      {},
      {
        label: 'Value',
        paths: bars({ size: [0.6, 48], radius: 0.15 }),
        points: { show: false },
        width: 0,
        fill: ACCENT,
      },
    ],
  };
}

function shorten(label: string): string {
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}
