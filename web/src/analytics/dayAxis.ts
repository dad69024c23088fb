import type uPlot from 'uplot';
import { AXIS_STROKE, CHART_FONT, COUNT_INCREMENTS, GRID_STROKE } from '../components/charts/chartTheme.js';
import { formatCount } from '../format.js';

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * `3 Nov` for a uPlot time value (epoch seconds of a UTC midnight).
 * @param seconds - epoch seconds
 */
export function dayLabel(seconds: number): string {
  return DAY_LABEL.format(seconds * 1000);
}

/** The x axis of a chart by UTC day: `3 Nov` labels, no grid. */
export const DAY_AXIS: uPlot.Axis = {
  stroke: AXIS_STROKE,
  font: CHART_FONT,
  space: 64,
  grid: { show: false },
  ticks: { show: false },
  // Whole days only: uPlot's time increments below a day would repeat a date.
  incrs: [86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400, 28 * 86_400, 91 * 86_400],
  values: (_self, splits) => splits.map((s) => dayLabel(s)),
};

/**
 * A y axis of whole counts with light grid lines.
 * @param absolute - label negative values by their size (a diverging chart)
 */
export function countAxis(absolute = false): uPlot.Axis {
  return {
    stroke: AXIS_STROKE,
    font: CHART_FONT,
    size: 44,
    space: 32,
    incrs: COUNT_INCREMENTS,
    grid: { stroke: GRID_STROKE, width: 1 },
    ticks: { show: false },
    values: (_self, splits) => splits.map((count) => formatCount(absolute ? Math.abs(count) : count)),
  };
}

/** The x series of a day chart: the legend shows the hovered day. */
export const DAY_SERIES: uPlot.Series = {
  label: 'Day',
  value: (_self, seconds) => (seconds === null ? '–' : dayLabel(seconds)),
};
