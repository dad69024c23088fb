import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

/** uPlot's options without the size: the chart takes its container's width. */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

/** Props of {@link UPlotChart}. */
export interface UPlotChartProps {
  /** Keep it stable (useMemo): a new options object draws the chart anew. */
  options: ChartOptions;
  data: uPlot.AlignedData;
  /** Height of the chart in CSS pixels, legend excluded. */
  height: number;
  /** Accessible name of the canvas. */
  label: string;
  testId?: string;
}

/**
 * A uPlot chart as a React component: made on mount (and when `options` or `height` change),
 * fed new data with `setData`, kept as wide as its container (ResizeObserver), destroyed on
 * unmount.
 */
export function UPlotChart({ options, data, height, label, testId }: UPlotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latestData = useRef(data);

  useEffect(() => {
    latestData.current = data;
    chart.current?.setData(data);
  }, [data]);

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const plot = new uPlot({ ...options, width: element.clientWidth, height }, latestData.current, element);
    chart.current = plot;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      // Hidden (width 0): keep the last size rather than collapse the canvas.
      if (width > 0 && width !== plot.width) plot.setSize({ width, height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [options, height]);

  return <div ref={container} className="uplot-chart" role="img" aria-label={label} data-testid={testId} />;
}
