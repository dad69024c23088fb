import type { InviteSnapshot } from '../../../platform/Platform.js';
import { recognitionDb } from '../RecognitionTables.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/**
 * Takes the baseline of invite uses at start: every use so far counts as attributed (joins
 * that happened while Guildhall was not running cannot be told apart), invites that no
 * longer exist are forgotten.
 * @param ctx - module context
 * @param guildId - the guild
 * @param invites - the guild's invites now
 */
export async function snapshotInvites(
  ctx: RecognitionContext,
  guildId: string,
  invites: readonly InviteSnapshot[],
): Promise<void> {
  const db = recognitionDb(ctx.db);
  const now = ctx.clock.now();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recognition_invites').where('guild_id', '=', guildId).execute();
    if (invites.length === 0) return;
    await trx
      .insertInto('recognition_invites')
      .values(
        invites.map((invite) => ({
          guild_id: guildId,
          code: invite.code,
          inviter_id: invite.inviterId,
          uses: invite.uses,
          max_uses: invite.maxUses,
          attributed: invite.uses,
          updated_at: now,
        })),
      )
      .execute();
  });
}
