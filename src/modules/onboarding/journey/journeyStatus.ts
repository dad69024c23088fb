import { MESSAGE_CONTENT_LIMIT } from '../../../platform/Platform.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { dmsAllowed } from './dmsAllowed.js';
import { JourneySteps, type JourneyStep } from './journeySteps.js';

/**
 * The text of `/onboarding status`: whether tips come by DM or in the server, whether the
 * journey stopped, and each step with its due time (Discord timestamps, shown in the reader's
 * time zone) and what happened; within 2000 characters (the last steps are counted, not listed,
 * when they do not fit).
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member asking
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
export async function journeyStatus(ctx: OnboardingContext, guildId: string, userId: string): Promise<string> {
  const member = await new OnboardingMembers(ctx.db).get(guildId, userId);
  if (member === undefined) return 'Guildhall has no onboarding for you in this server.';
  const steps = await new JourneySteps(ctx.db).list(guildId, userId);
  const where = dmsAllowed(member) ? 'by DM' : 'in the server';
  const head =
    member.stopped_at === null
      ? `Your onboarding tips come ${where}. \`/onboarding stop\` ends them.`
      : `Your onboarding tips are stopped (${member.stopped_reason ?? 'stopped'}).`;
  if (steps.length === 0) return `${head}\nNo steps.`;
  const lines = [head];
  let length = head.length;
  for (const [index, step] of steps.entries()) {
    const line = stepLine(step);
    const rest = `\n… and ${steps.length - index} more`;
    if (length + 1 + line.length + rest.length > MESSAGE_CONTENT_LIMIT) {
      lines.push(rest.slice(1));
      break;
    }
    lines.push(line);
    length += 1 + line.length;
  }
  return lines.join('\n');
}

function stepLine(step: JourneyStep): string {
  const due = `<t:${Math.floor(step.due_at / 1000)}:f>`;
  return `• **${step.step_id}** (${due}): ${outcomeText(step)}`;
}

function outcomeText(step: JourneyStep): string {
  switch (step.outcome) {
    case null:
      return 'waiting';
    case 'dm':
      return 'sent by DM';
    case 'thread':
      return 'sent in your thread';
    case 'channel':
      return step.detail === 'dm_closed' ? 'sent in the channel (your DMs were closed)' : 'sent in the channel';
    case 'skipped':
      return `skipped (${step.detail ?? 'not needed'})`;
    case 'stopped':
      return 'stopped';
    default:
      return step.outcome;
  }
}
