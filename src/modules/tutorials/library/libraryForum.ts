import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import type { LibraryConfig, TutorialLevel } from './libraryConfig.js';

/**
 * The library's forum (`tutorials.library.forum`), or null when it is off or no forum has
 * that name.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function libraryForum(ctx: TutorialsContext, guildId: string): Promise<ChannelSnapshot | null> {
  const name = ctx.config.library.forum;
  if (name === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const forum = guild.channels.find((c) => c.name === name && c.kind === 'forum');
  if (forum === undefined) ctx.log.warn({ guildId, forum: name }, 'tutorials: no forum by that name');
  return forum ?? null;
}

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The forum's tag ids for a tutorial's category and level (those the forum has).
 * @param forum - the forum
 * @param config - the library settings
 * @param category - a category id
 * @param level - a level
 */
export function metadataTagIds(
  forum: ChannelSnapshot,
  config: LibraryConfig,
  category: string,
  level: TutorialLevel,
): string[] {
  const names = [config.categories.find((c) => c.id === category)?.tag ?? null, config.levelTags[level]];
  return names.flatMap((name) => {
    const tag = name === null ? undefined : forum.availableTags.find((t) => sameTag(t.name, name));
    return tag?.id === undefined ? [] : [tag.id];
  });
}

/**
 * A native post's category and level from the tags it carries (null where none matches).
 * @param forum - the forum
 * @param config - the library settings
 * @param tagIds - the post's tag ids
 */
export function metadataFromTags(
  forum: ChannelSnapshot,
  config: LibraryConfig,
  tagIds: readonly string[],
): { category: string | null; level: TutorialLevel | null } {
  const names = forum.availableTags.filter((t) => t.id !== undefined && tagIds.includes(t.id)).map((t) => t.name);
  const category = config.categories.find((c) => c.tag !== null && names.some((n) => sameTag(n, c.tag ?? '')));
  const levels = Object.entries(config.levelTags) as [TutorialLevel, string | null][];
  const level = levels.find(([, tag]) => tag !== null && names.some((n) => sameTag(n, tag)));
  return { category: category?.id ?? null, level: level?.[0] ?? null };
}
