import type { ChannelSnapshot, GuildSnapshot, PermissionOverwrite } from '../Platform.js';
import type { SandboxPlatform } from './SandboxPlatform.js';
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

/**
 * Creates a small, realistic community in the sandbox guild when it has no channels yet:
 * roles (Admin above the bot's "Guildhall" role, Moderator, Member, New Member), categories
 * with #welcome, #rules, #announcements, #general, #introductions, #help (forum),
 * #showcase, a staff-only #mod-log and a "Lounge" voice channel, the owner `mira` and six
 * members (`tomas` has DMs closed), and a few messages, a forum post and a reaction.
 * Idempotent: a guild that has channels is returned as it is. Acting as members emits
 * events only when the sandbox is started, so seed before `start()` for a quiet history.
 * @param sandbox - the sandbox platform
 * @param options - the guild name (used when creating it)
 */
export async function seedSandboxCommunity(sandbox: SandboxPlatform, options: SeedOptions): Promise<GuildSnapshot> {
  const existing = await sandbox.ensureGuild(options.name, { ownerUsername: 'mira', ownerDisplayName: 'Mira' });
  if (existing.channels.length > 0) return existing;
  const guild = await sandbox.guild();
  const g = guild.id;

  const roleIds = new Map<string, string>();
  const roleSpecs = [
    { name: 'Admin', color: 0xe74c3c, hoist: true, permissions: Permission.ADMINISTRATOR, position: 99 },
    { name: 'Moderator', color: 0x3498db, hoist: true, permissions: MODERATION, position: 1 },
    { name: 'Member', color: 0x2ecc71, hoist: false, permissions: 0n, position: 1 },
    { name: 'New Member', color: 0x95a5a6, hoist: false, permissions: 0n, position: 1 },
  ];
  for (const spec of roleSpecs) {
    const role = await sandbox.createRoleAsOwner({
      ...spec,
      permissions: spec.permissions.toString(),
      mentionable: true,
    });
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
  for (const [categoryName, children] of layout) {
    const category = await sandbox.createChannelAsOwner({
      name: categoryName,
      kind: 'category',
      ...(categoryName === 'Staff' ? { permissionOverwrites: staffOnly } : {}),
    });
    for (const [name, kind, topic, permissionOverwrites] of children) {
      channels.set(
        name,
        await sandbox.createChannelAsOwner({ name, kind, topic, parentId: category.id, permissionOverwrites }),
      );
    }
  }
  const channel = (name: string): string => channels.get(name)?.id ?? '';

  await sandbox.addRoleAsOwner(guild.ownerId, role('Admin'));
  const users = new Map<string, string>();
  const now = (await sandbox.getMember(guild.ownerId))?.joinedAt ?? 0;
  for (const m of MEMBERS) {
    const member = await sandbox.addMember({
      username: m.username,
      displayName: m.displayName,
      dmsOpen: m.dmsOpen,
      accountCreatedAt: now - m.ageDays * DAY,
    });
    users.set(m.username, member.userId);
    for (const r of m.roles) await sandbox.addRoleAsOwner(member.userId, role(r));
  }
  const user = (name: string): string => users.get(name) ?? guild.ownerId;

  await sandbox.sendMessage(channel('welcome'), {
    content: `Welcome to ${options.name}! Read <#${channel('rules')}>, then say hi in <#${channel('introductions')}>.`,
  });
  await sandbox.sendMessage(channel('rules'), {
    embeds: [
      {
        title: 'Rules',
        description:
          '1. Be kind and assume good intent.\n2. No spam or self-promotion outside #showcase.\n3. Ask questions in #help, one post per question.\n4. Moderators have the final word.',
      },
    ],
  });
  await sandbox.postMessage({
    userId: guild.ownerId,
    channelId: channel('announcements'),
    content: 'This server is a Guildhall sandbox: add members, post and run commands from the dashboard.',
  });
  await sandbox.postMessage({
    userId: user('sam'),
    channelId: channel('introductions'),
    content: 'Hi! I am Sam, I build synths and write TypeScript.',
  });
  await sandbox.postMessage({
    userId: user('lena'),
    channelId: channel('introductions'),
    content: 'Hello, Lena here: mostly lurking in #showcase.',
  });
  await sandbox.postMessage({
    userId: user('noor'),
    channelId: channel('general'),
    content: `Welcome everyone! Questions go to <#${channel('help')}>.`,
  });
  const question = await sandbox.postMessage({
    userId: user('kenji'),
    channelId: channel('general'),
    content: 'Has anyone tried the new release yet?',
  });
  const answer = await sandbox.postMessage({
    userId: user('sam'),
    channelId: channel('general'),
    content: 'Yes, upgrading was painless.',
    replyTo: question.id,
  });
  await sandbox.react({ userId: user('lena'), channelId: channel('general'), messageId: answer.id, emoji: '👍' });
  const post = await sandbox.createThread({
    userId: user('kenji'),
    channelId: channel('help'),
    name: 'Build fails on Node 18',
    content: 'I get a SyntaxError when building. Which Node version do I need?',
  });
  await sandbox.postMessage({ userId: user('noor'), channelId: post.id, content: 'Node 20 or newer: see the README.' });
  await sandbox.postMessage({
    userId: user('lena'),
    channelId: channel('showcase'),
    content: 'Made a small audio visualiser this weekend ✨',
  });
  return sandbox.fetchGuild(g);
}
