import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { AutomodContext } from './AutomodContext.js';
import { automodDb } from './AutomodTables.js';
import { loadLearnedSpam } from './spam/spamExamples.js';

/**
 * Automod's member data: `automod_spam_examples` keeps the messages its spam rules caught
 * (author, text, the moderators' decision) to learn from; export lists them, erase deletes
 * them (and the community's learned model is rebuilt without them), the content retention
 * blanks old ones (they stop teaching). `automod_slowmodes` keeps channel ids, slowmode
 * seconds and the rule id, `automod_phishing_lists` a list of domains: no member data. (The
 * copies of the messages that broke a rule go to the moderation module's cases, by
 * `automod.rule_triggered`, and are exported and erased there.) Automod also holds in memory,
 * for the length of its longest rule window (a minute by default): their recent messages and
 * joins and the incidents in cooldown that name them. Export returns that; erase forgets it,
 * so a later rule firing cannot copy an erased member's messages into a new case.
 */
export const automodPrivacy: MemberPrivacy<AutomodContext> = {
  async exportMember(ctx, guildId, userId) {
    const section: Record<string, Json> = {};
    const caught = await automodDb(ctx.db)
      .selectFrom('automod_spam_examples')
      .select(['message_id', 'channel_id', 'rule_id', 'content', 'label', 'case_id', 'flagged_at', 'decided_at'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('flagged_at')
      .execute();
    if (caught.length > 0) {
      section.spam_examples = caught.map((r) => ({
        messageId: r.message_id,
        channelId: r.channel_id,
        ruleId: r.rule_id,
        content: r.content,
        decision: r.label,
        caseId: r.case_id,
        postedAt: r.flagged_at,
        decidedAt: r.decided_at,
      }));
    }
    const memory = ctx.state.runtime.existingMemory(guildId);
    if (memory === undefined) return section;
    const { messages, joins, incidents } = memory.recall(userId);
    if (messages.length > 0) {
      section.recent_messages = messages.map((m) => ({
        messageId: m.messageId,
        channelId: m.channelId,
        content: m.text.raw,
        attachmentCount: m.attachmentCount,
        postedAt: m.at,
      }));
    }
    if (joins.length > 0) section.recent_joins = joins.map((j) => ({ joinedAt: j.at }));
    if (incidents.length > 0) section.incidents_in_cooldown = incidents;
    return section;
  },
  async eraseMember(ctx, guildId, userId) {
    const result = await automodDb(ctx.db)
      .deleteFrom('automod_spam_examples')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const rows = Number(result.numDeletedRows);
    if (rows > 0) await loadLearnedSpam(ctx, guildId);
    // Rows deleted plus remembered entries forgotten.
    return rows + (ctx.state.runtime.existingMemory(guildId)?.forget(userId) ?? 0);
  },
  async blankContentBefore(ctx, before) {
    const db = automodDb(ctx.db);
    const guilds = await db
      .selectFrom('automod_spam_examples')
      .select('guild_id')
      .distinct()
      .where('flagged_at', '<', before)
      .where('content', '!=', '')
      .execute();
    const result = await db
      .updateTable('automod_spam_examples')
      .set({ content: '' })
      .where('flagged_at', '<', before)
      .where('content', '!=', '')
      .executeTakeFirst();
    for (const { guild_id } of guilds) await loadLearnedSpam(ctx, guild_id);
    return Number(result.numUpdatedRows);
  },
};
