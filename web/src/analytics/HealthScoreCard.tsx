import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { healthQuery } from './analyticsQueries.js';
import { presetRange, utcToday } from './dateRange.js';
import { healthBand } from './HealthScorePanel.js';
import './analytics.css';

/**
 * The overview's health score line: today's score with its parts, linking to the analytics
 * page. Shows nothing until it has a score, nor when the analytics module is off (404) or the
 * read fails (the analytics page says why).
 */
export function HealthScoreCard() {
  const health = useQuery(healthQuery(presetRange('30', utcToday(Date.now()))));
  const data = health.data;
  if (data === undefined) return null;
  const { current } = data;
  const band = healthBand(current.score);
  return (
    <Link to="/analytics" className="health-card" data-testid="overview-health">
      <span className={`health-card-score health-${band.tone}`} data-testid="overview-health-score">
        {Math.round(current.score)}
      </span>
      <span className="health-card-text">
        <strong>Health score</strong> · {band.word}
        <span className="muted small">
          {' '}
          engagement {Math.round(current.engagement)} · growth {Math.round(current.growth)} · sentiment{' '}
          {Math.round(current.sentiment)}
          {data.sentimentPending ? ' (neutral until messages are scored)' : ''}
        </span>
      </span>
      <span className="health-card-link">Analytics →</span>
    </Link>
  );
}
