import { percent } from './learningWords.js';

/** Props of {@link CompatibilityBar}. */
export interface CompatibilityBarProps {
  /** 0 … 1. */
  value: number;
  /** `progress`: one colour whatever the value (a share of time, not a fit). */
  tone?: 'fit' | 'progress';
  testId?: string;
}

/** A compatibility as a short bar with its percentage (green from 70 %, amber from 50 %), or a progress in one colour. */
export function CompatibilityBar({ value, tone = 'fit', testId }: CompatibilityBarProps) {
  const level = tone === 'progress' ? 'progress' : value >= 0.7 ? 'high' : value >= 0.5 ? 'mid' : 'low';
  return (
    <span className="learning-bar" data-testid={testId} data-value={value.toFixed(2)}>
      <span className="learning-bar-track">
        <span
          className={`learning-bar-fill learning-bar-${level}`}
          style={{ width: `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%` }}
        />
      </span>
      <span className="learning-bar-value">{percent(value)}</span>
    </span>
  );
}
