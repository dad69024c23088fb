import { loadFixture, type FixtureObject } from './fixtures.js';

/** Ids of the guild the test server announces in GUILD_CREATE. Stable across runs. */
export const TEST_IDS = {
  guildId: '849000000000000001',
  /** A guild the bot is not configured for: its events must be ignored. */
  otherGuildId: '849000000000000999',
  botUserId: '849000000000000010',
  applicationId: '849000000000000011',
  ownerId: '849000000000000012',
  /** A human member present in GUILD_CREATE (role Member). */
  memberUserId: '849000000000000020',
  channels: {
    category: '849000000000000100',
    general: '849000000000000101',
    welcome: '849000000000000102',
    voice: '849000000000000103',
    voice2: '849000000000000104',
    announcements: '849000000000000105',
    forum: '849000000000000106',
  },
  /** The forum's tags. */
  forumTags: {
    solved: '849000000000000150',
    question: '849000000000000151',
  },
  roles: {
    /** @everyone: same id as the guild. */
    everyone: '849000000000000001',
    member: '849000000000000201',
    moderator: '849000000000000202',
    /** The bot's own role, position 3. */
    bot: '849000000000000203',
    admin: '849000000000000204',
  },
} as const;

/** The bot user, as in READY and in messages it sent. */
export function testBotUser(botUserId: string = TEST_IDS.botUserId): FixtureObject {
  return { id: botUserId, username: 'Guildhall', discriminator: '0', global_name: null, avatar: null, bot: true };
}

/**
 * GUILD_CREATE for the test guild: the captured `guild_create_2.json` with the test ids,
 * five roles (the bot's at position 3, one above it), seven channels of every kind (the
 * voice channels at 64 kbps, the forum with two tags), the bot and one human member
 * ({@link TEST_IDS}.memberUserId).
 * @param ids - the ids to use (defaults to {@link TEST_IDS})
 */
export function testGuildCreate(ids: { guildId: string; botUserId: string } = TEST_IDS): FixtureObject {
  const c = TEST_IDS.channels;
  const r = TEST_IDS.roles;
  const role = (id: string, name: string, position: number, permissions = '0'): FixtureObject => ({
    id,
    name,
    position,
    permissions,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
  });
  const channel = (id: string, type: number, name: string, position: number, parent: string | null): FixtureObject => ({
    id,
    type,
    name,
    position,
    parent_id: parent,
    guild_id: ids.guildId,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    // As Discord sends them: voice settings on voice channels, tags and sort order on forums.
    ...(type === 2 ? { bitrate: 64_000, user_limit: 0, rtc_region: null } : {}),
    ...(type === 15
      ? {
          available_tags: [
            { id: TEST_IDS.forumTags.solved, name: 'Solved', moderated: true, emoji_id: null, emoji_name: '✅' },
            { id: TEST_IDS.forumTags.question, name: 'Question', moderated: false, emoji_id: null, emoji_name: null },
          ],
          default_sort_order: null,
          default_reaction_emoji: null,
          default_forum_layout: 0,
        }
      : {}),
  });
  return loadFixture('guild_create_2', {
    id: ids.guildId,
    name: 'Guildhall Test',
    owner_id: TEST_IDS.ownerId,
    system_channel_id: c.welcome,
    afk_channel_id: null,
    roles: [
      role(ids.guildId, '@everyone', 0, '104324673'),
      role(r.member, 'Member', 1),
      role(r.moderator, 'Moderator', 2),
      role(r.bot, 'Guildhall', 3, '8'),
      role(r.admin, 'Admin', 4, '8'),
    ],
    channels: [
      channel(c.category, 4, 'Community', 0, null),
      channel(c.general, 0, 'general', 1, c.category),
      channel(c.welcome, 0, 'welcome', 2, c.category),
      channel(c.voice, 2, 'Lounge', 3, c.category),
      channel(c.voice2, 2, 'Study room', 4, c.category),
      channel(c.announcements, 5, 'announcements', 5, null),
      channel(c.forum, 15, 'help', 6, null),
    ],
    members: [
      {
        user: testBotUser(ids.botUserId),
        roles: [r.bot],
        joined_at: '2021-06-01T00:00:00.000000+00:00',
        nick: null,
        deaf: false,
        mute: false,
        pending: false,
      },
      {
        user: { id: TEST_IDS.memberUserId, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
        roles: [r.member],
        joined_at: '2025-01-01T00:00:00.000000+00:00',
        nick: 'Ada L.',
        deaf: false,
        mute: false,
        pending: false,
        communication_disabled_until: null,
      },
    ],
    voice_states: [],
    member_count: 2,
  });
}
