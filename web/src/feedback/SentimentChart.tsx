import { useMemo } from 'react';
import uPlot from 'uplot';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { formatCount } from '../format.js';
import { dateSeconds } from '../analytics/dateRange.js';
import { countAxis, DAY_AXIS, DAY_SERIES } from '../analytics/dayAxis.js';
import type { SentimentTrend } from './feedbackApi.js';

export const POSITIVE = '#23a55a';
export const NEUTRAL = '#b5bac4';
export const NEGATIVE = '#d83c3e';

/** Props of {@link SentimentChart}. */
export interface SentimentChartProps {
  days: SentimentTrend['days'];
  /** Which counts: the messages scored, or the items submitted. */
  of: 'messages' | 'items';
  testId: string;
}

/**
 * Positive, neutral and negative per day as stacked bars (positive at the bottom). uPlot has
 * no stacking: each bar is drawn to its running total, tallest first, and the legend shows the
 * day's own counts.
 */
export function SentimentChart({ days, of, testId }: SentimentChartProps) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const counts = days.map((d) => d[of]);
    return [
      days.map((d) => dateSeconds(d.date)),
      counts.map((c) => c.positive + c.neutral + c.negative),
      counts.map((c) => c.positive + c.neutral),
      counts.map((c) => c.positive),
    ];
  }, [days, of]);
  const options = useMemo(() => stackedOptions(days, of), [days, of]);
  const total = days.reduce((n, d) => n + d[of].positive + d[of].neutral + d[of].negative, 0);
  if (total === 0) {
    return (
      <p className="empty" data-testid={`${testId}-empty`}>
        No {of} scored in this range.
      </p>
    );
  }
  return (
    <UPlotChart
      options={options}
      data={data}
      height={200}
      label={`Sentiment of ${of} per day: ${formatCount(total)} in the range`}
      testId={testId}
    />
  );
}

function stackedOptions(days: SentimentTrend['days'], of: 'messages' | 'items'): ChartOptions {
  const paths = uPlot.paths.bars;
  if (paths === undefined) throw new Error('this uPlot build has no bar paths');
  const bars = (label: string, fill: string, pick: (d: SentimentTrend['days'][number]) => number): uPlot.Series => ({
    label,
    fill,
    width: 0,
    paths: paths({ size: [0.7, 18], radius: 0 }),
    points: { show: false },
    value: (_self, _v, _series, index) => {
      const day = index === null ? undefined : days[index];
      return day === undefined ? '–' : formatCount(pick(day));
    },
  });
  return {
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: true, range: (_self, min, max) => [min - 43_200, max + 43_200] },
      y: { range: (_self, _min, max) => [0, Math.max(max, 2)] },
    },
    axes: [DAY_AXIS, countAxis()],
    series: [
      DAY_SERIES,
      bars('Negative', NEGATIVE, (d) => d[of].negative),
      bars('Neutral', NEUTRAL, (d) => d[of].neutral),
      bars('Positive', POSITIVE, (d) => d[of].positive),
    ],
  };
}
