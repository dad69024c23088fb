import type { AutomodContext } from '../AutomodContext.js';
import { automodDb } from '../AutomodTables.js';

/** A message the spam rules caught, as {@link recordCaughtSpam} stores it. */
export interface CaughtSpam {
  guildId: string;
  userId: string;
  messageId: string;
  channelId: string;
  ruleId: string;
  content: string;
  /** Epoch ms it was posted. */
  at: number;
}

/**
 * Keeps a message the spam rules caught, waiting for a moderator's decision (once: a
 * replayed message changes nothing), and forgets undecided ones older than
 * `spamLearning.pendingFor`.
 * @param ctx - module context
 * @param caught - the message
 */
export async function recordCaughtSpam(ctx: AutomodContext, caught: CaughtSpam): Promise<void> {
  const db = automodDb(ctx.db);
  await db
    .insertInto('automod_spam_examples')
    .values({
      id: `${caught.guildId}:${caught.messageId}`,
      guild_id: caught.guildId,
      user_id: caught.userId,
      message_id: caught.messageId,
      channel_id: caught.channelId,
      rule_id: caught.ruleId,
      content: caught.content,
      label: 'pending',
      case_id: null,
      flagged_at: caught.at,
      decided_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .deleteFrom('automod_spam_examples')
    .where('guild_id', '=', caught.guildId)
    .where('label', '=', 'pending')
    .where('flagged_at', '<', caught.at - ctx.config.spamLearning.pendingFor)
    .execute();
}

/**
 * Links the case moderation opened for a caught message (the newest caught message of that
 * member and rule without a case).
 * @param ctx - module context
 * @param link - guild, member, rule and case
 */
export async function linkCase(
  ctx: AutomodContext,
  link: { guildId: string; userId: string; ruleId: string; caseId: number },
): Promise<void> {
  const db = automodDb(ctx.db);
  const row = await db
    .selectFrom('automod_spam_examples')
    .select('id')
    .where('guild_id', '=', link.guildId)
    .where('user_id', '=', link.userId)
    .where('rule_id', '=', link.ruleId)
    .where('case_id', 'is', null)
    .orderBy('flagged_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) return;
  await db.updateTable('automod_spam_examples').set({ case_id: link.caseId }).where('id', '=', row.id).execute();
}

/**
 * Labels the caught messages of a case: `spam` when a moderator confirmed it, `ham` when it
 * was overturned.
 * @param ctx - module context
 * @param guildId - the guild
 * @param caseId - the case
 * @param label - the decision
 * @returns how many messages changed label
 */
export async function labelCase(
  ctx: AutomodContext,
  guildId: string,
  caseId: number,
  label: 'spam' | 'ham',
): Promise<number> {
  const result = await automodDb(ctx.db)
    .updateTable('automod_spam_examples')
    .set({ label, decided_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('case_id', '=', caseId)
    .where('label', '!=', label)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Confirms as spam every undecided caught message of a member (a moderator sanctioned them
 * by hand after the spam rules caught them).
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 * @returns how many messages changed label
 */
export async function confirmMemberSpam(ctx: AutomodContext, guildId: string, userId: string): Promise<number> {
  const result = await automodDb(ctx.db)
    .updateTable('automod_spam_examples')
    .set({ label: 'spam', decided_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('label', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Reads a community's decided messages (at most `spamLearning.maxExamples`, the newest;
 * older ones are deleted) into the runtime, where the spam triggers read them.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function loadLearnedSpam(ctx: AutomodContext, guildId: string): Promise<void> {
  const db = automodDb(ctx.db);
  const rows = await db
    .selectFrom('automod_spam_examples')
    .select(['id', 'content', 'label'])
    .where('guild_id', '=', guildId)
    .where('label', 'in', ['spam', 'ham'])
    .where('content', '!=', '')
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const keep = rows.slice(0, ctx.config.spamLearning.maxExamples);
  const forget = rows.slice(ctx.config.spamLearning.maxExamples).map((r) => r.id);
  if (forget.length > 0) await db.deleteFrom('automod_spam_examples').where('id', 'in', forget).execute();
  ctx.state.runtime.useLearnedSpam(
    guildId,
    keep.reverse().map((r) => ({ content: r.content, label: r.label === 'spam' ? 'spam' : 'ham' })),
  );
}
