import { formatCount } from '../format.js';
import type { ExperimentResult } from './onboardingApi.js';
import { percentText, pointsText, pValueText } from './onboardingFormat.js';

/** Props of {@link ExperimentsTable}. */
export interface ExperimentsTableProps {
  experiments: readonly ExperimentResult[];
}

const TEST_NAMES = { two_proportion_z: 'two-proportion z-test', fisher_exact: "Fisher's exact test" } as const;

/** The status cell: still collecting (no rate or p-value yet), the verdict, or why it cannot be analysed. */
function Status({ experiment }: { experiment: ExperimentResult }) {
  const a = experiment.analysis;
  if (a.status === 'invalid') return <span className="warning">Cannot be analysed: {a.error}</span>;
  if (a.status === 'collecting') {
    const needed = a.control.remaining + a.treatment.remaining;
    return (
      <span data-testid="experiment-status" data-status="collecting">
        <span className="experiment-chip">collecting</span> {formatCount(needed)} more members needed
        <span className="muted small"> ({formatCount(a.requiredPerArm)} per arm)</span>
      </span>
    );
  }
  const d = a.comparison;
  const winner = d.difference > 0 ? a.treatment.variantId : a.control.variantId;
  return (
    <span data-testid="experiment-status" data-status="complete">
      <span className={`experiment-chip${a.significant ? ' experiment-chip-significant' : ''}`}>
        {a.significant ? `${winner} wins` : 'no significant difference'}
      </span>{' '}
      {pValueText(d.pValue)}, {TEST_NAMES[d.test]}
      <span className="muted small">
        {' '}
        (difference {pointsText(d.difference)}, 95% CI {pointsText(d.interval.lower)} to {pointsText(d.interval.upper)};
        α = {a.alpha})
      </span>
    </span>
  );
}

/**
 * The A/B experiments: per arm its n (members whose outcome window closed; those still inside it
 * waiting), the rate with its 95 % interval once the planned sample is reached, and the status:
 * how many more members are needed, or the p-value, the test used and the verdict.
 */
export function ExperimentsTable({ experiments }: ExperimentsTableProps) {
  if (experiments.length === 0) {
    return (
      <p className="empty" data-testid="experiments-empty">
        No experiment is configured (onboarding.experiments in community.yaml).
      </p>
    );
  }
  return (
    <div className="channel-scroll">
      <table className="channel-table experiments-table" data-testid="experiments-table">
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col" className="num" title="Members whose outcome window has closed">
              n
            </th>
            <th scope="col" className="num">
              Rate (95% CI)
            </th>
          </tr>
        </thead>
        {experiments.map((e) => (
          <tbody key={e.id} data-testid="experiment" data-experiment={e.id}>
            <tr className="experiment-head">
              <th scope="rowgroup" colSpan={3}>
                <code>{e.id}</code>
                {!e.enabled && <span className="muted small"> (off)</span>}
                <span className="muted small"> · {e.outcomeLabel}</span>
              </th>
            </tr>
            {e.arms.map((arm, index) => {
              const a = e.analysis;
              const estimate = a.status === 'complete' ? (index === 0 ? a.control : a.treatment) : undefined;
              return (
                <tr key={arm.variantId} data-testid="experiment-arm">
                  <td>
                    {arm.variantId} <span className="muted small">{arm.role}</span>
                  </td>
                  <td className="num" data-testid="experiment-n">
                    {formatCount(arm.trials)}
                    {arm.waiting > 0 && <div className="muted small">+{formatCount(arm.waiting)} waiting</div>}
                  </td>
                  <td className="num" data-testid="experiment-rate">
                    {estimate === undefined ? (
                      <span className="muted" title="Shown once the planned sample is reached (no peeking)">
                        –
                      </span>
                    ) : (
                      <>
                        {percentText(estimate.rate)}
                        <div className="muted small">
                          {percentText(estimate.interval.lower)}–{percentText(estimate.interval.upper)}
                        </div>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
            <tr className="experiment-status-row">
              <td colSpan={3} className="experiment-status">
                <Status experiment={e} />
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
