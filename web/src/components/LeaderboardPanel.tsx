import { useState } from 'react';
import {
  fetchPeriodLeaderboard,
  type LeaderboardCategory,
  type LeaderboardPeriod,
  type PeriodLeaderboardResponse,
} from '../api/dashboardApi.js';
import { usePolling } from '../usePolling.js';
import { ErrorBanner } from './ErrorBanner.js';
import { LeaderboardTable } from './LeaderboardTable.js';
import { Panel } from './Panel.js';
import { Tabs, tabElementId, tabPanelId, type TabItem } from './Tabs.js';

/** Same rhythm as the rest of the Overview page. */
const POLL_MS = 5_000;
const SIZE = 10;
const ID_PREFIX = 'leaderboard-period';

const PERIOD_TABS: readonly TabItem<LeaderboardPeriod>[] = [
  { id: 'week', label: 'This week' },
  { id: 'month', label: 'This month' },
  { id: 'season', label: 'Season' },
  { id: 'all', label: 'All time' },
];

/** How the empty state names the period: "No points this week yet." */
const PERIOD_PHRASE: Record<LeaderboardPeriod, string> = {
  week: ' this week',
  month: ' this month',
  season: ' this season',
  all: '',
};

/**
 * The Overview's leaderboard: tabs for this week, this month, the season and all time, a
 * category picker when recognition has several, the period's label, and the top 10, polled.
 */
export function LeaderboardPanel() {
  const [period, setPeriod] = useState<LeaderboardPeriod>('all');
  const [category, setCategory] = useState('points');
  // Kept across tab switches so the picker does not blink while the next board loads.
  const [categories, setCategories] = useState<readonly LeaderboardCategory[]>([]);
  const board = usePolling(
    async () => {
      const answer = await fetchPeriodLeaderboard(period, category, SIZE);
      setCategories((known) => (sameCategories(known, answer.categories) ? known : answer.categories));
      return answer;
    },
    POLL_MS,
    `${period}:${category}`,
  );
  const { data, error } = board;

  return (
    <Panel
      title="Leaderboard"
      aside={
        data === null ? undefined : (
          <span data-testid="leaderboard-period-label" title={periodRange(data)}>
            {data.label}
          </span>
        )
      }
      testId="leaderboard-panel"
    >
      <div className="leaderboard-controls">
        <Tabs
          label="Leaderboard period"
          tabs={PERIOD_TABS}
          selected={period}
          onSelect={setPeriod}
          idPrefix={ID_PREFIX}
          testId="leaderboard-tab"
        />
        {categories.length > 1 && (
          <label className="leaderboard-category">
            <span>Category</span>
            <select
              value={category}
              onChange={(event) => setCategory(event.target.value)}
              data-testid="leaderboard-category"
            >
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div
        role="tabpanel"
        id={tabPanelId(ID_PREFIX)}
        aria-labelledby={tabElementId(ID_PREFIX, period)}
        aria-busy={data === null && error === null}
        className="leaderboard-board"
        data-testid="leaderboard-board"
        data-period={data?.period}
        data-category={data?.category}
      >
        <ErrorBanner message={error} />
        {data === null ? (
          error === null && <p className="loading">Loading…</p>
        ) : (
          <LeaderboardTable
            entries={data.entries}
            valueHeading={data.measure === 'points' ? 'Points' : data.categoryLabel}
            emptyText={emptyText(data)}
          />
        )}
      </div>
    </Panel>
  );
}

function emptyText(board: PeriodLeaderboardResponse): string {
  const what = board.measure === 'points' ? 'points' : board.categoryLabel.toLowerCase();
  return `No ${what}${PERIOD_PHRASE[board.period]} yet.`;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "16 Mar 2026 – 22 Mar 2026 (UTC)", or nothing for all time. */
function periodRange(board: PeriodLeaderboardResponse): string | undefined {
  if (board.start === null || board.end === null) return undefined;
  // `end` is exclusive: the last day is the one before it.
  return `${DAY_FORMAT.format(board.start)} – ${DAY_FORMAT.format(board.end - 1)} (UTC)`;
}

function sameCategories(a: readonly LeaderboardCategory[], b: readonly LeaderboardCategory[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]?.id && c.label === b[i]?.label);
}
