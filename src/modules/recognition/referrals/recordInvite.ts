import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';

/**
 * A new invite joins the use-count snapshot with its uses so far counted as attributed, so
 * the next join through it is told apart. Observed state.
 * @param event - the invite
 * @param ctx - module context
 */
export async function recordInvite(event: DomainEventOf<'invite.created'>, ctx: RecognitionContext): Promise<void> {
  const { code, inviterId, uses, maxUses } = event.payload;
  await recognitionDb(ctx.db)
    .insertInto('recognition_invites')
    .values({
      guild_id: event.guildId,
      code,
      inviter_id: inviterId,
      uses,
      max_uses: maxUses,
      attributed: uses,
      updated_at: ctx.clock.now(),
    })
    .onConflict((oc) => oc.columns(['guild_id', 'code']).doNothing())
    .execute();
}
