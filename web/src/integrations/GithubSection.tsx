import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ModuleQueryStatus } from '../components/ModuleQueryStatus.js';
import { useChannelNames } from '../analytics/useChannelNames.js';
import { Panel } from '../components/Panel.js';
import { formatCount, timeAgo } from '../format.js';
import { LearningBarChart } from '../learning/LearningBarChart.js';
import type { DeliveryFilter, DeliveryList } from './githubApi.js';
import { deliveriesQuery, deliveryStatsQuery } from './githubQueries.js';
import './github.css';

const DAYS = 14;
const FILTERS: readonly DeliveryFilter[] = ['', 'routed', 'filtered', 'ignored', 'unknown', 'failed'];

/** Statuses that need an admin's eye: shown highlighted. */
const ATTENTION = new Set(['failed', 'unknown']);

function DeliveriesTable({ deliveries }: { deliveries: DeliveryList['deliveries'] }) {
  const channelName = useChannelNames();
  const now = Date.now();
  if (deliveries.length === 0) return <p className="empty">No deliveries yet.</p>;
  return (
    <div className="table-scroll">
      <table className="leaderboard" data-testid="github-deliveries">
        <thead>
          <tr>
            <th>Received</th>
            <th>Event</th>
            <th>Repository</th>
            <th>Sender</th>
            <th>Status</th>
            <th>Channels</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr
              key={d.deliveryId}
              className={ATTENTION.has(d.status) ? 'github-attention' : undefined}
              data-status={d.status}
              title={d.deliveryId}
            >
              <td>{timeAgo(d.receivedAt, now)}</td>
              <td>
                {d.event}
                {d.action === null ? '' : ` · ${d.action}`}
              </td>
              <td>{d.repository ?? '—'}</td>
              <td>{d.sender ?? '—'}</td>
              <td>
                <strong>{d.status}</strong>
                {d.reason === null ? null : <div className="muted">{d.reason}</div>}
              </td>
              <td>{d.channels.length === 0 ? '—' : d.channels.map(channelName).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The GitHub section of the Integrations page: delivery counts per day and the latest deliveries, failures highlighted. */
export function GithubSection() {
  const [filter, setFilter] = useState<DeliveryFilter>('');
  const deliveries = useQuery(deliveriesQuery(filter));
  const stats = useQuery(deliveryStatsQuery(DAYS));
  const failed = stats.data?.byStatus.find((s) => s.status === 'failed')?.count ?? 0;
  return (
    <Panel
      title="GitHub deliveries"
      testId="integrations-github"
      aside={
        <label>
          Status{' '}
          <select
            value={filter}
            onChange={(e) => setFilter(e.target.value as DeliveryFilter)}
            data-testid="github-filter"
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f === '' ? 'all' : f}
              </option>
            ))}
          </select>
        </label>
      }
    >
      {stats.data === undefined ? (
        <ModuleQueryStatus
          error={stats.error}
          pending={stats.isPending}
          what="delivery counts"
          testId="github-stats-status"
          missing="the github module is off"
        />
      ) : (
        <>
          <p data-testid="github-summary">
            {formatCount(stats.data.total)} deliveries in {DAYS} days
            {failed > 0 ? <strong className="github-failed"> · {formatCount(failed)} failed</strong> : null}
          </p>
          <LearningBarChart
            labels={stats.data.daily.map((d) => d.day.slice(5))}
            series={[
              { label: 'Deliveries', color: '#5865f2', values: stats.data.daily.map((d) => d.count) },
              { label: 'Failed', color: '#cf222e', values: stats.data.daily.map((d) => d.failed) },
            ]}
            title={`GitHub deliveries per day, last ${DAYS} days`}
            testId="github-daily-chart"
          />
        </>
      )}
      {deliveries.data === undefined ? (
        <ModuleQueryStatus
          error={deliveries.error}
          pending={deliveries.isPending}
          what="deliveries"
          testId="github-deliveries-status"
          missing="the github module is off"
        />
      ) : (
        <DeliveriesTable deliveries={deliveries.data.deliveries} />
      )}
    </Panel>
  );
}
