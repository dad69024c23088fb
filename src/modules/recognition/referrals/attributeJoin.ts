import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { errorMessage } from '../../../core/errors.js';
import type { InviteSnapshot } from '../../../platform/Platform.js';
import { recognitionDb, type RecognitionInviteTable } from '../RecognitionTables.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/** How a join was attributed. */
export type JoinSource =
  | { source: 'invite'; code: string; inviterId: string }
  /** An invite without an inviter (the vanity URL, when the platform lists it, or a widget). */
  | { source: 'vanity'; code: string }
  /** No invite's uses rose: vanity URL, Server Discovery, or an invite deleted before we saw it. */
  | { source: 'unknown' }
  /** Several invites rose at once (joins arrived faster than they were handled): nobody is credited. */
  | { source: 'ambiguous'; codes: string[] }
  /** Invites could not be read (no Manage Server permission), or referrals are off. */
  | { source: 'untracked'; why: string };

/**
 * Attributes a join to the invite whose use count rose since the last snapshot. Exactly one
 * use more on one invite credits its inviter; an invite used up by this join (Discord
 * deletes it) counts as that invite; no rise is `unknown`; several is `ambiguous` and those
 * uses are written off, so a later join is not credited for them. The snapshot is updated
 * and the outcome stored (`recognition_join_sources`).
 * @param ctx - module context
 * @param event - the join
 */
export async function attributeJoin(
  ctx: RecognitionContext,
  event: DomainEventOf<'member.joined'>,
): Promise<JoinSource> {
  const { guildId } = event;
  let invites: InviteSnapshot[];
  try {
    invites = await ctx.platform.listInvites(guildId);
  } catch (error) {
    ctx.log.warn({ err: error, guildId }, 'could not read invites: join not attributed');
    return record(ctx, event, { source: 'untracked', why: errorMessage(error) });
  }
  const db = recognitionDb(ctx.db);
  const now = ctx.clock.now();
  const attribution = await db.transaction().execute(async (trx) => {
    const known = new Map<string, RecognitionInviteTable>(
      (await trx.selectFrom('recognition_invites').selectAll().where('guild_id', '=', guildId).execute()).map((row) => [
        row.code,
        row,
      ]),
    );
    const current = new Set(invites.map((invite) => invite.code));
    const rose: { code: string; inviterId: string | null; by: number }[] = [];
    for (const invite of invites) {
      const by = invite.uses - (known.get(invite.code)?.attributed ?? 0);
      if (by > 0) rose.push({ code: invite.code, inviterId: invite.inviterId, by });
    }
    for (const gone of known.values()) {
      // Discord deletes an invite when its last use is taken: that join was its.
      if (!current.has(gone.code) && gone.max_uses > 0 && gone.attributed === gone.max_uses - 1) {
        rose.push({ code: gone.code, inviterId: gone.inviter_id, by: 1 });
      }
    }
    const single = rose.length === 1 && rose[0]?.by === 1 ? rose[0] : undefined;
    await trx.deleteFrom('recognition_invites').where('guild_id', '=', guildId).execute();
    if (invites.length > 0) {
      await trx
        .insertInto('recognition_invites')
        .values(
          invites.map((invite) => ({
            guild_id: guildId,
            code: invite.code,
            inviter_id: invite.inviterId,
            uses: invite.uses,
            max_uses: invite.maxUses,
            // Uses counted now: this join's, or written off when it cannot be told apart.
            attributed: rose.some((r) => r.code === invite.code)
              ? invite.uses
              : (known.get(invite.code)?.attributed ?? invite.uses),
            updated_at: now,
          })),
        )
        .execute();
    }
    if (single === undefined) {
      return rose.length === 0
        ? ({ source: 'unknown' } as const)
        : ({ source: 'ambiguous', codes: rose.map((r) => r.code) } as const);
    }
    return single.inviterId === null
      ? ({ source: 'vanity', code: single.code } as const)
      : ({ source: 'invite', code: single.code, inviterId: single.inviterId } as const);
  });
  return record(ctx, event, attribution);
}

async function record(
  ctx: RecognitionContext,
  event: DomainEventOf<'member.joined'>,
  attribution: JoinSource,
): Promise<JoinSource> {
  await recognitionDb(ctx.db)
    .insertInto('recognition_join_sources')
    .values({
      join_event_id: event.id,
      guild_id: event.guildId,
      user_id: event.payload.userId,
      source: attribution.source,
      invite_code: 'code' in attribution ? attribution.code : null,
      inviter_id: attribution.source === 'invite' ? attribution.inviterId : null,
      joined_at: event.payload.joinedAt,
    })
    .onConflict((oc) => oc.column('join_event_id').doNothing())
    .execute();
  return attribution;
}
