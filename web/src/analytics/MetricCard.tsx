/** Props of {@link MetricCard}. */
export interface MetricCardProps {
  label: string;
  /** The figure, already formatted ("1,234", "46%", "–"). */
  value: string;
  hint?: string;
  /** The metric's definition, shown on hover. */
  definition: string;
  testId: string;
}

/** One headline figure of the range, with its definition on hover. */
export function MetricCard({ label, value, hint, definition, testId }: MetricCardProps) {
  return (
    <div className="stat-card metric-card" data-testid={testId} title={definition}>
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={`${testId}-value`}>
        {value}
      </div>
      {hint !== undefined && <div className="stat-hint">{hint}</div>}
    </div>
  );
}
