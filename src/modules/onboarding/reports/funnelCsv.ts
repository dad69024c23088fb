import type { OnboardingFunnel } from './OnboardingReportsApi.js';

type Cell = string | number | null;

function cell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A funnel as RFC 4180 CSV (header first, CRLF line ends): one row per group and step, the
 * whole range's joiners first (group `all`), then each type or arm.
 * @param funnel - the funnel
 * @returns the file name (`onboarding-funnel-<from>-to-<to>[-by-<by>].csv`) and the text
 */
export function funnelCsv(funnel: OnboardingFunnel): { filename: string; body: string } {
  const header = [
    'group',
    'step',
    'members',
    'share_of_joined',
    'drop_off',
    'drop_off_rate',
    'median_hours',
    'completion_rate',
    'completion_target',
  ];
  const rows: Cell[][] = [funnel.total, ...funnel.groups].flatMap((group) =>
    group.steps.map((step) => [
      group.key,
      step.id,
      step.members,
      step.shareOfJoined,
      step.dropOff,
      step.dropOffRate,
      step.medianMs === null ? null : step.medianMs / 3_600_000,
      group.completionRate,
      funnel.completionTarget,
    ]),
  );
  const by = funnel.by === 'none' ? '' : `-by-${funnel.by}`;
  return {
    filename: `onboarding-funnel-${funnel.range.from}-to-${funnel.range.to}${by}.csv`,
    body: [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n',
  };
}
