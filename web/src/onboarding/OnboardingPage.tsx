import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { DateRangePicker } from '../analytics/DateRangePicker.js';
import { dateRangeSearchParams, longDate, readDateRange, utcToday } from '../analytics/dateRange.js';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { CompletionPanel } from './CompletionPanel.js';
import { ExperimentsTable } from './ExperimentsTable.js';
import { FunnelChart } from './FunnelChart.js';
import { FunnelGroupsTable } from './FunnelGroupsTable.js';
import { FunnelStepsTable } from './FunnelStepsTable.js';
import { JourneyStepsTable } from './JourneyStepsTable.js';
import { funnelCsvUrl, type FunnelGrouping } from './onboardingApi.js';
import { experimentsQuery, funnelQuery } from './onboardingQueries.js';
import { OnboardingQueryStatus } from './OnboardingQueryStatus.js';
import '../analytics/analytics.css';
import './onboarding.css';

const SPLITS: readonly { id: FunnelGrouping; label: string }[] = [
  { id: 'none', label: 'All' },
  { id: 'type', label: 'By type' },
  { id: 'variant', label: 'By variant' },
];

function readSplit(params: URLSearchParams): FunnelGrouping {
  return SPLITS.find((s) => s.id === params.get('by'))?.id ?? 'none';
}

/**
 * Onboarding: the completion funnel of the members who joined in a date range (members, drop-off
 * and median time per step, the completion rate against the target), split by member type or
 * experiment variant, the journey steps' outcomes, and the A/B experiments with their status.
 * Range and split are in the URL (`?range=90&by=type`), so a view can be shared.
 */
export function OnboardingPage() {
  const [params, setParams] = useSearchParams();
  const now = Date.now();
  const today = utcToday(now);
  const range = readDateRange(params, now);
  const by = readSplit(params);
  const funnel = useQuery(funnelQuery(range, by));
  const experiments = useQuery(experimentsQuery);

  const navigate = (next: URLSearchParams, split: FunnelGrouping): void => {
    if (split !== 'none') next.set('by', split);
    setParams(next);
  };
  const data = funnel.data;

  return (
    <div className="page onboarding-page" data-testid="onboarding-page">
      <header className="page-header">
        <div>
          <h1>Onboarding</h1>
          <p className="page-subtitle" data-testid="onboarding-range-label">
            Members who joined {longDate(range.from)} – {longDate(range.to)} (UTC days)
          </p>
        </div>
        <a className="button" href={funnelCsvUrl(range, by)} download data-testid="funnel-csv">
          Export CSV
        </a>
      </header>
      <DateRangePicker value={range} today={today} onChange={(next) => navigate(dateRangeSearchParams(next), by)} />

      <div className="onboarding-top">
        <Panel
          title="Funnel"
          aside={data === undefined ? undefined : `${formatCount(data.total.joined)} joined`}
          testId="funnel-panel"
        >
          <OnboardingQueryStatus error={funnel.error} pending={funnel.isPending} what="The funnel" testId="funnel" />
          {data !== undefined &&
            (data.total.joined === 0 ? (
              <p className="empty" data-testid="funnel-empty">
                Nobody joined in this range.
              </p>
            ) : (
              <FunnelChart steps={data.total.steps} title="Onboarding funnel: members at each step" />
            ))}
        </Panel>
        {data !== undefined && <CompletionPanel total={data.total} target={data.completionTarget} />}
      </div>

      <Panel
        title="Steps"
        aside={
          <div className="tabs" role="group" aria-label="Split the funnel">
            {SPLITS.map((s) => (
              <button
                key={s.id}
                type="button"
                className="tab"
                data-state={by === s.id ? 'active' : 'inactive'}
                aria-pressed={by === s.id}
                onClick={() => navigate(dateRangeSearchParams(range), s.id)}
                data-testid={`funnel-by-${s.id}`}
              >
                {s.label}
              </button>
            ))}
          </div>
        }
        testId="steps-panel"
      >
        {data !== undefined && (
          <>
            <FunnelStepsTable steps={data.total.steps} />
            {by !== 'none' && data.by === by && (
              <FunnelGroupsTable
                groups={data.groups}
                stepLabels={data.total.steps}
                target={data.completionTarget}
                heading={by === 'type' ? 'Member type' : 'Variant'}
              />
            )}
            <p className="muted small">
              Steps can be done in any order, so a step may count more members than the one before. Median time: from
              the join to the step, among the members who did it.
            </p>
          </>
        )}
      </Panel>

      <Panel title="Experiments" aside="fixed horizon, 95% intervals" testId="experiments-panel">
        <OnboardingQueryStatus
          error={experiments.error}
          pending={experiments.isPending}
          what="Experiment results"
          testId="experiments"
        />
        {experiments.data !== undefined && <ExperimentsTable experiments={experiments.data.experiments} />}
        <p className="muted small">
          n counts members whose outcome window has closed. Rates and p-values appear once both arms reach the planned
          sample size, so a lucky early streak is never read as a result.
        </p>
      </Panel>

      <Panel title="Journey steps" testId="journey-panel">
        {data !== undefined && <JourneyStepsTable steps={data.journey} />}
      </Panel>
    </div>
  );
}
