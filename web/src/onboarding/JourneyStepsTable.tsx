import { formatCount } from '../format.js';
import type { JourneyStepStats } from './onboardingApi.js';

/** Props of {@link JourneyStepsTable}. */
export interface JourneyStepsTableProps {
  steps: readonly JourneyStepStats[];
}

const count = (n: number): string => (n === 0 ? '–' : formatCount(n));

/** Each journey step: sent by DM, thread or channel (and fell back from closed DMs), skipped, stopped, waiting. */
export function JourneyStepsTable({ steps }: JourneyStepsTableProps) {
  if (steps.length === 0) return <p className="empty">The journey has no steps (onboarding.journey).</p>;
  return (
    <div className="channel-scroll">
      <table className="channel-table funnel-table" data-testid="journey-steps">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col" className="num">
              DM
            </th>
            <th scope="col" className="num">
              Thread
            </th>
            <th scope="col" className="num">
              Channel
            </th>
            <th scope="col" className="num" title="Sent to the thread or channel because the member's DMs were closed">
              Fell back
            </th>
            <th scope="col" className="num">
              Skipped
            </th>
            <th scope="col" className="num">
              Stopped
            </th>
            <th scope="col" className="num">
              Waiting
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.stepId} data-testid="journey-step" data-step={s.stepId}>
              <th scope="row">
                <code>{s.stepId}</code>
                {!s.configured && <span className="muted small"> (removed)</span>}
              </th>
              <td className="num">{count(s.sent.dm)}</td>
              <td className="num">{count(s.sent.thread)}</td>
              <td className="num">{count(s.sent.channel)}</td>
              <td className="num">{count(s.fellBack)}</td>
              <td className="num">{count(s.skipped)}</td>
              <td className="num">{count(s.stopped)}</td>
              <td className="num">{count(s.waiting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
