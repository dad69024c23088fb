import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import type { FunnelGroup } from './onboardingApi.js';
import { percentText } from './onboardingFormat.js';

/** Props of {@link CompletionPanel}. */
export interface CompletionPanelProps {
  total: FunnelGroup;
  target: number;
}

/**
 * The range's completion rate (joiners who passed the gate) against `onboarding.completionTarget`,
 * as a number and a bar with the target marked.
 */
export function CompletionPanel({ total, target }: CompletionPanelProps) {
  const rate = total.completionRate;
  const completed = total.steps.find((s) => s.id === 'completed')?.members ?? 0;
  const state = total.meetsTarget === null ? 'none' : total.meetsTarget ? 'met' : 'below';
  return (
    <Panel title="Completion rate" aside={`target ${percentText(target)}`} testId="completion-panel">
      <div className={`completion completion-${state}`}>
        <span className="completion-value" data-testid="completion-rate">
          {percentText(rate)}
        </span>
        <span className="completion-verdict" data-testid="completion-verdict">
          {state === 'none' ? 'no joiners in this range' : state === 'met' ? 'target met' : 'below target'}
        </span>
      </div>
      <div
        className="completion-bar"
        role="img"
        aria-label={`Completion ${percentText(rate)} against a target of ${percentText(target)}`}
      >
        <span className="completion-fill" style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
        <span className="completion-target" style={{ left: `${Math.round(target * 100)}%` }} />
      </div>
      <p className="muted small">
        {formatCount(completed)} of {formatCount(total.joined)} joiners passed the gate (onboarding complete).
      </p>
    </Panel>
  );
}
