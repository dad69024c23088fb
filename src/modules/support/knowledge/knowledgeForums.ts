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

/**
 * Names of the forum tags a post carries, the verified tag left out (it is the guide's status).
 * @param forum - the parent forum
 * @param appliedTags - the post's tag ids
 * @param verifiedTag - `knowledgeBase.verifiedTag`
 */
export function articleTagNames(forum: ChannelSnapshot, appliedTags: readonly string[], verifiedTag: string): string[] {
  const applied = new Set(appliedTags);
  return forum.availableTags
    .filter((tag) => tag.id !== undefined && applied.has(tag.id) && tag.name !== verifiedTag)
    .map((tag) => tag.name);
}
