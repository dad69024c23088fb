import type { ChannelSnapshot, ForumTag, GuildSnapshot, PermissionOverwrite } from '../Platform.js';
import type { SandboxPlatform } from './SandboxPlatform.js';
import type { SandboxMessage } from './sandboxViews.js';
import { Permission } from './permissions.js';

/** How the seeded community is named. */
export interface SeedOptions {
  /** Guild name (2–100 characters). */
  name: string;
}

const DAY = 86_400_000;
const MODERATION =
  Permission.KICK_MEMBERS |
  Permission.BAN_MEMBERS |
  Permission.MANAGE_MESSAGES |
  Permission.MODERATE_MEMBERS |
  Permission.MANAGE_THREADS;

/** The seeded members: username, display name, roles, account age in days, DMs open. */
const MEMBERS = [
  { username: 'noor', displayName: 'Noor', roles: ['Moderator', 'Member'], ageDays: 900, dmsOpen: true },
  { username: 'sam', displayName: 'Sam', roles: ['Member'], ageDays: 640, dmsOpen: true },
  { username: 'kenji', displayName: 'Kenji', roles: ['Member'], ageDays: 420, dmsOpen: true },
  { username: 'lena', displayName: 'Lena', roles: ['Member'], ageDays: 210, dmsOpen: true },
  { username: 'tomas', displayName: 'Tomás', roles: ['New Member'], ageDays: 12, dmsOpen: false },
  { username: 'priya', displayName: 'Priya', roles: ['New Member'], ageDays: 3, dmsOpen: true },
] as const;

/** Overwrite helper: bits as decimal strings. */
function overwrite(id: string, allow: bigint, deny: bigint): PermissionOverwrite {
  return { id, type: 'role', allow: allow.toString(), deny: deny.toString() };
}

/** The seed's last step: once this post exists, the seed has finished. */
const LAST_POST = { username: 'lena', channel: 'showcase', content: 'Made a small audio visualiser this weekend ✨' };
/** Tags of the #help forum: `Solved` is moderated (only staff and the bot apply it). */
const HELP_TAGS: ForumTag[] = [
  { name: 'Solved', moderated: true, emoji: null },
  { name: 'Setup', moderated: false, emoji: null },
  { name: 'Bots', moderated: false, emoji: null },
  { name: 'Billing', moderated: false, emoji: null },
];
const HELP_POST = {
  name: 'Build fails on Node 18',
  content: 'I get a SyntaxError when building. Which Node version do I need?',
};

/**
 * Creates a small, realistic community in the sandbox guild: roles (Admin, Moderator, Member,
 * New Member, all below the bot's "Guildhall" role, as an owner places a bot invited to manage
 * the server), categories with #welcome, #rules,
 * #announcements, #general, #introductions, #help (forum tagged Solved, Setup, Bots, Billing), #showcase, a staff-only
 * #mod-log and a "Lounge" voice channel, the owner `mira` and six members (`tomas` has
 * DMs closed), and a few messages, a forum post and a reaction.
 *
 * Resumable and idempotent: every step first looks for what it creates (roles, channels,
 * members by name; role grants; messages by channel, author and content) and only adds what
 * is missing, so a start killed mid-seed is completed by the next start, nothing twice. A
 * finished seed is recorded (`sandbox_guild.seeded_at`) and the guild is then returned as it
 * is for good, so what a blueprint prunes later is not seeded again. Acting as members emits events only when the sandbox is started, so seed before
 * `start()` for a quiet history.
 * @param sandbox - the sandbox platform
 * @param options - the guild name (used when creating it)
 */
