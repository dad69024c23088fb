import { useMemo } from 'react';
import type uPlot from 'uplot';
import { formatCount, hourLabel } from '../../format.js';
import { ACCENT, AXIS_STROKE, CHART_FONT, COUNT_INCREMENTS, GRID_STROKE } from './chartTheme.js';
import { UPlotChart, type ChartOptions } from './UPlotChart.js';

/** Props of {@link ActivityChart}. */
export interface ActivityChartProps {
  points: readonly { hour: number; count: number }[];
  title: string;
  testId: string;
}

const HEIGHT = 190;

/** Events per hour as a line over a soft area; hover shows the hour and its count below. */
export function ActivityChart({ points, title, testId }: ActivityChartProps) {
  const data = useMemo<uPlot.AlignedData>(() => [points.map((p) => p.hour), points.map((p) => p.count)], [points]);
  const options = useMemo(activityOptions, []);
  if (points.length === 0) return <p className="empty">No data.</p>;
  const total = points.reduce((sum, p) => sum + p.count, 0);
  return (
    <UPlotChart
      options={options}
      data={data}
      height={HEIGHT}
      label={`${title}: ${formatCount(total)} in total`}
      testId={testId}
    />
  );
}

function activityOptions(): ChartOptions {
  return {
    ms: 1,
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { size: 8, fill: ACCENT } },
    scales: {
      x: { time: true },
      y: { range: (_self, _min, max) => [0, Math.max(max, 4)] },
    },
    axes: [
      {
        stroke: AXIS_STROKE,
        font: CHART_FONT,
        space: 56,
        grid: { show: false },
        ticks: { show: false },
        values: (_self, splits) => splits.map((hour) => hourLabel(hour)),
      },
      {
        stroke: AXIS_STROKE,
        font: CHART_FONT,
        size: 40,
        space: 36,
        incrs: COUNT_INCREMENTS,
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { show: false },
        values: (_self, splits) => splits.map((count) => formatCount(count)),
      },
    ],
    series: [
      { label: 'Hour', value: (_self, hour) => (hour === null ? '–' : hourLabel(hour)) },
      {
        label: 'Events',
        stroke: ACCENT,
        width: 2,
        fill: (self) => {
          // uPlot asks once before it has laid the plot out.
          if (!Number.isFinite(self.bbox.top) || !Number.isFinite(self.bbox.height)) return 'rgba(88, 101, 242, 0.15)';
          const gradient = self.ctx.createLinearGradient(0, self.bbox.top, 0, self.bbox.top + self.bbox.height);
          gradient.addColorStop(0, 'rgba(88, 101, 242, 0.35)');
          gradient.addColorStop(1, 'rgba(88, 101, 242, 0.02)');
          return gradient;
        },
        points: { show: false },
        value: (_self, count) => (count === null ? '–' : formatCount(count)),
      },
    ],
    hooks: { draw: [markLatest] },
  };
}

/** A dot on the current hour, as the old chart had. */
function markLatest(self: uPlot): void {
  const xs = self.data[0];
  const ys = self.data[1];
  const last = xs.length - 1;
  const count = ys?.[last];
  const hour = xs[last];
  if (count === null || count === undefined || hour === undefined) return;
  const { ctx } = self;
  ctx.save();
  ctx.fillStyle = ACCENT;
  ctx.beginPath();
  ctx.arc(self.valToPos(hour, 'x', true), self.valToPos(count, 'y', true), 3.5 * devicePixelRatio, 0, 2 * Math.PI);
  ctx.fill();
  ctx.restore();
}
