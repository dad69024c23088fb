import { useQuery } from '@tanstack/react-query';
import { HealthScoreCard } from '../analytics/HealthScoreCard.js';
import { overviewQuery } from '../api/dashboardQueries.js';
import { describeError } from '../api/http.js';
import { ActivityChart } from '../components/charts/ActivityChart.js';
import { EventTypeChart } from '../components/charts/EventTypeChart.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { EventFeed } from '../components/EventFeed.js';
import { LeaderboardPanel } from '../components/LeaderboardPanel.js';
import { LockdownBanner } from '../components/LockdownBanner.js';
import { Panel } from '../components/Panel.js';
import { PlatformBadge } from '../components/PlatformBadge.js';
import { StatCard } from '../components/StatCard.js';
import { formatCount } from '../format.js';

const POLL_MS = 5_000;

/**
 * Headline numbers, activity charts, leaderboard and the latest events; refreshed every 5 s
 * and whenever the page is opened again.
 */
export function OverviewPage() {
  const overview = useQuery({ ...overviewQuery, refetchInterval: POLL_MS });
  const { data } = overview;
  const error = overview.error === null ? null : describeError(overview.error);
  if (data === undefined) {
    return (
      <div className="page">
        <ErrorBanner message={error} />
        {error === null && <p className="loading">Loading…</p>}
      </div>
    );
  }
  const { community, counts } = data;
  const last24h = data.eventsPerHour.reduce((sum, h) => sum + h.count, 0);
  const unhandled = counts.eventsRecorded - counts.eventsHandled;
  return (
    <div className="page" data-testid="overview-page">
      <header className="page-header">
        <div>
          <h1 data-testid="community-name">{community.name}</h1>
          <p className="page-subtitle">
            Overview · guild <code>{community.guildId}</code>
          </p>
        </div>
        <PlatformBadge platform={community.platform} />
      </header>
      <ErrorBanner message={error} />
      <LockdownBanner lockdown={data.lockdown ?? null} now={Date.now()} />
      <HealthScoreCard />

      <div className="stats">
        <StatCard label="Members" value={counts.members} hint="in the server now" testId="stat-members" />
        <StatCard label="Events recorded" value={counts.eventsRecorded} testId="stat-events-recorded" />
        <StatCard
          label="Events handled"
          value={counts.eventsHandled}
          hint={unhandled > 0 ? `${formatCount(unhandled)} waiting` : 'all caught up'}
          testId="stat-events-handled"
        />
        <StatCard label="Handler failures" value={counts.handlerFailures} tone="alert" testId="stat-handler-failures" />
        <StatCard label="Jobs pending" value={counts.jobsPending} testId="stat-jobs-pending" />
      </div>

      <div className="grid-2">
        <Panel title="Activity, last 24 hours" aside={`${formatCount(last24h)} events`}>
          <ActivityChart
            points={data.eventsPerHour}
            title="Events per hour, last 24 hours"
            testId="chart-events-per-hour"
          />
        </Panel>
        <Panel title="Events by type" aside="all time">
          <EventTypeChart
            bars={data.eventsByType.map((t) => ({ label: t.type, value: t.count }))}
            title="Events recorded per type"
            testId="chart-events-by-type"
          />
        </Panel>
      </div>

      <div className="grid-2 grid-top">
        <LeaderboardPanel />
        <Panel title="Recent events">
          <EventFeed events={data.recentEvents} now={Date.now()} />
        </Panel>
      </div>
    </div>
  );
}
