import { useMemo } from 'react';
import uPlot from 'uplot';
import { formatCount } from '../../format.js';
import { eventColor } from '../eventColor.js';
import { CHART_FONT, LABEL_FONT, LABEL_STROKE, fitLabels } from './chartTheme.js';
import { UPlotChart, type ChartOptions } from './UPlotChart.js';

/** Props of {@link EventTypeChart}. */
export interface EventTypeChartProps {
  bars: readonly { label: string; value: number }[];
  /** Accessible description of the chart. */
  title: string;
  testId: string;
}

const ROW = 28;
const TRACK = '#f0f1f4';
/** Room right of the longest bar for its count. */
const VALUE_ROOM = 52;

/**
 * Horizontal bars, one per event type, coloured by namespace, each with its count; a table
 * with the same numbers is there for screen readers (a canvas has no text).
 */
export function EventTypeChart({ bars, title, testId }: EventTypeChartProps) {
  const labelKey = bars.map((bar) => bar.label).join('\n');
  // New options (a new chart) only when the types change, not when a count does.
  const options = useMemo(() => barOptions(labelKey.split('\n')), [labelKey]);
  const data = useMemo<uPlot.AlignedData>(() => [bars.map((_bar, i) => i), bars.map((bar) => bar.value)], [bars]);
  if (bars.length === 0) return <p className="empty">No events recorded yet.</p>;
  return (
    <>
      <UPlotChart options={options} data={data} height={bars.length * ROW + 8} label={title} />
      <table className="visually-hidden" data-testid={testId}>
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label} data-testid={`${testId}-bar`} data-label={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{formatCount(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function barOptions(labels: readonly string[]): ChartOptions {
  const colors = labels.map((label) => eventColor(label));
  return {
    padding: [4, VALUE_ROOM, 4, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      // Categories down the side, largest (index 0) at the top.
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
    series: [
      {},
      {
        label: 'Events',
        paths: barPaths({
          size: [16 / ROW, 16],
          radius: 0.25,
          // uPlot reads the colour of bar i at index i of this array.
          // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- ambient const enum (as above); 3 = Color
          disp: { fill: { unit: 3, values: () => colors } },
        }),
        points: { show: false },
        // No outline: uPlot colours bars one by one (disp.fill) only without a stroke.
        width: 0,
        fill: colors[0] ?? '#99aab5',
      },
    ],
    hooks: { drawClear: [drawTracks], draw: [drawCounts] },
  };
}

/** uPlot's bar paths (typed optional: the micro build leaves them out; this one has them). */
function barPaths(options: uPlot.Series.BarsPathBuilderOpts): uPlot.Series.PathBuilder {
  const bars = uPlot.paths.bars;
  if (bars === undefined) throw new Error('this uPlot build has no bar paths');
  return bars(options);
}

/** The grey track behind each bar, full width, as the old chart had. */
function drawTracks(self: uPlot): void {
  const { ctx, bbox } = self;
  const height = Math.min(16 * devicePixelRatio, (bbox.height / Math.max(self.data[0].length, 1)) * 0.6);
  ctx.save();
  ctx.fillStyle = TRACK;
  for (const i of self.data[0]) {
    const y = self.valToPos(i, 'x', true) - height / 2;
    ctx.beginPath();
    ctx.roundRect(bbox.left, y, bbox.width, height, height / 4);
    ctx.fill();
  }
  ctx.restore();
}

/** Each bar's count right of its end. */
function drawCounts(self: uPlot): void {
  const { ctx } = self;
  const counts = self.data[1] ?? [];
  ctx.save();
  ctx.font = `600 ${CHART_FONT.replace(/^(\d+)px/, (_match, px: string) => `${Number(px) * devicePixelRatio}px`)}`;
  ctx.fillStyle = '#1d2129';
  ctx.textBaseline = 'middle';
  self.data[0].forEach((i, index) => {
    const count = counts[index];
    if (count === null || count === undefined) return;
    ctx.fillText(
      formatCount(count),
      self.bbox.left + self.bbox.width + 8 * devicePixelRatio,
      self.valToPos(i, 'x', true),
    );
  });
  ctx.restore();
}
