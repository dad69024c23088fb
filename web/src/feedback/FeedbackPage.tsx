import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { DateRangePicker } from '../analytics/DateRangePicker.js';
import { dateRangeSearchParams, longDate, readDateRange, utcToday } from '../analytics/dateRange.js';
import { MetricCard } from '../analytics/MetricCard.js';
import { Panel } from '../components/Panel.js';
import { sessionAllows } from '../session/roles.js';
import { useSession } from '../session/sessionQuery.js';
import { NpsChart } from './NpsChart.js';
import { feedbackBoardQuery, npsQuery, sentimentQuery, topVotedQuery, weeklyReportQuery } from './feedbackQueries.js';
import { FeedbackQueryStatus } from './FeedbackQueryStatus.js';
import { percentOf } from './feedbackWords.js';
import { SentimentChart } from './SentimentChart.js';
import { StatusBoard } from './StatusBoard.js';
import { TopVotedList } from './TopVotedList.js';
import { WeeklyReportPanel } from './WeeklyReportPanel.js';
import '../analytics/analytics.css';
import './feedback.css';

/**
 * Feedback: the inbox as a status board (staff move items with a select), the most voted
 * items, this week's report, and for a date range (in the URL, like Analytics) the sentiment
 * of messages and items per day; NPS over the last year.
 */
export function FeedbackPage() {
  const [params, setParams] = useSearchParams();
  const now = Date.now();
  const today = utcToday(now);
  const range = readDateRange(params, now);
  const { session } = useSession();
  const canChange = session !== undefined && sessionAllows(session, 'moderator');
  const board = useQuery(feedbackBoardQuery);
  const top = useQuery(topVotedQuery);
  const sentiment = useQuery(sentimentQuery(range));
  const nps = useQuery(npsQuery);
  const report = useQuery(weeklyReportQuery);
  const open = board.data?.columns
    .filter((c) => c.status !== 'done' && c.status !== 'declined')
    .reduce((n, c) => n + c.count, 0);
  const npsSurveys = nps.data?.surveys.filter((s) => s.kind === 'nps') ?? [];
  const latestNps = npsSurveys.at(-1);

  return (
    <div className="page page-wide feedback-page" data-testid="feedback-page">
      <header className="page-header">
        <div>
          <h1>Feedback</h1>
          <p className="page-subtitle">
            The inbox by status; sentiment {longDate(range.from)} – {longDate(range.to)} (UTC days)
          </p>
        </div>
      </header>

      <Panel
        title="Status board"
        aside={
          open === undefined ? undefined : `${open} open${board.data?.merged ? ` · ${board.data.merged} merged` : ''}`
        }
        testId="feedback-board-panel"
      >
        <FeedbackQueryStatus error={board.error} pending={board.isPending} what="The board" testId="feedback-board" />
        {board.data !== undefined && <StatusBoard board={board.data} canChange={canChange} />}
      </Panel>

      <div className="grid-2 grid-top">
        <Panel title="Most voted" aside="net votes" testId="feedback-top-panel">
          <FeedbackQueryStatus error={top.error} pending={top.isPending} what="Top items" testId="feedback-top" />
          {top.data !== undefined && <TopVotedList items={top.data.items} />}
        </Panel>
        <Panel
          title="This week's report"
          aside={
            report.data === undefined
              ? undefined
              : `week of ${longDate(report.data.week)}${report.data.postedAt === null ? ' · so far' : ' · posted'}`
          }
          testId="feedback-report-panel"
        >
          <FeedbackQueryStatus
            error={report.error}
            pending={report.isPending}
            what="The weekly report"
            testId="feedback-report"
          />
          {report.data !== undefined && <WeeklyReportPanel view={report.data} />}
        </Panel>
      </div>

      <DateRangePicker value={range} today={today} onChange={(next) => setParams(dateRangeSearchParams(next))} />
      <FeedbackQueryStatus
        error={sentiment.error}
        pending={sentiment.isPending}
        what="Sentiment"
        testId="feedback-sentiment"
      />
      {sentiment.data !== undefined && (
        <div className="stats analytics-stats" data-testid="feedback-summary">
          <MetricCard
            label="Positive messages"
            value={percentOf(sentiment.data.totals.positiveShare)}
            hint={`${sentiment.data.totals.messages.positive + sentiment.data.totals.messages.neutral + sentiment.data.totals.messages.negative} scored`}
            definition="Share of the messages scored in the range that read positive (the health score's sentiment part)."
            testId="feedback-positive-share"
          />
          <MetricCard
            label="Negative items"
            value={String(sentiment.data.totals.items.negative)}
            hint={`of ${sentiment.data.totals.items.positive + sentiment.data.totals.items.neutral + sentiment.data.totals.items.negative} submitted`}
            definition="Feedback items submitted in the range whose text reads negative."
            testId="feedback-negative-items"
          />
          <MetricCard
            label="NPS"
            value={latestNps?.nps === null || latestNps === undefined ? '–' : String(latestNps.nps)}
            hint={latestNps === undefined ? 'no survey yet' : `latest survey · ${latestNps.responses} answers`}
            definition="Net Promoter Score of the latest closed NPS survey: % promoters (9–10) − % detractors (0–6)."
            testId="feedback-nps"
          />
        </div>
      )}

      <div className="grid-2 grid-top">
        <Panel title="Sentiment of messages" aside="per day" testId="feedback-sentiment-panel">
          {sentiment.data !== undefined && (
            <SentimentChart days={sentiment.data.days} of="messages" testId="feedback-sentiment-chart" />
          )}
        </Panel>
        <Panel title="Sentiment of feedback items" aside="per day" testId="feedback-item-sentiment-panel">
          {sentiment.data !== undefined && (
            <SentimentChart days={sentiment.data.days} of="items" testId="feedback-item-sentiment-chart" />
          )}
        </Panel>
      </div>

      <Panel title="NPS over time" aside="closed surveys, last 365 days" testId="feedback-nps-panel">
        <FeedbackQueryStatus error={nps.error} pending={nps.isPending} what="Survey results" testId="feedback-nps" />
        {nps.data !== undefined && <NpsChart surveys={npsSurveys} />}
      </Panel>
    </div>
  );
}
