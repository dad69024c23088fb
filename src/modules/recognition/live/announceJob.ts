import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';
import { announce } from './announce.js';

/** What must still be true for a held announcement to be posted. */
export const AnnouncementHold = z.discriminatedUnion('type', [
  /** The badge or achievement is still held, from the same event (not taken back). */
  z.object({
    type: z.literal('unlock'),
    unlockType: z.enum(['badge', 'achievement']),
    unlockId: z.string(),
    sourceEventId: z.string(),
  }),
  /** The member is still at this level. */
  z.object({ type: z.literal('level'), level: z.string() }),
]);

/** What must still be true for a held announcement to be posted. */
export type AnnouncementHold = z.infer<typeof AnnouncementHold>;

const AnnouncePayload = z.object({
  guildId: z.string(),
  userId: z.string(),
  text: z.string(),
  hold: AnnouncementHold,
});

/**
 * Job: posts an announcement held for `removedMessages.announceDelay`, unless what it
 * announces was taken back meanwhile (automod removed the message that earned it) or the
 * member was banned. Announcements already posted stay posted; this is what keeps a spam
 * message's "First Steps" from being posted at all.
 */
export const announceJob = defineJob({
  name: 'announce',
  payload: AnnouncePayload,
  async run({ guildId, userId, text, hold }, ctx: RecognitionContext) {
    if (!(await stillStands(ctx, guildId, userId, hold))) {
      ctx.log.debug({ guildId, userId, hold }, 'held announcement dropped: taken back meanwhile');
      return;
    }
    await announce(ctx, guildId, [{ userId, text }]);
  },
});

/**
 * Holds an announcement: posted after the configured delay if it still stands.
 * @param ctx - module context
 * @param guildId - the guild
 * @param line - what to announce, about whom, and what must still hold
 */
export async function holdAnnouncement(
  ctx: RecognitionContext,
  guildId: string,
  line: { userId: string; text: string; hold: AnnouncementHold },
): Promise<void> {
  const now = ctx.clock.now();
  const { hold } = line;
  const what =
    hold.type === 'unlock' ? `${hold.unlockType}:${hold.unlockId}:${hold.sourceEventId}` : `level:${hold.level}:${now}`;
  await ctx.schedule(announceJob, {
    key: `announce:${guildId}:${line.userId}:${what}`,
    runAt: now + ctx.config.removedMessages.announceDelay,
    payload: { guildId, userId: line.userId, text: line.text, hold },
  });
}

async function stillStands(
  ctx: RecognitionContext,
  guildId: string,
  userId: string,
  hold: AnnouncementHold,
): Promise<boolean> {
  const db = recognitionDb(ctx.db);
  const banned = await db
    .selectFrom('recognition_banned')
    .select('case_id')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (banned !== undefined) return false;
  if (hold.type === 'level') {
    const row = await db
      .selectFrom('recognition_levels')
      .select('level')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.level === hold.level;
  }
  const unlock = await db
    .selectFrom('recognition_unlocks')
    .select('source_event_id')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('type', '=', hold.unlockType)
    .where('unlock_id', '=', hold.unlockId)
    .executeTakeFirst();
  return unlock?.source_event_id === hold.sourceEventId;
}
