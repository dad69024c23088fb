import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { TakenAction } from '../sanctions/takeAction.js';
import type { ModerationContext } from '../ModerationContext.js';

/**
 * Records a moderator's command on a member in the audit log: who (`discord:<moderator>`),
 * what (`moderation.<verb>`), to whom (the member), with the reason, the case and whether
 * Discord carried it out.
 * @param ctx - module context
 * @param interaction - the moderator's command
 * @param action - `moderation.warn`, `moderation.ban` …
 * @param c - the case the command opened
 * @param details - more to keep (duration…); never message content
 */
export async function auditCase(
  ctx: ModerationContext,
  interaction: DomainEventOf<'interaction.command'>,
  action: `moderation.${string}`,
  c: TakenAction,
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await ctx.audit({
    guildId: interaction.guildId,
    actor: `discord:${interaction.payload.userId}`,
    action,
    target: c.userId,
    details: { reason: c.reason, caseId: c.id, carriedOut: c.applyError === null, ...details },
  });
}
