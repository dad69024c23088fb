import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ActiveMembersChart } from '../analytics/ActiveMembersChart.js';
import {
  channelsQuery,
  healthQuery,
  retentionQuery,
  seriesQuery,
  summaryQuery,
} from '../analytics/analyticsQueries.js';
import { ChannelActivityTable } from '../analytics/ChannelActivityTable.js';
import { counted } from '../analytics/counted.js';
import { CsvExportButton } from '../analytics/CsvExportButton.js';
import { DateRangePicker } from '../analytics/DateRangePicker.js';
import { DigestPreviewPanel } from '../analytics/DigestPreviewPanel.js';
import { dateRangeSearchParams, longDate, readDateRange, utcToday } from '../analytics/dateRange.js';
import { HealthScorePanel } from '../analytics/HealthScorePanel.js';
import { JoinsLeavesChart } from '../analytics/JoinsLeavesChart.js';
import { KpiStatusPanel } from '../analytics/KpiStatusPanel.js';
import { QueryStatus } from '../analytics/QueryStatus.js';
import { RetentionHeatmap } from '../analytics/RetentionHeatmap.js';
import { SummaryCards } from '../analytics/SummaryCards.js';
import { useChannelNames } from '../analytics/useChannelNames.js';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { sessionAllows } from '../session/roles.js';
import { useSession } from '../session/sessionQuery.js';
import '../analytics/analytics.css';

/**
 * Analytics: the range's headline figures, DAU / WAU / MAU, joins and leaves, the health
 * score with its parts, KPI status against targets with the open alerts, retention cohorts,
 * per-channel activity and the weekly digest's preview. The range is in the URL (`?range=90`,
 * `?from=2026-11-01&to=2026-11-30`), so a view can be shared; CSV export of each table.
 */
export function AnalyticsPage() {
  const [params, setParams] = useSearchParams();
  const now = Date.now();
  const today = utcToday(now);
  const range = readDateRange(params, now);
  const [basis, setBasis] = useState<'join' | 'first-message'>('join');
  const channelName = useChannelNames();
  const { session } = useSession();
  const isAdmin = session !== undefined && sessionAllows(session, 'admin');

  const summary = useQuery(summaryQuery(range));
  const series = useQuery(seriesQuery(range));
  const health = useQuery(healthQuery(range));
  const retention = useQuery(retentionQuery(range, basis));
  const channels = useQuery(channelsQuery(range));
  const points = series.data?.points;
  const joins = points?.reduce((sum, p) => sum + p.joins, 0);
  const leaves = points?.reduce((sum, p) => sum + p.leaves, 0);

  return (
    <div className="page analytics-page" data-testid="analytics-page">
      <header className="page-header">
        <div>
          <h1>Analytics</h1>
          <p className="page-subtitle" data-testid="analytics-range-label">
            {longDate(range.from)} – {longDate(range.to)} (UTC days)
          </p>
        </div>
        <CsvExportButton range={range} />
      </header>
      <DateRangePicker value={range} today={today} onChange={(next) => setParams(dateRangeSearchParams(next))} />

      <QueryStatus error={summary.error} pending={summary.isPending} what="Analytics" testId="summary" />
      {summary.data !== undefined && <SummaryCards summary={summary.data} />}

      <div className="grid-2">
        <Panel title="Active members" aside="DAU · WAU · MAU" testId="active-panel">
          <QueryStatus error={series.error} pending={series.isPending} what="The daily series" testId="series" />
          {points !== undefined && <ActiveMembersChart points={points} />}
        </Panel>
        <Panel
          title="Joins and leaves"
          aside={
            joins === undefined || leaves === undefined ? undefined : (
              <span data-testid="joins-leaves-total">
                +{formatCount(joins)} / −{formatCount(leaves)}
              </span>
            )
          }
          testId="joins-panel"
        >
          <QueryStatus error={series.error} pending={series.isPending} what="The daily series" testId="joins" />
          {points !== undefined && <JoinsLeavesChart points={points} />}
        </Panel>
      </div>

      <div className="grid-2 grid-top">
        {health.data === undefined ? (
          <Panel title="Health score" testId="health-panel">
            <QueryStatus error={health.error} pending={health.isPending} what="The health score" testId="health" />
          </Panel>
        ) : (
          <HealthScorePanel health={health.data} />
        )}
        <KpiStatusPanel />
      </div>

      <Panel
        title="Retention by weekly cohort"
        aside={
          <div className="tabs" role="group" aria-label="Cohorts by">
            {(['join', 'first-message'] as const).map((b) => (
              <button
                key={b}
                type="button"
                className="tab"
                data-state={basis === b ? 'active' : 'inactive'}
                aria-pressed={basis === b}
                onClick={() => setBasis(b)}
                data-testid={`retention-basis-${b}`}
              >
                {b === 'join' ? 'By join' : 'By first message'}
              </button>
            ))}
          </div>
        }
        testId="retention-panel"
      >
        <QueryStatus error={retention.error} pending={retention.isPending} what="Retention" testId="retention" />
        {retention.data !== undefined && (
          <>
            <RetentionHeatmap cohorts={retention.data.cohorts} basis={retention.data.basis} />
            <p className="muted small">
              Each cell: the share of the cohort active (posted or reacted) in that week after they{' '}
              {retention.data.basis === 'join' ? 'joined' : 'first posted'}. Weeks start on Monday (UTC).
            </p>
          </>
        )}
      </Panel>

      <Panel
        title="Activity by channel"
        aside={channels.data === undefined ? undefined : counted(channels.data.channels.length, 'channel')}
        testId="channels-panel"
      >
        <QueryStatus error={channels.error} pending={channels.isPending} what="Channel activity" testId="channels" />
        {channels.data !== undefined && (
          <ChannelActivityTable channels={channels.data.channels} channelName={channelName} />
        )}
      </Panel>

      <DigestPreviewPanel canPost={isAdmin} channelName={channelName} />
    </div>
  );
}
