import type { ReportView } from './feedbackApi.js';
import { STATUS_LABELS, TYPE_LABELS, signedVotes } from './feedbackWords.js';

/** Props of {@link WeeklyReportPanel}. */
export interface WeeklyReportPanelProps {
  view: ReportView;
}

const REASONS = { critical: 'critical', votes: 'most voted', negative: 'negative bug' } as const;

/**
 * This week's report as staff get it in their channel: items opened and closed, sentiment of
 * the items and messages, the top topics, the priority issues and the surveys closed.
 */
export function WeeklyReportPanel({ view }: WeeklyReportPanelProps) {
  const { report } = view;
  const { items, messages } = report.sentiment;
  return (
    <div className="feedback-report" data-testid="feedback-report">
      <dl className="feedback-report-figures">
        <div>
          <dt>Opened</dt>
          <dd data-testid="feedback-report-opened">{report.opened}</dd>
        </div>
        <div>
          <dt>Closed</dt>
          <dd>{report.closed}</dd>
        </div>
        <div>
          <dt>Items by sentiment</dt>
          <dd>
            <SentimentSplit counts={items} />
          </dd>
        </div>
        <div>
          <dt>Messages by sentiment</dt>
          <dd>
            <SentimentSplit counts={messages} />
          </dd>
        </div>
        {report.surveys !== undefined && (
          <div>
            <dt>Surveys closed</dt>
            <dd>
              {report.surveys.closed} ({report.surveys.responses} answers
              {report.surveys.nps === null ? '' : `, NPS ${report.surveys.nps}`})
            </dd>
          </div>
        )}
      </dl>
      <h3 className="feedback-report-heading">Topics</h3>
      {report.topics.length === 0 ? (
        <p className="empty small">No topics this week.</p>
      ) : (
        <ul className="feedback-topics" data-testid="feedback-report-topics">
          {report.topics.map((topic) => (
            <li key={topic.term}>
              {topic.term} <span className="muted small">×{topic.count}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="feedback-report-heading">Priority issues</h3>
      {report.priority.length === 0 ? (
        <p className="empty small">Nothing urgent.</p>
      ) : (
        <ol className="feedback-priority" data-testid="feedback-report-priority">
          {report.priority.map((item) => (
            <li key={item.number}>
              <span className="feedback-number">#{item.number}</span> {item.title}{' '}
              <span className="muted small">
                · {TYPE_LABELS[item.type]} · {STATUS_LABELS[item.status]} · {REASONS[item.reason]} ·{' '}
                {signedVotes(item.votes)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Positive, neutral and negative counts, each after its coloured dot (named for screen readers). */
function SentimentSplit({ counts }: { counts: ReportView['report']['sentiment']['items'] }) {
  return (
    <span className="feedback-split">
      {(['positive', 'neutral', 'negative'] as const).map((label) => (
        <span key={label} className="feedback-split-part" title={label}>
          <span className={`feedback-dot feedback-sentiment-${label}`} aria-label={label} role="img" />
          {counts[label]}
        </span>
      ))}
    </span>
  );
}
