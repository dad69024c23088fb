import { formatCount } from '../format.js';
import { counted } from './counted.js';
import type { AnalyticsSummary } from './analyticsApi.js';
import { MetricCard } from './MetricCard.js';
import { hoursText, percent, percentPrecise } from './percent.js';

/** Props of {@link SummaryCards}. */
export interface SummaryCardsProps {
  summary: AnalyticsSummary;
}

/** The range's headline figures, each with its definition (docs/analytics.md) on hover. */
export function SummaryCards({ summary }: SummaryCardsProps) {
  const net = summary.members - summary.membersAtStart;
  return (
    <div className="stats analytics-stats" data-testid="analytics-summary">
      <MetricCard
        label="Members"
        value={formatCount(summary.members)}
        hint={`${net >= 0 ? '+' : '−'}${formatCount(Math.abs(net))} over the range${summary.growthRate === null ? '' : ` (${percentPrecise(summary.growthRate)})`}`}
        definition="Members at the end of the range's last day; the hint is the change over the range (growth rate)."
        testId="metric-members"
      />
      <MetricCard
        label="Joined / left"
        value={`${formatCount(summary.joins)} / ${formatCount(summary.leaves)}`}
        hint={
          summary.churnRate === null ? 'churn: no members at the start' : `churn ${percentPrecise(summary.churnRate)}`
        }
        definition="Members who joined and who left during the range; churn is leaves / members at the start."
        testId="metric-joins"
      />
      <MetricCard
        label="DAU / WAU / MAU"
        value={`${formatCount(summary.dau)} / ${formatCount(summary.wau)} / ${formatCount(summary.mau)}`}
        hint={`DAU/MAU ${percent(summary.stickiness)}`}
        definition="Distinct members who posted or reacted on the last day, in the last 7 days and in the last 30 days of the range."
        testId="metric-active"
      />
      <MetricCard
        label="Messages"
        value={formatCount(summary.messages)}
        hint={`${formatCount(Math.round(summary.messagesPerDay * 10) / 10)} a day · ${counted(summary.replies, 'reply', 'replies')}`}
        definition="Messages by humans in the range (bots are not counted), and of those, replies."
        testId="metric-messages"
      />
      <MetricCard
        label="Engagement"
        value={percentPrecise(summary.engagementRate)}
        hint={`activation ${percent(summary.activationRate)}`}
        definition="(Messages + replies) / members. Activation: share of the range's joiners who posted within 7 days."
        testId="metric-engagement"
      />
      <MetricCard
        label="First response"
        value={hoursText(summary.firstResponse.medianHours)}
        hint={`median · ${percent(summary.firstResponse.answeredShare)} of ${counted(summary.firstResponse.topics, 'topic')} answered`}
        definition="Median time from a topic's first message to the first reply by another human (CHAOSS)."
        testId="metric-first-response"
      />
    </div>
  );
}
