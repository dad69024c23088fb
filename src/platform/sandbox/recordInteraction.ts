import type { InteractionBase } from '../../core/DomainEvent.js';
import type { SandboxContext } from './SandboxContext.js';

/** What a new interaction is: who started it, where, and by which command or component. */
export interface NewInteraction {
  userId: string;
  channelId: string;
  kind: 'command' | 'button' | 'select' | 'modal';
  /** Command name or custom id. */
  name: string;
  memberRoles: string[];
  inDirectMessage: boolean;
  /** The channel message whose component was used (what a deferred update edits). */
  sourceMessageId?: string;
  /** The interaction whose answer's component was used (its answer is what a deferred update edits). */
  sourceInteractionId?: string;
}

/** The channel id the sandbox gives a user's direct messages. */
export function directChannelId(userId: string): string {
  return `dm:${userId}`;
}

/**
 * Stores an interaction with a fresh id and token (valid 15 minutes, like Discord's) and
 * returns what its event carries.
 */
export async function recordInteraction(ctx: SandboxContext, fields: NewInteraction): Promise<InteractionBase> {
  const interactionId = await ctx.nextId();
  const token = `sandbox-token-${interactionId}`;
  await ctx.db
    .insertInto('sandbox_interactions')
    .values({
      id: interactionId,
      token,
      kind: fields.kind,
      user_id: fields.userId,
      channel_id: fields.channelId,
      name: fields.name,
      created_at: ctx.clock.now(),
      reply: null,
      replied_at: null,
      modal: null,
      modal_submitted_at: null,
      in_dm: fields.inDirectMessage ? 1 : 0,
      deferred: null,
      reply_message_id: null,
      follow_ups: null,
      source_message_id: fields.sourceMessageId ?? null,
      source_interaction_id: fields.sourceInteractionId ?? null,
    })
    .execute();
  return {
    interactionId,
    token,
    userId: fields.userId,
    channelId: fields.channelId,
    memberRoles: fields.memberRoles,
    ...(fields.inDirectMessage ? { inDirectMessage: true } : {}),
  };
}
