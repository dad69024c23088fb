import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { RecognitionContext } from './RecognitionContext.js';
import { recognitionDb, type RecognitionDb } from './RecognitionTables.js';

/**
 * Every recognition row about a member, and erasing them.
 *
 * Rows that are the member's own (points, ledger, counters, leaderboard totals, badges,
 * levels, join sources, their programme record) are deleted; rows where they are the other
 * party are deleted when they describe a relation with them (thanks between two members,
 * a referral) or blanked when they belong to someone else (the nominator or reviewer of
 * another member's programme record, the inviter of an invite or of someone's join). Event
 * ids that embed the member's id (`sandbox:member.joined:<id>:…`, thanks keyed by member)
 * are replaced in other members' ledger and unlocks. Leaderboards, read from the totals,
 * no longer list them. Their removed messages, message links and ban record are deleted;
 * other members' links whose event id embeds them are deleted too (those credits can no
 * longer be taken back by removing a message).
 */
export const recognitionPrivacy: MemberPrivacy<RecognitionContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = recognitionDb(ctx.db);
    const tables: Record<string, Json[]> = {
      recognition_members: await db
        .selectFrom('recognition_members')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .execute(),
      recognition_awards: await db
        .selectFrom('recognition_awards')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute(),
      recognition_counted_messages: await db
        .selectFrom('recognition_counted_messages')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('counted_at')
        .orderBy('source_event_id')
        .execute(),
      recognition_counters: await db
        .selectFrom('recognition_counters')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('kind')
        .execute(),
      recognition_totals: await db
        .selectFrom('recognition_totals')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('period')
        .orderBy('category')
        .execute(),
      recognition_unlocks: await db
        .selectFrom('recognition_unlocks')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('unlocked_at')
        .orderBy('type')
        .orderBy('unlock_id')
        .execute(),
      recognition_thanks: await db
        .selectFrom('recognition_thanks')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where((eb) => eb.or([eb('from_user_id', '=', userId), eb('to_user_id', '=', userId)]))
        .orderBy('last_credited_at')
        .execute(),
      recognition_referrals: await db
        .selectFrom('recognition_referrals')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where((eb) => eb.or([eb('referee_id', '=', userId), eb('referrer_id', '=', userId)]))
        .orderBy('joined_at')
        .execute(),
      recognition_ambassadors: await db
        .selectFrom('recognition_ambassadors')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where((eb) =>
          eb.or([eb('user_id', '=', userId), eb('nominated_by', '=', userId), eb('reviewed_by', '=', userId)]),
        )
        .orderBy('nominated_at')
        .execute(),
      recognition_levels: await db
        .selectFrom('recognition_levels')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .execute(),
      recognition_invites: await db
        .selectFrom('recognition_invites')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('inviter_id', '=', userId)
        .orderBy('code')
        .execute(),
      recognition_join_sources: await db
        .selectFrom('recognition_join_sources')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('inviter_id', '=', userId)]))
        .orderBy('joined_at')
        .execute(),
      recognition_message_sources: await db
        .selectFrom('recognition_message_sources')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('at')
        .orderBy('source_event_id')
        .orderBy('message_id')
        .execute(),
      recognition_removed_messages: await db
        .selectFrom('recognition_removed_messages')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy('at')
        .orderBy('message_id')
        .execute(),
      recognition_banned: await db
        .selectFrom('recognition_banned')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .execute(),
    };
    return Object.fromEntries(Object.entries(tables).filter(([, rows]) => rows.length > 0));
  },

  async eraseMember(ctx, guildId, userId) {
    const names = await memberNames(recognitionDb(ctx.db), guildId, userId);
    return recognitionDb(ctx.db)
      .transaction()
      .execute(async (db) => {
        let changed = 0;
        const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }): void => {
          changed += Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0n);
        };
        const deleteOwn = async (table: OwnTable): Promise<void> => {
          count(
            await db.deleteFrom(table).where('guild_id', '=', guildId).where('user_id', '=', userId).executeTakeFirst(),
          );
        };
        for (const table of OWN_TABLES) await deleteOwn(table);
        count(
          await db
            .deleteFrom('recognition_thanks')
            .where('guild_id', '=', guildId)
            .where((eb) => eb.or([eb('from_user_id', '=', userId), eb('to_user_id', '=', userId)]))
            .executeTakeFirst(),
        );
        count(
          await db
            .deleteFrom('recognition_referrals')
            .where('guild_id', '=', guildId)
            .where((eb) => eb.or([eb('referee_id', '=', userId), eb('referrer_id', '=', userId)]))
            .executeTakeFirst(),
        );
        // Someone else's programme record stays theirs: who nominated or reviewed it goes,
        // and so does the note (written by the nominator or the reviewer).
        count(
          await db
            .updateTable('recognition_ambassadors')
            .set({ nominated_by: '', note: null })
            .where('guild_id', '=', guildId)
            .where('nominated_by', '=', userId)
            .executeTakeFirst(),
        );
        count(
          await db
            .updateTable('recognition_ambassadors')
            .set({ reviewed_by: null, note: null })
            .where('guild_id', '=', guildId)
            .where('reviewed_by', '=', userId)
            .executeTakeFirst(),
        );
        const notes = await db
          .selectFrom('recognition_ambassadors')
          .select(['user_id', 'note'])
          .where('guild_id', '=', guildId)
          .where('note', 'is not', null)
          .execute();
        const mentions = mentionPattern(userId, names);
        for (const row of notes) {
          if (row.note === null || !mentions.test(row.note)) continue;
          count(
            await db
              .updateTable('recognition_ambassadors')
              .set({ note: null })
              .where('guild_id', '=', guildId)
              .where('user_id', '=', row.user_id)
              .executeTakeFirst(),
          );
        }
        count(
          await db
            .updateTable('recognition_invites')
            .set({ inviter_id: null })
            .where('guild_id', '=', guildId)
            .where('inviter_id', '=', userId)
            .executeTakeFirst(),
        );
        count(
          await db
            .updateTable('recognition_join_sources')
            .set({ inviter_id: null })
            .where('guild_id', '=', guildId)
            .where('inviter_id', '=', userId)
            .executeTakeFirst(),
        );
        // Other members' credits stay; the ids of the events that caused them go when they
        // embed the member's id (a thanks they gave, a join they made through an invite).
        // (LIKE narrows the rows; `includes` decides, whatever characters the id holds.)
        const embedding = `%${userId}%`;
        const awards = await db
          .selectFrom('recognition_awards')
          .select(['id', 'source_event_id'])
          .where('guild_id', '=', guildId)
          .where('source_event_id', 'like', embedding)
          .execute();
        for (const award of awards) {
          if (!award.source_event_id.includes(userId)) continue;
          // Unique with reason and member: each blanked id stays distinct.
          count(
            await db
              .updateTable('recognition_awards')
              .set({ source_event_id: `erased:${award.id}` })
              .where('id', '=', award.id)
              .executeTakeFirst(),
          );
        }
        const unlocks = await db
          .selectFrom('recognition_unlocks')
          .select(['user_id', 'type', 'unlock_id', 'source_event_id'])
          .where('guild_id', '=', guildId)
          .where('source_event_id', 'like', embedding)
          .execute();
        const links = await db
          .selectFrom('recognition_message_sources')
          .select(['source_event_id', 'message_id'])
          .where('guild_id', '=', guildId)
          .where('source_event_id', 'like', embedding)
          .execute();
        for (const link of links) {
          if (!link.source_event_id.includes(userId)) continue;
          count(
            await db
              .deleteFrom('recognition_message_sources')
              .where('source_event_id', '=', link.source_event_id)
              .where('message_id', '=', link.message_id)
              .executeTakeFirst(),
          );
        }
        const removals = await db
          .selectFrom('recognition_removed_messages')
          .select(['message_id', 'event_id'])
          .where('guild_id', '=', guildId)
          .where('event_id', 'like', embedding)
          .execute();
        for (const removal of removals) {
          if (!removal.event_id.includes(userId)) continue;
          count(
            await db
              .updateTable('recognition_removed_messages')
              .set({ event_id: 'erased' })
              .where('guild_id', '=', guildId)
              .where('message_id', '=', removal.message_id)
              .executeTakeFirst(),
          );
        }
        for (const unlock of unlocks) {
          if (!unlock.source_event_id.includes(userId)) continue;
          count(
            await db
              .updateTable('recognition_unlocks')
              .set({ source_event_id: 'erased' })
              .where('guild_id', '=', guildId)
              .where('user_id', '=', unlock.user_id)
              .where('type', '=', unlock.type)
              .where('unlock_id', '=', unlock.unlock_id)
              .executeTakeFirst(),
          );
        }
        return changed;
      });
  },
};