export async function seedSandboxCommunity(sandbox: SandboxPlatform, options: SeedOptions): Promise<GuildSnapshot> {
  const existing = await sandbox.ensureGuild(options.name, { ownerUsername: 'mira', ownerDisplayName: 'Mira' });
  if (await sandbox.isSeeded()) return existing;
  if (existing.channels.length > 0 && (await seedFinished(sandbox, existing))) {
    await sandbox.markSeeded();
    return existing;
  }
  const guild = await sandbox.guild();
  const g = guild.id;

  const roleIds = new Map<string, string>();
  const roleSpecs = [
    // Each created at 1, just above @everyone: the bot's role stays on top, where an owner puts
    // a bot invited to manage the server (so `guildhall apply` can create and order roles).
    { name: 'Admin', color: 0xe74c3c, hoist: true, permissions: Permission.ADMINISTRATOR, position: 1 },
    { name: 'Moderator', color: 0x3498db, hoist: true, permissions: MODERATION, position: 1 },
    { name: 'Member', color: 0x2ecc71, hoist: false, permissions: 0n, position: 1 },
    { name: 'New Member', color: 0x95a5a6, hoist: false, permissions: 0n, position: 1 },
  ];
  const existingRoles = await sandbox.listRoles();
  for (const spec of roleSpecs) {
    const found = existingRoles.find((r) => r.name === spec.name && !r.managed);
    const role =
      found ??
      (await sandbox.createRoleAsOwner({ ...spec, permissions: spec.permissions.toString(), mentionable: true }));
    roleIds.set(spec.name, role.id);
  }
  const role = (name: string): string => roleIds.get(name) ?? g;

  const readOnly = [overwrite(g, 0n, Permission.SEND_MESSAGES | Permission.CREATE_PUBLIC_THREADS)];
  const staffOnly = [
    overwrite(g, 0n, Permission.VIEW_CHANNEL),
    overwrite(role('Moderator'), Permission.VIEW_CHANNEL, 0n),
  ];
  const channels = new Map<string, ChannelSnapshot>();
  const layout: [
    string,
    [string, 'text' | 'announcement' | 'forum' | 'voice', string | null, PermissionOverwrite[]][],
  ][] = [
    [
      'Start Here',
      [
        ['welcome', 'text', 'Say hello: new members are greeted here.', readOnly],
        ['rules', 'text', 'Read these before posting.', readOnly],
        ['announcements', 'announcement', 'News from the team.', readOnly],
      ],
    ],
    [
      'Community',
      [
        ['general', 'text', 'Anything goes (within the rules).', []],
        ['introductions', 'text', 'Tell us who you are and what brings you here.', []],
        ['help', 'forum', 'One post per question; mark the answer that solved it.', []],
        ['showcase', 'text', 'Show what you made.', []],
      ],
    ],
    ['Staff', [['mod-log', 'text', 'Moderation actions, logged by Guildhall.', staffOnly]]],
    ['Voice', [['Lounge', 'voice', null, []]]],
  ];
  const existingChannels = await sandbox.listChannels();
  for (const [categoryName, children] of layout) {
    const category =
      existingChannels.find((c) => c.kind === 'category' && c.name === categoryName) ??
      (await sandbox.createChannelAsOwner({
        name: categoryName,
        kind: 'category',
        ...(categoryName === 'Staff' ? { permissionOverwrites: staffOnly } : {}),
      }));
    for (const [name, kind, topic, permissionOverwrites] of children) {
      const found = existingChannels.find((c) => c.kind === kind && c.name === name);
      const availableTags = name === 'help' ? HELP_TAGS : undefined;
      channels.set(
        name,
        found ??
          (await sandbox.createChannelAsOwner({
            name,
            kind,
            topic,
            parentId: category.id,
            permissionOverwrites,
            ...(availableTags === undefined ? {} : { availableTags }),
          })),
      );
    }
  }
  const help = channels.get('help');
  const missingTags = HELP_TAGS.filter((tag) => !(help?.availableTags.some((t) => t.name === tag.name) ?? true));
  if (help !== undefined && missingTags.length > 0) {
    // A forum created before the seed tagged it (a resumed seed) gets the tags it lacks.
    channels.set(
      'help',
      await sandbox.editChannel(help.id, { availableTags: [...help.availableTags, ...missingTags] }, 'Seed: help tags'),
    );
  }
  const channel = (name: string): string => channels.get(name)?.id ?? '';

  const owner = await sandbox.getMember(guild.ownerId);
  if (!(owner?.roles.includes(role('Admin')) ?? false)) await sandbox.addRoleAsOwner(guild.ownerId, role('Admin'));
  const users = new Map<string, string>();
  const now = owner?.joinedAt ?? 0;
  const existingMembers = await sandbox.listMembers();
  for (const m of MEMBERS) {
    const member =
      existingMembers.find((x) => x.username === m.username) ??
      (await sandbox.addMember({
        username: m.username,
        displayName: m.displayName,
        dmsOpen: m.dmsOpen,
        accountCreatedAt: now - m.ageDays * DAY,
      }));
    users.set(m.username, member.userId);
    for (const r of m.roles) {
      if (!member.roles.includes(role(r))) await sandbox.addRoleAsOwner(member.userId, role(r));
    }
  }
  const user = (name: string): string => users.get(name) ?? guild.ownerId;

  /** The channel's message by `authorId` matching `same`, else what `post` creates. */
  const ensureMessage = async (
    channelId: string,
    authorId: string,
    same: (m: SandboxMessage) => boolean,
    post: () => Promise<unknown>,
  ): Promise<SandboxMessage> => {
    const find = async (): Promise<SandboxMessage | undefined> =>
      (await sandbox.listMessages(channelId, { limit: 100 })).find((m) => m.authorId === authorId && same(m));
    const found = await find();
    if (found !== undefined) return found;
    await post();
    const posted = await find();
    if (posted === undefined) throw new Error(`seed: the message just posted in ${channelId} is missing`);
    return posted;
  };
  /** A member's post, unless that member already posted this content in the channel. */
  const ensurePost = (
    username: string,
    channelId: string,
    content: string,
    extra: { replyTo?: string } = {},
  ): Promise<SandboxMessage> =>
    ensureMessage(
      channelId,
      user(username),
      (m) => m.content === content,
      () => sandbox.postMessage({ userId: user(username), channelId, content, ...extra }),
    );

  const welcome = `Welcome to ${existing.name}! Read <#${channel('rules')}>, then say hi in <#${channel('introductions')}>.`;
  await ensureMessage(
    channel('welcome'),
    guild.botUserId,
    (m) => m.content === welcome,
    () => sandbox.sendMessage(channel('welcome'), { content: welcome }),
  );
  await ensureMessage(
    channel('rules'),
    guild.botUserId,
    (m) => m.embeds[0]?.title === 'Rules',
    () =>
      sandbox.sendMessage(channel('rules'), {
        embeds: [
          {
            title: 'Rules',
            description:
              '1. Be kind and assume good intent.\n2. No spam or self-promotion outside #showcase.\n3. Ask questions in #help, one post per question.\n4. Moderators have the final word.',
          },
        ],
      }),
  );
  await ensureMessage(
    channel('announcements'),
    guild.ownerId,
    (m) => m.content.startsWith('This server is a Guildhall sandbox'),
    () =>
      sandbox.postMessage({
        userId: guild.ownerId,
        channelId: channel('announcements'),
        content: 'This server is a Guildhall sandbox: add members, post and run commands from the dashboard.',
      }),
  );
  await ensurePost('sam', channel('introductions'), 'Hi! I am Sam, I build synths and write TypeScript.');
  await ensurePost('lena', channel('introductions'), 'Hello, Lena here: mostly lurking in #showcase.');
  await ensurePost('noor', channel('general'), `Welcome everyone! Questions go to <#${channel('help')}>.`);
  const question = await ensurePost('kenji', channel('general'), 'Has anyone tried the new release yet?');
  const answer = await ensurePost('sam', channel('general'), 'Yes, upgrading was painless.', { replyTo: question.id });
  if (!answer.reactions.some((r) => r.emoji.name === '👍' && r.userIds.includes(user('lena')))) {
    await sandbox.react({ userId: user('lena'), channelId: channel('general'), messageId: answer.id, emoji: '👍' });
  }
  const post =
    (await sandbox.listChannels()).find(
      (c) => c.kind === 'thread' && c.parentId === channel('help') && c.name === HELP_POST.name,
    ) ??
    (await sandbox.createThread({
      userId: user('kenji'),
      channelId: channel('help'),
      name: HELP_POST.name,
      content: HELP_POST.content,
    }));
  // A post whose starter message was lost with the process gets it as its first message.
  await ensurePost('kenji', post.id, HELP_POST.content);
  await ensurePost('noor', post.id, 'Node 20 or newer: see the README.');
  await ensurePost(LAST_POST.username, channel(LAST_POST.channel), LAST_POST.content);
  await sandbox.markSeeded();
  return sandbox.fetchGuild(g);
}

/** Whether the seed's last step (its last post) is done. */
async function seedFinished(sandbox: SandboxPlatform, guild: GuildSnapshot): Promise<boolean> {
  const showcase = guild.channels.find((c) => c.name === LAST_POST.channel && c.kind === 'text');
  if (showcase === undefined) return false;
  const messages = await sandbox.listMessages(showcase.id, { limit: 100 });
  return messages.some((m) => m.authorUsername === LAST_POST.username && m.content === LAST_POST.content);
}
