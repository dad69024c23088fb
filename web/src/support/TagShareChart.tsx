import type { SupportStats } from './supportApi.js';
import { duration, percent } from './supportFormat.js';

/** Props of {@link TagShareChart}. */
export interface TagShareChartProps {
  rows: SupportStats['byTag'];
}

/**
 * Resolution rate and community-answered share per tag as paired horizontal bars (0–100%),
 * with the questions asked and the median time to first response; the numbers are text, so
 * the chart reads without colour.
 */
export function TagShareChart({ rows }: TagShareChartProps) {
  if (rows.length === 0) {
    return (
      <p className="empty" data-testid="support-tags-empty">
        No questions asked in this range.
      </p>
    );
  }
  return (
    <div className="support-tag-chart" data-testid="support-tags">
      <div className="support-legend" aria-hidden="true">
        <span className="support-key support-key-resolved" /> Solved
        <span className="support-key support-key-community" /> Answered by the community
      </div>
      {rows.map((row) => (
        <div key={row.tag ?? ''} className="support-tag-row" data-testid="support-tag-row">
          <div className="support-tag-name">
            <strong>{row.tag ?? 'No tag'}</strong>
            <span className="muted small">
              {row.questions} asked · first answer {duration(row.firstResponse.medianMs)}
            </span>
          </div>
          <div className="support-tag-bars">
            <Bar kind="resolved" share={row.resolutionRate} label="solved" />
            <Bar kind="community" share={row.communityShare} label="community" />
          </div>
        </div>
      ))}
    </div>
  );
}

function Bar({ kind, share, label }: { kind: 'resolved' | 'community'; share: number | null; label: string }) {
  return (
    <div className="support-bar-line">
      <div className="support-bar-track">
        <div className={`support-bar support-bar-${kind}`} style={{ width: `${(share ?? 0) * 100}%` }} />
      </div>
      <span className="support-bar-value">
        {percent(share)} {label}
      </span>
    </div>
  );
}
