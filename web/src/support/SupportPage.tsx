import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateRangePicker } from '../analytics/DateRangePicker.js';
import { dateRangeSearchParams, longDate, readDateRange, utcToday } from '../analytics/dateRange.js';
import { MetricCard } from '../analytics/MetricCard.js';
import { Panel } from '../components/Panel.js';
import { EventsBarChart } from '../events/EventsBarChart.js';
import { HeroesTable } from './HeroesTable.js';
import type { SupportStats } from './supportApi.js';
import { duration, percent } from './supportFormat.js';
import { responseTimesQuery, supportHeroesQuery, supportQueueQuery, supportStatsQuery } from './supportQueries.js';
import { SupportQueryStatus } from './SupportQueryStatus.js';
import { SupportQueueTable } from './SupportQueueTable.js';
import { TagShareChart } from './TagShareChart.js';
import '../analytics/analytics.css';
import './support.css';

/** The histogram's axis labels (the API's are longer: they are for tables). */
const SHORT_LABELS: Record<string, string> = {
  'under-15m': '<15m',
  'under-1h': '<1h',
  'under-4h': '<4h',
  'under-24h': '<24h',
  'under-48h': '<48h',
  later: 'later',
  unanswered: 'none yet',
};

/**
 * Support: the queue of open questions by age against their tier's target (live), and for a
 * date range (in the URL, like Analytics) the headline figures, the time-to-first-response
 * distribution, resolution and community-answered share per tag, and the support heroes.
 */
export function SupportPage() {
  const [params, setParams] = useSearchParams();
  const now = Date.now();
  const today = utcToday(now);
  const range = readDateRange(params, now);
  const queue = useQuery(supportQueueQuery);
  const stats = useQuery(supportStatsQuery(range));
  const times = useQuery(responseTimesQuery(range));
  const heroes = useQuery(supportHeroesQuery(range));
  const formatCount = useCallback((value: number) => String(Math.round(value)), []);
  const overdue = queue.data?.questions.filter((q) => q.overdue).length ?? 0;
  const answered = times.data?.buckets.filter((b) => b.id !== 'unanswered').reduce((n, b) => n + b.count, 0) ?? 0;

  return (
    <div className="page support-page" data-testid="support-page">
      <header className="page-header">
        <div>
          <h1>Support</h1>
          <p className="page-subtitle" data-testid="support-range-label">
            Questions asked {longDate(range.from)} – {longDate(range.to)} (UTC days)
          </p>
        </div>
        <Link className="button" to="/support/knowledge" data-testid="support-kb-link">
          Knowledge base
        </Link>
      </header>

      <Panel
        title="Queue"
        aside={
          queue.data === undefined
            ? undefined
            : `${queue.data.questions.length} open${overdue > 0 ? ` · ${overdue} overdue` : ''}`
        }
        testId="support-queue-panel"
      >
        <SupportQueryStatus error={queue.error} pending={queue.isPending} what="The queue" testId="support-queue" />
        {queue.data !== undefined && <SupportQueueTable queue={queue.data} />}
      </Panel>

      <DateRangePicker value={range} today={today} onChange={(next) => setParams(dateRangeSearchParams(next))} />
      <SupportQueryStatus error={stats.error} pending={stats.isPending} what="Support figures" testId="support-stats" />
      {stats.data !== undefined && <SupportCards totals={stats.data.totals} />}

      <div className="grid-2 grid-top">
        <Panel
          title="Time to first response"
          aside={
            times.data === undefined || times.data.targetMs === null || times.data.questions === 0
              ? undefined
              : `${times.data.withinTarget} of ${times.data.questions} within ${duration(times.data.targetMs)}`
          }
          testId="support-times-panel"
        >
          <SupportQueryStatus
            error={times.error}
            pending={times.isPending}
            what="Response times"
            testId="support-times"
          />
          {times.data !== undefined &&
            (times.data.questions === 0 ? (
              <p className="empty" data-testid="support-times-empty">
                No questions asked in this range.
              </p>
            ) : (
              <>
                <EventsBarChart
                  bars={times.data.buckets.map((b) => ({ label: SHORT_LABELS[b.id] ?? b.label, value: b.count }))}
                  format={formatCount}
                  title="Questions by time to first response"
                  testId="support-times-chart"
                />
                <p className="muted small">
                  {answered} answered · {times.data.buckets.find((b) => b.id === 'unanswered')?.count ?? 0} still
                  unanswered
                </p>
              </>
            ))}
        </Panel>
        <Panel title="By tag" aside="solved · answered by the community" testId="support-tags-panel">
          {stats.data !== undefined && <TagShareChart rows={stats.data.byTag} />}
        </Panel>
      </div>

      <Panel title="Support heroes" aside="solutions written, then first answers" testId="support-heroes-panel">
        <SupportQueryStatus
          error={heroes.error}
          pending={heroes.isPending}
          what="Support heroes"
          testId="support-heroes"
        />
        {heroes.data !== undefined && <HeroesTable heroes={heroes.data.heroes} />}
      </Panel>
    </div>
  );
}

function SupportCards({ totals }: { totals: SupportStats['totals'] }) {
  return (
    <div className="stats analytics-stats" data-testid="support-summary">
      <MetricCard
        label="Questions"
        value={String(totals.questions)}
        hint={`${totals.answered} answered`}
        definition="Questions (help forum posts and help-channel threads) asked in the range; answered: someone other than the asker replied."
        testId="support-questions"
      />
      <MetricCard
        label="Answered by the community"
        value={percent(totals.communityShare)}
        hint={`staff ${percent(totals.staffShare)}`}
        definition="Of the answered questions, the share whose first answer came from a member without a staff role."
        testId="support-community-share"
      />
      <MetricCard
        label="First response"
        value={duration(totals.firstResponse.medianMs)}
        hint={`median · p90 ${duration(totals.firstResponse.p90Ms)}`}
        definition="Time from the question to the first reply by a human who is not the asker (CHAOSS); median and 90th percentile."
        testId="support-first-response"
      />
      <MetricCard
        label="Resolution rate"
        value={percent(totals.resolutionRate)}
        hint={`${totals.solved} solved`}
        definition="Share of the questions asked in the range with a marked solution."
        testId="support-resolution-rate"
      />
      <MetricCard
        label="Time to resolution"
        value={duration(totals.resolution.medianMs)}
        hint={`median · p90 ${duration(totals.resolution.p90Ms)}`}
        definition="Time from the question to its solution being marked; median and 90th percentile of the solved questions."
        testId="support-resolution-time"
      />
    </div>
  );
}
