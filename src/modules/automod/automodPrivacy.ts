import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { AutomodContext } from './AutomodContext.js';

/**
 * Automod's tables hold no member data: `automod_slowmodes` keeps channel ids, slowmode
 * seconds and the rule id, `automod_phishing_lists` a list of domains. (The copies of the
 * messages that broke a rule go to the moderation module's cases, by `automod.rule_triggered`,
 * and are exported and erased there.) What automod does hold about a member is in memory,
 * for the length of its longest rule window (a minute by default): their recent messages and
 * joins and the incidents in cooldown that name them. Export returns that; erase forgets it,
 * so a later rule firing cannot copy an erased member's messages into a new case.
 */
export const automodPrivacy: MemberPrivacy<AutomodContext> = {
  exportMember(ctx, guildId, userId) {
    const memory = ctx.state.runtime.existingMemory(guildId);
    if (memory === undefined) return Promise.resolve({});
    const { messages, joins, incidents } = memory.recall(userId);
    const section: Record<string, Json> = {};
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
    return Promise.resolve(section);
  },
  eraseMember(ctx, guildId, userId) {
    // No table row to change (see above); the count is of remembered entries forgotten.
    return Promise.resolve(ctx.state.runtime.existingMemory(guildId)?.forget(userId) ?? 0);
  },
};
