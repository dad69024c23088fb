import { formatCount } from '../format.js';
import type { FunnelStep } from './onboardingApi.js';
import { durationText, percentText } from './onboardingFormat.js';

/** Props of {@link FunnelStepsTable}. */
export interface FunnelStepsTableProps {
  steps: readonly FunnelStep[];
}

/** A drop-off as "−3 (25%)"; a step that outnumbers the one before as "+1". */
function dropOffText(step: FunnelStep): string {
  if (step.id === 'joined') return '';
  if (step.dropOff < 0) return `+${formatCount(-step.dropOff)}`;
  const rate = step.dropOffRate === null ? '' : ` (${percentText(step.dropOffRate)})`;
  return `−${formatCount(step.dropOff)}${rate}`;
}

/** Each step: members, share of joiners, drop-off from the step before, median time from the join. */
export function FunnelStepsTable({ steps }: FunnelStepsTableProps) {
  return (
    <div className="channel-scroll">
      <table className="channel-table funnel-table" data-testid="funnel-steps">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col" className="num">
              Members
            </th>
            <th scope="col" className="num">
              Of joined
            </th>
            <th scope="col" className="num">
              Drop-off
            </th>
            <th scope="col" className="num" title="Median time from the join to the step">
              Median time
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id} data-testid="funnel-step" data-step={step.id}>
              <th scope="row">{step.label}</th>
              <td className="num" data-testid="funnel-step-members">
                {formatCount(step.members)}
              </td>
              <td className="num">{percentText(step.shareOfJoined)}</td>
              <td className="num" data-testid="funnel-step-drop">
                {dropOffText(step)}
              </td>
              <td className="num" data-testid="funnel-step-median">
                {step.id === 'joined' ? '' : durationText(step.medianMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
