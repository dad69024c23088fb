import type uPlot from 'uplot';

/** The dashboard's look for uPlot: muted axis text, light grid lines, the page's font. */
export const CHART_FONT = '11px Inter, "Segoe UI", system-ui, sans-serif';
/** Event type names, as the feed shows them: monospace. */
export const LABEL_FONT = '11px ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace';
export const LABEL_STROKE = '#3b404b';
export const AXIS_STROKE = '#6b7180';
export const GRID_STROKE = '#eef0f3';
export const ACCENT = '#5865f2';

/** Whole-number steps for count axes (never 0.5 events). */
export const COUNT_INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 5_000, 10_000, 100_000];

/**
 * An axis `size` that fits its longest label (in {@link LABEL_FONT}) (uPlot's autosize recipe), so long names are
 * never cut off.
 * @param self - the chart
 * @param values - the axis labels
 */
export function fitLabels(self: uPlot, values: string[] | null): number {
  const longest = (values ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  self.ctx.font = LABEL_FONT;
  return Math.ceil(self.ctx.measureText(longest).width) + 14;
}
