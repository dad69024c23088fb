import { Panel } from '../components/Panel.js';
import type { HealthReport } from './analyticsApi.js';
import { longDate } from './dateRange.js';
import { HealthTrendChart } from './HealthTrendChart.js';
import { percentPrecise } from './percent.js';

/** Props of {@link HealthScorePanel}. */
export interface HealthScorePanelProps {
  health: HealthReport;
}

/** The band a score falls in, for its colour and word. */
export function healthBand(score: number): { tone: 'good' | 'fair' | 'poor'; word: string } {
  if (score >= 70) return { tone: 'good', word: 'healthy' };
  if (score >= 40) return { tone: 'fair', word: 'fair' };
  return { tone: 'poor', word: 'needs attention' };
}

/**
 * The health score on the range's last day (0–100), how it is made (weight × part, each part
 * with its bar and, for engagement and growth, the measured rate against its target), the
 * notice that sentiment counts as neutral while no feedback module provides it, and the trend.
 */
export function HealthScorePanel({ health }: HealthScorePanelProps) {
  const { current, weights, inputs } = health;
  const band = healthBand(current.score);
  const parts = [
    {
      id: 'engagement',
      label: 'Engagement',
      weight: weights.engagement,
      value: current.engagement,
      detail: rateDetail('engagement rate', inputs.engagementRate, inputs.engagementTarget),
    },
    {
      id: 'growth',
      label: 'Growth',
      weight: weights.growth,
      value: current.growth,
      detail: rateDetail('growth', inputs.growthRate, inputs.growthTarget),
    },
    {
      id: 'sentiment',
      label: 'Sentiment',
      weight: weights.sentiment,
      value: current.sentiment,
      detail: health.sentimentPending ? 'neutral until messages are scored' : 'share of positive interactions',
    },
  ];
  return (
    <Panel title="Health score" aside={`on ${longDate(current.date)}`} testId="health-panel">
      <div className="health-head">
        <div className={`health-score health-${band.tone}`} data-testid="health-score">
          <span className="health-score-value" data-testid="health-score-value">
            {Math.round(current.score)}
          </span>
          <span className="health-score-max">/ 100</span>
        </div>
        <div className="health-formula muted small">
          <div className={`health-band health-band-${band.tone}`}>{band.word}</div>
          {parts.map((part) => `${part.weight} × ${part.label.toLowerCase()}`).join(' + ')}
        </div>
      </div>
      <ul className="health-parts">
        {parts.map((part) => (
          <li key={part.id} className="health-part" data-testid={`health-part-${part.id}`}>
            <div className="health-part-line">
              <span className="health-part-label">
                {part.label} <span className="muted small">× {part.weight}</span>
              </span>
              <span className="health-part-value" data-testid={`health-part-${part.id}-value`}>
                {Math.round(part.value)}
              </span>
            </div>
            <div
              className="health-part-bar"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(part.value)}
              aria-label={`${part.label} part`}
            >
              <span className={`health-part-fill health-fill-${part.id}`} style={{ width: `${clamp(part.value)}%` }} />
            </div>
            <div className="muted small">{part.detail}</div>
          </li>
        ))}
      </ul>
      {health.sentimentPending && (
        <p className="health-notice" data-testid="health-sentiment-pending">
          Sentiment counts as neutral (50) until the feedback module has scored a day of messages
          (`feedback.sentiment.messages`).
        </p>
      )}
      <HealthTrendChart trend={health.trend} />
    </Panel>
  );
}

/** `7.8% engagement rate over 30 days, against a 15.0% target` (or why there is none). */
function rateDetail(what: string, rate: number | null, target: number): string {
  const measured =
    rate === null ? `no ${what} yet (no members 30 days ago)` : `${percentPrecise(rate)} ${what} over 30 days`;
  return `${measured}, against a ${percentPrecise(target)} target`;
}

function clamp(value: number): number {
  return Math.min(Math.max(value, 0), 100);
}
