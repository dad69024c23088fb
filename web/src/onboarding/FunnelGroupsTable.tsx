import { formatCount } from '../format.js';
import type { FunnelGroup } from './onboardingApi.js';
import { percentText } from './onboardingFormat.js';

/** Props of {@link FunnelGroupsTable}. */
export interface FunnelGroupsTableProps {
  groups: readonly FunnelGroup[];
  /** The steps' labels, in order (from the total funnel). */
  stepLabels: readonly { id: string; label: string }[];
  target: number;
  /** "Member type" or "Variant". */
  heading: string;
}

/**
 * One row per member type or experiment arm: its joiners, the share of them at each step and
 * its completion rate against the target.
 */
export function FunnelGroupsTable({ groups, stepLabels, target, heading }: FunnelGroupsTableProps) {
  if (groups.length === 0) {
    return (
      <p className="empty" data-testid="funnel-groups-empty">
        {heading === 'Variant' ? 'No joiner of this range is in an experiment.' : 'No joiners in this range.'}
      </p>
    );
  }
  const steps = stepLabels.filter((s) => s.id !== 'joined');
  return (
    <div className="channel-scroll">
      <table className="channel-table funnel-table" data-testid="funnel-groups">
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="num">
              Joined
            </th>
            {steps.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key} data-testid="funnel-group" data-key={group.key}>
              <th scope="row">{group.label}</th>
              <td className="num">{formatCount(group.joined)}</td>
              {group.steps
                .filter((s) => s.id !== 'joined')
                .map((s) => (
                  <td
                    key={s.id}
                    className={`num${s.id === 'completed' ? (group.meetsTarget === true ? ' on-target' : ' below-target') : ''}`}
                    title={`${formatCount(s.members)} of ${formatCount(group.joined)}${s.id === 'completed' ? ` (target ${percentText(target)})` : ''}`}
                    data-testid={s.id === 'completed' ? 'funnel-group-completion' : undefined}
                  >
                    {percentText(s.shareOfJoined)}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
