import type { Selectable } from 'kysely';
import type { LearningContext } from '../LearningContext.js';
import type { LearningProfileTable } from '../LearningTables.js';
import { groupIntro, groupRoleName, groupThreadName, type IntroGroup } from './groupIntro.js';

/** Where a group lives on the server. */
export interface GroupSpace {
  threadId: string | null;
  roleId: string | null;
}

/** A group being given its space. */
export interface SpaceGroup extends IntroGroup {
  id: string;
}

/**
 * The id of `groups.channel` (a text channel, by name), or null when none is configured or
 * the guild has no such channel.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function groupsChannelId(ctx: LearningContext, guildId: string): Promise<string | null> {
  const name = ctx.config.groups.channel;
  if (name === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const found = guild.channels.find((c) => c.name === name && c.kind === 'text');
  if (found === undefined) ctx.log.warn({ guildId, channel: name }, 'learning: no text channel for study groups');
  return found?.id ?? null;
}

/**
 * The group's role `Study group N`, created at once (its id is stored in the same unit). A
 * role of that name already there (made by a run of this unit that crashed before its commit,
 * which also rolled the number back) is taken instead of making a second. Null (logged) when
 * Discord refuses (the bot's role is too low, 250 roles).
 */
async function groupRole(ctx: LearningContext, guildId: string, number: number): Promise<string | null> {
  const name = groupRoleName(number);
  try {
    const guild = await ctx.platform.fetchGuild(guildId);
    const existing = guild.roles.find((r) => r.name === name && !r.managed);
    if (existing !== undefined) return existing.id;
    return (await ctx.platform.createRole(guildId, { name, mentionable: false }, `Study group ${number} formed`)).id;
  } catch (error) {
    ctx.log.warn({ err: error, guildId, number }, 'learning: could not create the study group role');
    return null;
  }
}

/** The group's private thread under the channel, created at once; null (logged) when refused. */
async function groupThread(ctx: LearningContext, channelId: string, group: SpaceGroup): Promise<string | null> {
  try {
    const thread = await ctx.platform.createThread(channelId, {
      name: groupThreadName(group.number, group.type),
      private: true,
      autoArchiveMinutes: 10080,
    });
    return thread.id;
  } catch (error) {
    ctx.log.warn({ err: error, channelId, group: group.id }, 'learning: could not create the study group thread');
    return null;
  }
}

/**
 * Gives a formed group its space: a private thread under `groups.channel` whose intro mentions
 * every member (which adds them to it), and with `groups.roles` a role given to each member.
 * Thread and role are created at once (their ids are stored with the group); the intro and the
 * role grants go through the outbox after the unit commits, keyed by the group. When the thread
 * cannot be made the intro goes to the channel; without a channel, members who allowed DMs get
 * it by DM (the others see their group in `/study-groups list`).
 * A crash between creating the thread and the commit leaves that thread behind (Discord has no
 * idempotency key for threads): the retried unit makes another. The role is found again by name.
 * @param ctx - module context
 * @param guildId - the guild
 * @param channelId - `groups.channel`'s id, or null
 * @param group - the group
 * @param profiles - the members' profiles, by user id
 */
export async function createGroupSpace(
  ctx: LearningContext,
  guildId: string,
  channelId: string | null,
  group: SpaceGroup,
  profiles: ReadonlyMap<string, Selectable<LearningProfileTable>>,
): Promise<GroupSpace> {
  const threadId = channelId === null ? null : await groupThread(ctx, channelId, group);
  const roleId = ctx.config.groups.roles ? await groupRole(ctx, guildId, group.number) : null;
  const intro = groupIntro(group, profiles);
  const target = threadId ?? channelId;
  if (target !== null) {
    await ctx.platform.sendMessage(target, {
      content: intro,
      allowedUserMentions: [...group.memberIds],
      nonce: `learning:group:${group.id}:intro`,
    });
  } else {
    for (const userId of group.memberIds) {
      if (profiles.get(userId)?.dm !== 1) continue;
      await ctx.platform.sendDirectMessage(
        guildId,
        userId,
        { content: intro, nonce: `learning:group:${group.id}:intro:${userId}` },
        null,
      );
    }
  }
  if (roleId !== null) {
    for (const userId of group.memberIds) {
      await ctx.platform.addRole(guildId, userId, roleId, `Member of study group ${group.number}`);
    }
  }
  return { threadId, roleId };
}
