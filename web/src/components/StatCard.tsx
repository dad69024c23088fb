import { formatCount } from '../format.js';

/** Props of {@link StatCard}. */
export interface StatCardProps {
  label: string;
  value: number;
  hint?: string;
  /** `alert` colours a non-zero value (e.g. handler failures). */
  tone?: 'normal' | 'alert';
  testId: string;
}

/** One headline number with its label. */
export function StatCard({ label, value, hint, tone = 'normal', testId }: StatCardProps) {
  const alert = tone === 'alert' && value > 0;
  return (
    <div className={`stat-card${alert ? ' stat-card-alert' : ''}`} data-testid={testId}>
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={`${testId}-value`}>
        {formatCount(value)}
      </div>
      {hint !== undefined && <div className="stat-hint">{hint}</div>}
    </div>
  );
}
