import type { OnboardingExperiments, OnboardingFunnel } from './OnboardingReportsApi.js';
import { durationText, experimentStatusText, percentText, pointsText } from './reportWords.js';

/** What `guildhall report onboarding` prints: the range's funnel and every experiment's result. */
export interface OnboardingReport {
  funnel: OnboardingFunnel;
  experiments: OnboardingExperiments;
}

const pad = (text: string, width: number): string => text.padEnd(width);
const num = (n: number): string => n.toLocaleString('en-US');

function funnelLines(funnel: OnboardingFunnel): string[] {
  const lines = [
    `${pad('Step', 16)}${'Members'.padStart(8)}${'Of joined'.padStart(11)}${'Drop-off'.padStart(10)}  Median time`,
  ];
  for (const step of funnel.total.steps) {
    const drop = step.id === 'joined' ? '' : num(step.dropOff);
    lines.push(
      `${pad(step.label, 16)}${num(step.members).padStart(8)}${percentText(step.shareOfJoined).padStart(11)}${drop.padStart(10)}  ${step.id === 'joined' ? '' : durationText(step.medianMs)}`.trimEnd(),
    );
  }
  const { completionRate, meetsTarget } = funnel.total;
  lines.push(
    '',
    `Completion rate ${percentText(completionRate)} (target ${percentText(funnel.completionTarget)}${
      meetsTarget === null ? '' : meetsTarget ? ': met' : ': below'
    })`,
  );
  for (const group of funnel.groups) {
    lines.push(
      `  ${pad(group.label, 24)} ${num(group.joined).padStart(6)} joined  ${percentText(group.completionRate).padStart(6)} completed`,
    );
  }
  return lines;
}

function journeyLines(funnel: OnboardingFunnel): string[] {
  if (funnel.journey.length === 0) return [];
  const lines = ['', 'Journey steps (sent dm/thread/channel, fell back, skipped, stopped, waiting)'];
  for (const s of funnel.journey) {
    lines.push(
      `  ${pad(s.stepId + (s.configured ? '' : ' (removed)'), 24)} ${num(s.sent.dm)}/${num(s.sent.thread)}/${num(s.sent.channel)}  fell back ${num(s.fellBack)}  skipped ${num(s.skipped)}  stopped ${num(s.stopped)}  waiting ${num(s.waiting)}`,
    );
  }
  return lines;
}

function experimentLines(experiments: OnboardingExperiments): string[] {
  const lines = ['', 'Experiments'];
  if (experiments.experiments.length === 0) return [...lines, '  none configured (onboarding.experiments)'];
  for (const e of experiments.experiments) {
    lines.push(`  ${e.id}${e.enabled ? '' : ' (off)'}: ${e.outcomeLabel}`, `    ${experimentStatusText(e)}`);
    const a = e.analysis;
    for (const arm of e.arms) {
      const estimate = a.status === 'complete' ? (arm.role === 'control' ? a.control : a.treatment) : undefined;
      const rate =
        estimate === undefined
          ? ''
          : `  rate ${percentText(estimate.rate)} (95% CI ${percentText(estimate.interval.lower)}–${percentText(estimate.interval.upper)})`;
      lines.push(
        `    ${pad(arm.role, 9)} ${pad(arm.variantId, 16)} n ${num(arm.trials)} (${num(arm.waiting)} waiting)${rate}`,
      );
    }
    if (a.status === 'complete') {
      const d = a.comparison;
      lines.push(
        `    difference ${pointsText(d.difference)} (95% CI ${pointsText(d.interval.lower)} to ${pointsText(d.interval.upper)})`,
      );
    }
  }
  return lines;
}

/**
 * The onboarding report as lines of text: the funnel of the range's joiners (members, share of
 * joiners, drop-off and median time per step), the completion rate against the target (and by
 * group), the journey steps' outcomes and each experiment's status.
 * @param report - the funnel and the experiments
 */
export function onboardingReportText(report: OnboardingReport): string[] {
  const { funnel } = report;
  return [
    `Onboarding: members who joined ${funnel.range.from} to ${funnel.range.to} (UTC)`,
    '',
    ...funnelLines(funnel),
    ...journeyLines(funnel),
    ...experimentLines(report.experiments),
  ];
}
