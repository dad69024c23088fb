import { Panel } from '../components/Panel.js';
import type { ConfigPlan, PlanChange } from './configApi.js';
import { groupPlanChanges, planCounts, summaryDetail } from './planGroups.js';

/** Props of {@link PlanPanel}. */
export interface PlanPanelProps {
  plan: ConfigPlan;
}

/**
 * The server blueprint's plan against the live guild, as `guildhall plan` makes it: "up to
 * date", or the changes `apply` would make grouped by kind; the deletions it would make only
 * with `--prune` folded away below; and what Discord would refuse.
 */
export function PlanPanel({ plan }: PlanPanelProps) {
  const changes = plan.changes.filter((c) => c.executable);
  const pruneOnly = plan.changes.filter((c) => !c.executable);
  return (
    <Panel title="Server blueprint plan" testId="config-plan" aside={<PlanStatus plan={plan} />}>
      {plan.error !== null && (
        <div className="error-banner" role="alert">
          No plan: {plan.error}
        </div>
      )}
      {!plan.enabled && (
        <p className="config-note" data-testid="config-plan-off">
          The blueprint is off (<code>server.enabled: false</code>): <code>guildhall plan</code> and <code>apply</code>{' '}
          refuse to run.
        </p>
      )}
      {plan.enabled && plan.error === null && plan.upToDate && (
        <p className="config-note" data-testid="config-plan-up-to-date">
          <strong>Up to date</strong>: <code>guildhall apply</code> would change nothing.
        </p>
      )}
      {changes.length > 0 && (
        <>
          <p className="config-note">
            <code>guildhall apply</code> would make these changes ({planCounts(changes)}).
          </p>
          <PlanGroups changes={changes} />
        </>
      )}
      {pruneOnly.length > 0 && (
        <details className="plan-prune" data-testid="plan-prune-only">
          <summary>
            {pruneOnly.length} {pruneOnly.length === 1 ? 'deletion' : 'deletions'} only with <code>apply --prune</code>
          </summary>
          <PlanGroups changes={pruneOnly} />
        </details>
      )}
      {plan.problems.length > 0 && (
        <section className="plan-group" data-testid="plan-problems">
          <h3>Discord would refuse</h3>
          <ul className="config-problems">
            {plan.problems.map((problem, index) => (
              <li key={index} className="config-problem config-problem-error">
                <span className="config-problem-text">{problem}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Panel>
  );
}

function PlanGroups({ changes }: { changes: readonly PlanChange[] }) {
  return groupPlanChanges(changes).map((group) => (
    <section key={group.kind} className="plan-group" data-testid="plan-group" data-kind={group.kind}>
      <h3>
        {group.heading} <span className="muted">({group.changes.length})</span>
      </h3>
      <ul className="plan-changes">
        {group.changes.map((change, index) => (
          <li key={index} className="plan-change" data-testid="plan-change" data-action={change.action}>
            <span className={`plan-action plan-action-${change.action}`}>{change.action}</span>
            <span className="plan-target">{change.target}</span>
            <span className="plan-summary">{summaryDetail(change)}</span>
          </li>
        ))}
      </ul>
    </section>
  ));
}

function PlanStatus({ plan }: PlanPanelProps) {
  if (plan.error !== null) return <span className="config-verdict config-verdict-invalid">unavailable</span>;
  if (!plan.enabled) return <span className="config-verdict">off</span>;
  if (plan.upToDate) return <span className="config-verdict config-verdict-valid">up to date</span>;
  const count = plan.changes.filter((c) => c.executable).length;
  return (
    <span className="config-verdict config-verdict-changes" data-testid="config-plan-status">
      {count} {count === 1 ? 'change' : 'changes'}
    </span>
  );
}
