import { formatCount } from '../format.js';
import type { RetentionCohort } from './analyticsApi.js';
import { longDate, shortDate } from './dateRange.js';
import { percent } from './percent.js';

/** Props of {@link RetentionHeatmap}. */
export interface RetentionHeatmapProps {
  cohorts: readonly RetentionCohort[];
  /** What starts a member's cohort, for the cells' descriptions. */
  basis: 'join' | 'first-message';
}

/**
 * The retention grid: one row per weekly cohort (oldest first), one column per week after the
 * start day, each cell coloured by the share of the cohort active that week (darker is more)
 * and labelled with it; hover or a screen reader gives the count too. Weeks not over yet are
 * blank. A table, so it reads row by row with its headers.
 */
export function RetentionHeatmap({ cohorts, basis }: RetentionHeatmapProps) {
  if (cohorts.length === 0) {
    return (
      <p className="empty" data-testid="retention-empty">
        No cohort started in this range.
      </p>
    );
  }
  const weeks = Math.max(...cohorts.map((c) => c.weeks.length), 1);
  const started = basis === 'join' ? 'joined' : 'first posted';
  return (
    <div className="heatmap-scroll">
      <table className="heatmap" data-testid="retention-heatmap">
        <caption className="visually-hidden">
          Share of each weekly cohort active in each week after they {started}
        </caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col" className="num">
              Members
            </th>
            {Array.from({ length: weeks }, (_unused, k) => (
              <th
                scope="col"
                key={k}
                className="heatmap-week"
                title={`Days ${7 * k + 1}–${7 * k + 7} after they ${started}`}
              >
                W{k + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((cohort) => (
            <tr key={cohort.week} data-testid="retention-row" data-week={cohort.week}>
              <th scope="row" title={`Week of ${longDate(cohort.week)}`}>
                {shortDate(cohort.week)}
              </th>
              <td className="num" data-testid="retention-size">
                {formatCount(cohort.size)}
              </td>
              {Array.from({ length: weeks }, (_unused, k) => (
                <HeatCell key={k} share={cohort.weeks[k] ?? null} week={k + 1} cohort={cohort} started={started} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface HeatCellProps {
  share: number | null;
  week: number;
  cohort: RetentionCohort;
  started: string;
}

function HeatCell({ share, week, cohort, started }: HeatCellProps) {
  if (share === null) {
    const text = `Week ${week} of the cohort of ${shortDate(cohort.week)} is not over yet`;
    return <td className="heat-cell heat-cell-pending" title={text} aria-label={text} data-testid="retention-cell" />;
  }
  const count = Math.round(share * cohort.size);
  const text = `${percent(share)} of the ${formatCount(cohort.size)} who ${started} in the week of ${shortDate(cohort.week)} were active in week ${week} (${formatCount(count)})`;
  return (
    <td
      className={`heat-cell${share >= 0.5 ? ' heat-cell-dark' : ''}`}
      style={{ backgroundColor: heatColor(share) }}
      title={text}
      aria-label={text}
      data-testid="retention-cell"
      data-share={share}
    >
      {percent(share)}
    </td>
  );
}

/** The accent blue at an opacity growing with the share, so 0 % is nearly white. */
function heatColor(share: number): string {
  const alpha = 0.06 + 0.94 * Math.min(Math.max(share, 0), 1);
  return `rgb(88 101 242 / ${alpha.toFixed(2)})`;
}
