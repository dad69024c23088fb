import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { ArticleKind } from '../SupportTables.js';
import type { SupportContext } from '../SupportContext.js';

/** A forum of the knowledge base and what its posts are. */
export interface KnowledgeForum {
  forum: ChannelSnapshot;
  kind: ArticleKind;
}

/**
 * The knowledge-base forum a channel id is, looked up by name in `knowledgeBase.faqForums`
 * and `knowledgeBase.guideForums`; undefined for any other channel (or the module off).
 * @param ctx - module context
 * @param guildId - the guild
 * @param channelId - the thread's parent
 */
export async function knowledgeForum(
  ctx: SupportContext,
  guildId: string,
  channelId: string,
): Promise<KnowledgeForum | undefined> {
  const { faqForums, guideForums } = ctx.config.knowledgeBase;
  if (!ctx.config.enabled || faqForums.length + guideForums.length === 0) return undefined;
  const forum = (await ctx.platform.fetchGuild(guildId)).channels.find((c) => c.id === channelId);
  if (forum === undefined || forum.kind !== 'forum') return undefined;
  if (faqForums.includes(forum.name)) return { forum, kind: 'faq' };
  if (guideForums.includes(forum.name)) return { forum, kind: 'guide' };
  return undefined;
}
