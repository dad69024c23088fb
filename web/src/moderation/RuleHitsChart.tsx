import { useMemo } from 'react';
import uPlot from 'uplot';
import { CHART_FONT, LABEL_FONT, LABEL_STROKE, fitLabels, ACCENT } from '../components/charts/chartTheme.js';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { formatCount } from '../format.js';
import type { RuleStats } from './moderationApi.js';

const ROW = 32;
const OVERTURNED = '#d83c3e';
/** Room right of the longest bar for "12 · 25 % overturned". */
const VALUE_ROOM = 160;

/** Props of {@link RuleHitsChart}. */
export interface RuleHitsChartProps {
  rules: readonly RuleStats[];
}

/**
 * One horizontal bar per automod rule: the cases it opened (blurple), the part overturned on
 * appeal over it (red), and the overturn rate at its end. The table beside it holds the same
 * numbers for screen readers and copy-paste.
 */
export function RuleHitsChart({ rules }: RuleHitsChartProps) {
  const labelKey = rules.map((rule) => rule.ruleName).join('\n');
  const options = useMemo(() => chartOptions(labelKey.split('\n')), [labelKey]);
  const data = useMemo<uPlot.AlignedData>(
    () => [rules.map((_rule, i) => i), rules.map((rule) => rule.cases), rules.map((rule) => rule.overturned)],
    [rules],
  );
  return (
    <>
      <UPlotChart
        options={options}
        data={data}
        height={rules.length * ROW + 8}
        label="Cases per automod rule, with the part overturned on appeal"
        testId="rule-hits-chart"
      />
      <div className="chart-legend muted small" aria-hidden="true">
        <span className="chart-key" style={{ background: ACCENT }} /> cases opened{' '}
        <span className="chart-key" style={{ background: OVERTURNED }} /> overturned on appeal
      </div>
    </>
  );
}

function chartOptions(labels: readonly string[]): ChartOptions {
  const bars = (fill: string): Partial<uPlot.Series> => ({
    paths: barPaths({ size: [18 / ROW, 18], radius: 0.2 }),
    points: { show: false },
    width: 0,
    fill,
  });
  return {
    padding: [4, VALUE_ROOM, 4, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, ori: 1, dir: -1, range: [-0.5, labels.length - 0.5] },
      y: { ori: 0, range: (_self, _min, max) => [0, Math.max(max, 1)] },
    },
    axes: [
      {
        scale: 'x',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- uPlot's Side is an ambient const enum, unreachable under isolatedModules; 3 = left
        side: 3,
        stroke: LABEL_STROKE,
        font: LABEL_FONT,
        gap: 8,
        size: fitLabels,
        grid: { show: false },
        ticks: { show: false },
        splits: () => labels.map((_label, i) => i),
        values: (_self, splits) => splits.map((i) => labels[i] ?? ''),
      },
      { scale: 'y', show: false },
    ],
    series: [{}, { label: 'Cases', ...bars(ACCENT) }, { label: 'Overturned', ...bars(OVERTURNED) }],
    hooks: { draw: [drawRates] },
  };
}

/** uPlot's bar paths (typed optional: the micro build leaves them out; this one has them). */
function barPaths(options: uPlot.Series.BarsPathBuilderOpts): uPlot.Series.PathBuilder {
  const paths = uPlot.paths.bars;
  if (paths === undefined) throw new Error('this uPlot build has no bar paths');
  return paths(options);
}

/** Each rule's count and overturn rate right of its bar. */
function drawRates(self: uPlot): void {
  const { ctx } = self;
  const cases = self.data[1] ?? [];
  const overturned = self.data[2] ?? [];
  ctx.save();
  ctx.font = `600 ${CHART_FONT.replace(/^(\d+)px/, (_match, px: string) => `${Number(px) * devicePixelRatio}px`)}`;
  ctx.fillStyle = '#1d2129';
  // uPlot leaves the axis labels' alignment set; the counts start right of the bar.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  self.data[0].forEach((i, index) => {
    const total = cases[index] ?? 0;
    const wrong = overturned[index] ?? 0;
    const rate = total === 0 ? 0 : Math.round((wrong / total) * 100);
    const x = self.valToPos(total, 'y', true) + 8 * devicePixelRatio;
    ctx.fillText(`${formatCount(total)} · ${rate}% overturned`, x, self.valToPos(i, 'x', true));
  });
  ctx.restore();
}
