import * as Tabs from '@radix-ui/react-tabs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { LeaderboardPeriod, PeriodLeaderboardResponse } from '../api/dashboardApi.js';
import { periodLeaderboardQuery } from '../api/dashboardQueries.js';
import { describeError } from '../api/http.js';
import { ErrorBanner } from './ErrorBanner.js';
import { LeaderboardTable } from './LeaderboardTable.js';
import { Panel } from './Panel.js';

/** Same rhythm as the rest of the Overview page. */
const POLL_MS = 5_000;
const SIZE = 10;

const PERIOD_TABS: readonly { id: LeaderboardPeriod; label: string }[] = [
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

function isPeriod(value: string): value is LeaderboardPeriod {
  return PERIOD_TABS.some((tab) => tab.id === value);
}

/**
 * The Overview's leaderboard: tabs (Radix: arrow keys, Home and End move between them) for
 * this week, this month, the season and all time, a category picker when recognition has
 * several, the period's label, and the top 10, refreshed every 5 s. While another board
 * loads, the last one stays (so the picker does not blink).
 */
export function LeaderboardPanel() {
  const [period, setPeriod] = useState<LeaderboardPeriod>('all');
  const [category, setCategory] = useState('points');
  const board = useQuery({
    ...periodLeaderboardQuery(period, category, SIZE),
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
  });
  const data = board.data ?? null;
  const error = board.error === null ? null : describeError(board.error);
  const categories = data?.categories ?? [];

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
      <Tabs.Root
        value={period}
        onValueChange={(value) => {
          if (isPeriod(value)) setPeriod(value);
        }}
      >
        <div className="leaderboard-controls">
          <Tabs.List aria-label="Leaderboard period" className="tabs" data-testid="leaderboard-tab">
            {PERIOD_TABS.map((tab) => (
              <Tabs.Trigger key={tab.id} value={tab.id} className="tab" data-testid={`leaderboard-tab-${tab.id}`}>
                {tab.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
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
        <Tabs.Content
          value={period}
          aria-busy={board.isPlaceholderData || (data === null && error === null)}
          className="leaderboard-board"
          data-testid="leaderboard-board"
          data-period={board.isPlaceholderData ? undefined : data?.period}
          data-category={board.isPlaceholderData ? undefined : data?.category}
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
        </Tabs.Content>
      </Tabs.Root>
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