/** Tables whose rows about a member are keyed by `user_id` and are the member's alone. */
const OWN_TABLES = [
  'recognition_members',
  'recognition_awards',
  'recognition_counters',
  'recognition_totals',
  'recognition_unlocks',
  'recognition_ambassadors',
  'recognition_levels',
  'recognition_join_sources',
  'recognition_counted_messages',
  'recognition_message_sources',
  'recognition_removed_messages',
  'recognition_banned',
] as const;

type OwnTable = (typeof OWN_TABLES)[number];

/**
 * The names the member was seen with (their joins and departures in the event log), to
 * find them in free text. Read before the core erases the event log.
 */
async function memberNames(db: RecognitionDb, guildId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('event_log')
    .select('payload')
    .where('guild_id', '=', guildId)
    .where('type', 'in', ['member.joined', 'member.left'])
    .where('payload', 'like', `%${userId}%`)
    .execute();
  const names = new Set<string>();
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as { userId?: unknown; username?: unknown; displayName?: unknown };
    if (payload.userId !== userId) continue;
    for (const name of [payload.username, payload.displayName]) {
      if (typeof name === 'string' && name.trim().length > 0) names.add(name.trim());
    }
  }
  return [...names];
}

/** Matches the member's id or any of their names as a whole word, in any case. */
function mentionPattern(userId: string, names: readonly string[]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [userId, ...names].map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}
