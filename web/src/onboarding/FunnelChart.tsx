import { useMemo } from 'react';
import uPlot from 'uplot';
import { ACCENT, CHART_FONT, LABEL_STROKE } from '../components/charts/chartTheme.js';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { formatCount } from '../format.js';
import type { FunnelStep } from './onboardingApi.js';
import { percentText } from './onboardingFormat.js';

/** Props of {@link FunnelChart}. */
export interface FunnelChartProps {
  steps: readonly FunnelStep[];
  /** Accessible description of the chart. */
  title: string;
}

const ROW = 34;
const BAR = 20;
const TRACK = '#f0f1f4';
const DONE = '#23a55a';
/** Room right of the longest bar for "1,234 · 56.7%". */
const VALUE_ROOM = 104;
const LABEL_ROOM = 112;

/**
 * The funnel as horizontal bars, one per step from Joined down to Completed, each with its
 * members and share of joiners; a screen-reader table carries the same numbers.
 */
export function FunnelChart({ steps, title }: FunnelChartProps) {
  const labelKey = steps.map((s) => s.label).join('\n');
  const options = useMemo(() => funnelOptions(labelKey.split('\n')), [labelKey]);
  const data = useMemo<uPlot.AlignedData>(
    () => [steps.map((_s, i) => i), steps.map((s) => s.members), steps.map((s) => s.shareOfJoined ?? 0)],
    [steps],
  );
  return (
    <>
      <UPlotChart options={options} data={data} height={steps.length * ROW + 8} label={title} testId="funnel-chart" />
      <table className="visually-hidden" data-testid="funnel-chart-table">
        <caption>{title}</caption>
        <tbody>
          {steps.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.label}</th>
              <td>{formatCount(s.members)}</td>
              <td>{percentText(s.shareOfJoined)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function funnelOptions(labels: readonly string[]): ChartOptions {
  const colors = labels.map((_l, i) => (i === labels.length - 1 ? DONE : ACCENT));
  return {
    padding: [4, VALUE_ROOM, 4, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      // Steps down the side, Joined (index 0) at the top.
      x: { time: false, ori: 1, dir: -1, range: [-0.5, labels.length - 0.5] },
      y: { ori: 0, range: (_self, _min, max) => [0, Math.max(max, 1)] },
    },
    axes: [
      {
        scale: 'x',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- uPlot's Side is an ambient const enum, unreachable under isolatedModules; 3 = left
        side: 3,
        stroke: LABEL_STROKE,
        font: CHART_FONT,
        gap: 8,
        size: LABEL_ROOM,
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
        label: 'Members',
        paths: barPaths({
          size: [BAR / ROW, BAR],
          radius: 0.2,
          // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- ambient const enum (as above); 3 = Color
          disp: { fill: { unit: 3, values: () => colors } },
        }),
        points: { show: false },
        width: 0,
        fill: ACCENT,
      },
      // The share of joiners, drawn as text by drawValues (no path of its own).
      { label: 'Share of joiners', show: false, scale: 'y' },
    ],
    hooks: { drawClear: [drawTracks], draw: [drawValues] },
  };
}

/** uPlot's bar paths (typed optional: the micro build leaves them out; this one has them). */
function barPaths(options: uPlot.Series.BarsPathBuilderOpts): uPlot.Series.PathBuilder {
  const bars = uPlot.paths.bars;
  if (bars === undefined) throw new Error('this uPlot build has no bar paths');
  return bars(options);
}

function drawTracks(self: uPlot): void {
  const { ctx, bbox } = self;
  const height = BAR * devicePixelRatio;
  ctx.save();
  ctx.fillStyle = TRACK;
  for (const i of self.data[0]) {
    const y = self.valToPos(i, 'x', true) - height / 2;
    ctx.beginPath();
    ctx.roundRect(bbox.left, y, bbox.width, height, height / 5);
    ctx.fill();
  }
  ctx.restore();
}

/** Each step's members and share of joiners, right of the track. */
function drawValues(self: uPlot): void {
  const { ctx } = self;
  const members = self.data[1] ?? [];
  const shares = self.data[2] ?? [];
  const px = (n: number): number => n * devicePixelRatio;
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  self.data[0].forEach((i, index) => {
    const count = members[index];
    if (count === null || count === undefined) return;
    const x = self.bbox.left + self.bbox.width + px(8);
    const y = self.valToPos(i, 'x', true);
    ctx.font = `600 ${px(12)}px Inter, "Segoe UI", system-ui, sans-serif`;
    ctx.fillStyle = '#1d2129';
    const text = formatCount(count);
    ctx.fillText(text, x, y);
    const share = shares[index];
    if (share === null || share === undefined) return;
    const width = ctx.measureText(text).width;
    ctx.font = `${px(11)}px Inter, "Segoe UI", system-ui, sans-serif`;
    ctx.fillStyle = '#6b7180';
    ctx.fillText(` · ${percentText(share)}`, x + width, y);
  });
  ctx.restore();
}
