import { useMemo } from 'react';
import type uPlot from 'uplot';
import { AXIS_STROKE, CHART_FONT, GRID_STROKE } from '../components/charts/chartTheme.js';
import { UPlotChart, type ChartOptions } from '../components/charts/UPlotChart.js';
import { DAY_AXIS, DAY_SERIES } from '../analytics/dayAxis.js';
import type { NpsTrend } from './feedbackApi.js';
import { NEGATIVE, POSITIVE } from './SentimentChart.js';

/** Props of {@link NpsChart}. */
export interface NpsChartProps {
  /** NPS surveys only, oldest first. */
  surveys: NpsTrend['surveys'];
}

const share = (part: number, all: number): number | null => (all === 0 ? null : Math.round((part * 100) / all));

/**
 * NPS per closed survey over time (−100…100, a thick line), with the shares of promoters and
 * detractors (%) as thin ones; a table with the same numbers for screen readers.
 */
export function NpsChart({ surveys }: NpsChartProps) {
  const options = useMemo(npsOptions, []);
  const data = useMemo<uPlot.AlignedData>(
    () => [
      surveys.map((s) => Math.floor(s.closedAt / 1000)),
      surveys.map((s) => s.nps),
      surveys.map((s) => share(s.promoters, s.responses)),
      surveys.map((s) => share(s.detractors, s.responses)),
    ],
    [surveys],
  );
  const last = surveys.at(-1);
  if (last === undefined) {
    return (
      <p className="empty" data-testid="feedback-nps-empty">
        No NPS survey closed in the last year.
      </p>
    );
  }
  return (
    <>
      <UPlotChart
        options={options}
        data={data}
        height={180}
        label={`NPS per survey: ${last.nps ?? '–'} in the latest (${last.responses} answers)`}
        testId="feedback-nps-chart"
      />
      <table className="visually-hidden" data-testid="feedback-nps-table">
        <caption>NPS per survey</caption>
        <tbody>
          {surveys.map((s) => (
            <tr key={s.surveyId}>
              <th scope="row">{new Date(s.closedAt).toISOString().slice(0, 10)}</th>
              <td>{s.nps ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function npsOptions(): ChartOptions {
  const line = (label: string, stroke: string, width: number, unit: string, dash?: number[]): uPlot.Series => ({
    label,
    stroke,
    width,
    ...(dash === undefined ? {} : { dash }),
    points: { show: true, size: width > 2 ? 7 : 4 },
    value: (_self, v) => (v === null ? '–' : `${v}${unit}`),
  });
  return {
    padding: [8, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { size: 6 } },
    scales: { x: { time: true }, y: { range: [-100, 100] } },
    axes: [
      DAY_AXIS,
      {
        stroke: AXIS_STROKE,
        font: CHART_FONT,
        size: 40,
        splits: () => [-100, -50, 0, 50, 100],
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { show: false },
      },
    ],
    series: [
      DAY_SERIES,
      line('NPS', '#5865f2', 2.5, ''),
      line('Promoters', POSITIVE, 1, '%', [4, 3]),
      line('Detractors', NEGATIVE, 1, '%', [4, 3]),
    ],
  };
}
