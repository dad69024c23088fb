import { useMemo } from 'react';
import uPlot from 'uplot';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { formatCount } from '../format.js';
import type { SeriesPoint } from './analyticsApi.js';
import { dateSeconds } from './dateRange.js';
import { countAxis, DAY_AXIS, DAY_SERIES } from './dayAxis.js';

const JOIN = '#23a55a';
const LEAVE = '#d83c3e';

/** Props of {@link JoinsLeavesChart}. */
export interface JoinsLeavesChartProps {
  points: readonly SeriesPoint[];
}

/**
 * Joins (green, above the line) and leaves (red, below) per day: a diverging bar chart, so a
 * day that lost members stands out. Hover for a day's numbers.
 */
export function JoinsLeavesChart({ points }: JoinsLeavesChartProps) {
  const options = useMemo(joinsOptions, []);
  const data = useMemo<uPlot.AlignedData>(
    () => [points.map((p) => dateSeconds(p.date)), points.map((p) => p.joins), points.map((p) => -p.leaves)],
    [points],
  );
  if (points.length === 0) return <p className="empty">No days in this range.</p>;
  const joins = points.reduce((sum, p) => sum + p.joins, 0);
  const leaves = points.reduce((sum, p) => sum + p.leaves, 0);
  return (
    <>
      <UPlotChart
        options={options}
        data={data}
        height={200}
        label={`Joins and leaves per day: ${formatCount(joins)} joined, ${formatCount(leaves)} left in the range`}
        testId="chart-joins-leaves"
      />
    </>
  );
}

function joinsOptions(): ChartOptions {
  const bars = (label: string, fill: string): uPlot.Series => ({
    label,
    fill,
    width: 0,
    paths: barPaths({ size: [0.7, 18], radius: 0.15 }),
    points: { show: false },
    value: (_self, count) => (count === null ? '–' : formatCount(Math.abs(count))),
  });
  return {
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: true, range: (_self, min, max) => [min - 43_200, max + 43_200] },
      y: {
        range: (_self, min, max) => {
          const top = Math.max(max, 2);
          const bottom = Math.min(min, -2);
          return [bottom, top];
        },
      },
    },
    axes: [DAY_AXIS, countAxis(true)],
    series: [DAY_SERIES, bars('Joined', JOIN), bars('Left', LEAVE)],
  };
}

/** uPlot's bar paths (typed optional: the micro build leaves them out; this one has them). */
function barPaths(options: uPlot.Series.BarsPathBuilderOpts): uPlot.Series.PathBuilder {
  const paths = uPlot.paths.bars;
  if (paths === undefined) throw new Error('this uPlot build has no bar paths');
  return paths(options);
}
