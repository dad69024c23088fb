import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/initCommand.js';
import { defaultTemplatesDir, listTemplates, readTemplate } from '../../src/config/configTemplates.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { parseConfig } from '../../src/config/parseConfig.js';
import { moduleList } from '../../src/modules/moduleList.js';
import type { OnboardingConfig } from '../../src/modules/onboarding/OnboardingConfig.js';
import type { RecognitionConfig } from '../../src/modules/recognition/RecognitionConfig.js';
import type { ServerConfig } from '../../src/modules/server/index.js';
import type { PermissionName } from '../../src/platform/permissionFlags.js';
import { captureIO } from '../fixtures/config/captureIO.js';
import { can, findChannel, overwritesIn, permissionsIn, placedChannels } from './blueprintPermissions.js';

interface Template {
  text: string;
  server: ServerConfig;
  onboarding: OnboardingConfig;
  recognition: RecognitionConfig;
}

async function loadTemplate(name: string): Promise<Template> {
  const text = await readTemplate(name, { templatesDir: defaultTemplatesDir(), modules: moduleList });
  const result = parseConfig(text, `templates/${name}/community.yaml`, moduleList);
  if (!result.ok) throw new Error(`template ${name} does not validate: ${JSON.stringify(result.errors)}`);
  return {
    text,
    server: result.sections.server as ServerConfig,
    onboarding: result.sections.onboarding as OnboardingConfig,
    recognition: result.sections.recognition as RecognitionConfig,
  };
}

const names = (list: readonly { name: string }[]): string[] => list.map((x) => x.name);
const category = (server: ServerConfig, name: string) => {
  const found = server.categories.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no category ${name}`);
  return found;
};
const channelsOf = (server: ServerConfig, categoryName: string, types?: readonly string[]): string[] =>
  category(server, categoryName)
    .channels.filter((c) => types === undefined || types.includes(c.type))
    .map((c) => c.name);
const role = (server: ServerConfig, name: string) => {
  const found = server.roles.find((r) => r.name === name);
  if (found === undefined) throw new Error(`no role ${name}`);
  return found;
};
/** The seed's list appears in this order (other channels may sit between or after). */
const inOrder = (actual: readonly string[], expected: readonly string[]): string[] =>
  actual.filter((name) => expected.includes(name));

const TEXT_LIKE = ['text', 'announcement', 'forum'];
/** Permissions that manage the server or other members. */
const POWERFUL: PermissionName[] = [
  'Administrator',
  'ManageGuild',
  'ManageRoles',
  'ManageChannels',
  'ManageWebhooks',
  'KickMembers',
  'BanMembers',
  'ModerateMembers',
  'MentionEveryone',
];

/** Per template: the staff roles, and the one role allowed Administrator (if any). */
const TEMPLATES = {
  miktos: {
    seed: 'seed 000',
    staff: ['Escalation Handler', 'Technical Moderator', 'Community Moderator', 'Content Reviewer'],
    administrator: null,
  },
  miyabi: {
    seed: 'seed 001',
    staff: ['Founder/Owner', 'Admin', 'Team Member', 'Moderator'],
    administrator: 'Founder/Owner',
  },
  tixl: { seed: 'seed 002', staff: ['Admin', 'Moderator'], administrator: 'Admin' },
} as const;

describe.each(Object.entries(TEMPLATES))('template %s', (name, facts) => {
  it('is offered by guildhall init and validates with every module', async () => {
    expect(await listTemplates(defaultTemplatesDir())).toContain(name);
    const text = await readTemplate(name, { templatesDir: defaultTemplatesDir(), modules: moduleList });
    const result = parseConfig(text, name, moduleList);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is commented and says which seed it comes from', async () => {
    const { text } = await loadTemplate(name);
    expect(text).toMatch(new RegExp(`^# community\\.yaml: the \\w+ template \\(guildhall init --template ${name}\\)`));
    expect(text).toContain(facts.seed);
    // Every category is introduced by a comment naming the seed lines it comes from.
    const lines = text.split('\n');
    const start = lines.indexOf('  categories:');
    const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
    expect(start).toBeGreaterThan(0);
    for (const [i, line] of lines.entries()) {
      if (i <= start || i >= end || !/^ {4}- name: /.test(line)) continue;
      const above = lines.slice(Math.max(0, i - 8), i).filter((l) => l.trim().startsWith('#'));
      expect(
        above.some((l) => /l\. \d+/.test(l)),
        `comment with seed lines above "${line.trim()}"`,
      ).toBe(true);
    }
  });

  it('respects Discord limits and names only roles and channels it declares', async () => {
    const { server, onboarding, recognition } = await loadTemplate(name);
    const channels = placedChannels(server);
    const roleNames = new Set(names(server.roles));
    expect(roleNames.size, 'role names are unique').toBe(server.roles.length);
    expect(new Set(names(server.categories)).size, 'category names are unique').toBe(server.categories.length);
    expect(new Set(channels.map((p) => p.channel.name)).size, 'channel names are unique').toBe(channels.length);
    expect(channels.length + server.categories.length).toBeLessThanOrEqual(500);
    for (const c of server.categories) expect(c.channels.length).toBeLessThanOrEqual(50);
    for (const n of [...roleNames, ...names(server.categories), ...channels.map((p) => p.channel.name)]) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(100);
    }
    for (const { channel } of channels) {
      if (TEXT_LIKE.includes(channel.type)) expect(channel.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (channel.type === 'announcement') expect(channel.slowmode, 'announcement channels have no slowmode').toBe(0);
      if (channel.type !== 'voice' && channel.type !== 'stage') expect(channel.topic).not.toBeNull();
    }
    // @everyone is declared, last, so the template decides what a newcomer may do.
    expect(server.roles.at(-1)?.name).toBe('@everyone');
    const overwriteLists = [
      ...server.categories.map((c) => c.overwrites),
      ...channels.map((p) => p.channel.overwrites ?? []),
    ];
    for (const list of overwriteLists) {
      expect(new Set(list.map((o) => o.role)).size, 'one overwrite per role').toBe(list.length);
      for (const o of list) {
        expect(o.member, 'templates name roles, not members').toBeUndefined();
        expect(roleNames, `overwrite for a declared role`).toContain(o.role);
        expect(o.allow.filter((p) => o.deny.includes(p))).toEqual([]);
        expect(o.allow.length + o.deny.length).toBeGreaterThan(0);
      }
    }
    // The other sections point at things the blueprint creates.
    expect(roleNames).toContain(onboarding.newcomerRole);
    expect(findChannel(server, onboarding.welcomeChannel).channel.type).toBe('text');
    for (const excluded of recognition.excludedChannels) expect(findChannel(server, excluded)).toBeDefined();
    expect(onboarding.welcomeMessage).toContain('{member}');
    const recognitionRoles = [
      ...recognition.staffRoles,
      ...recognition.levels.map((l) => l.role),
      ...recognition.ambassadors.tiers.map((t) => t.role),
      ...recognition.referrals.tiers.map((t) => t.role),
    ].filter((r) => r !== null);
    for (const r of recognitionRoles) expect(roleNames, `recognition names role "${r}"`).toContain(r);
    expect(recognition.staffRoles.sort()).toEqual(facts.staff.filter((s) => s !== 'Content Reviewer').sort());
    for (const ch of [recognition.announceChannel, recognition.leaderboards.channel]) {
      if (ch !== null) expect(TEXT_LIKE).toContain(findChannel(server, ch).channel.type);
    }
  });

  it('gives Administrator to one owner/admin role at most and management only to staff', async () => {
    const { server } = await loadTemplate(name);
    const staff: readonly string[] = facts.staff;
    expect(server.roles.filter((r) => r.permissions.includes('Administrator')).map((r) => r.name)).toEqual(
      facts.administrator === null ? [] : [facts.administrator],
    );
    for (const r of server.roles) {
      if (staff.includes(r.name)) continue;
      expect(
        r.permissions.filter((p) => POWERFUL.includes(p)),
        `${r.name} holds no management permission`,
      ).toEqual([]);
    }
    // Staff roles are at the top.
    expect(names(server.roles.slice(0, staff.length)).sort()).toEqual([...staff].sort());
    // Overwrites grant management permissions to staff only.
    for (const { channel, category } of placedChannels(server)) {
      for (const o of overwritesIn({ channel, category })) {
        if (o.role !== undefined && staff.includes(o.role)) continue;
        const granted = o.allow.filter((p) => POWERFUL.includes(p));
        expect(granted, `${o.role} in #${channel.name}`).toEqual([]);
      }
    }
  });

  it('keeps announcement channels read-only: staff post, members react', async () => {
    const { server, onboarding } = await loadTemplate(name);
    const announcements = placedChannels(server).filter((p) => p.channel.type === 'announcement');
    expect(announcements.length).toBeGreaterThan(0);
    const nonStaff = server.roles.filter(
      (r) => !(facts.staff as readonly string[]).includes(r.name) && r.name !== '@everyone',
    );
    for (const { channel } of announcements) {
      for (const r of [[], [onboarding.newcomerRole ?? '@everyone'], ...nonStaff.map((x) => [x.name])]) {
        expect(can(server, channel.name, r, 'ViewChannel'), `${r.join('+')} reads #${channel.name}`).toBe(true);
        expect(can(server, channel.name, r, 'SendMessages'), `${r.join('+')} posts in #${channel.name}`).toBe(false);
      }
      expect(facts.staff.some((s) => can(server, channel.name, [s], 'SendMessages'))).toBe(true);
    }
  });

  it('welcomes newcomers in a channel they can read and greet in', async () => {
    const { server, onboarding } = await loadTemplate(name);
    const newcomer = [onboarding.newcomerRole ?? '@everyone'];
    expect(can(server, onboarding.welcomeChannel, newcomer, 'ViewChannel')).toBe(true);
    expect(can(server, onboarding.welcomeChannel, newcomer, 'SendMessages')).toBe(true);
    const welcome = findChannel(server, onboarding.welcomeChannel).channel;
    expect(welcome.type === 'text' ? welcome.slowmode : 0, 'greetings are slowed down').toBeGreaterThan(0);
  });
});

describe('guildhall init --template', () => {
  it.each(Object.keys(TEMPLATES))('%s writes the template, comments and all, and it validates', async (name) => {
    const out = join(await mkdtemp(join(tmpdir(), 'guildhall-template-')), 'community.yaml');
    const io = captureIO();
    expect(await initCommand({ out, template: name }, io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout[0]).toBe(`Wrote ${out} (template "${name}").`);
    const written = await readFile(out, 'utf8');
    expect(written).toBe(await readFile(join(defaultTemplatesDir(), name, 'community.yaml'), 'utf8'));
    const loaded = await loadConfig(out, moduleList);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it.each(Object.keys(TEMPLATES))('%s takes a community name and keeps its comments', async (name) => {
    const out = join(await mkdtemp(join(tmpdir(), 'guildhall-template-')), 'community.yaml');
    expect(await initCommand({ out, template: name, name: 'Our Server' }, captureIO())).toBe(0);
    const loaded = await loadConfig(out, moduleList);
    expect(loaded.ok && loaded.config.community.name).toBe('Our Server');
    const written = await readFile(out, 'utf8');
    expect(written).toContain(TEMPLATES[name as keyof typeof TEMPLATES].seed);
    expect(loaded.ok && loaded.sections.server).toEqual((await loadTemplate(name)).server);
  });
});

describe('miyabi (seed 001)', () => {
  const TIERS = ['Core Contributor', 'Contributor', 'Active Member', 'Member', 'New Member'];
  const SUBSCRIPTIONS = ['Enterprise Customer', 'Professional User'];
  const STAFF = ['Founder/Owner', 'Admin', 'Team Member', 'Moderator'];
  /** Every non-staff combination a verified member can hold. */
  const MEMBERS = [['Member'], ...[...TIERS, ...SUBSCRIPTIONS].filter((r) => r !== 'Member').map((r) => ['Member', r])];

  it('has the 8 categories of the server architecture, in order (l. 20–134)', async () => {
    const { server } = await loadTemplate('miyabi');
    expect(names(server.categories)).toEqual([
      'WELCOME & RULES',
      'GENERAL COMMUNITY',
      'TECHNICAL SUPPORT',
      'DEVELOPMENT & CODE',
      'ENTERPRISE & BUSINESS',
      'SHOWCASE & INSPIRATION',
      'LEARNING & EVENTS',
      'PRIVATE STAFF AREAS',
    ]);
    expect(server.channels).toEqual([]);
  });

  it('has every channel the seed lists, in the seed order, in its category', async () => {
    const { server } = await loadTemplate('miyabi');
    const seed: Record<string, string[]> = {
      'WELCOME & RULES': ['welcome', 'rules', 'announcements', 'community-updates', 'getting-started'],
      'GENERAL COMMUNITY': ['general-chat', 'introductions', 'random', 'feedback-suggestions', 'polls-surveys'],
      'TECHNICAL SUPPORT': [
        'help-general',
        'help-github-app',
        'help-dashboard',
        'help-agents',
        'help-deployment',
        'help-integrations',
      ],
      'DEVELOPMENT & CODE': [
        'development-discussion',
        'code-review',
        'feature-requests',
        'bug-reports',
        'api-sdk',
        'open-source',
      ],
      'ENTERPRISE & BUSINESS': [
        'enterprise-general',
        'partnerships',
        'success-stories',
        'pricing-licensing',
        'compliance-security',
      ],
      'SHOWCASE & INSPIRATION': [
        'project-showcase',
        'built-with-miyabi',
        'ai-agent-gallery',
        'tutorials-guides',
        'resources-tools',
        'industry-news',
      ],
      'LEARNING & EVENTS': ['events', 'workshops', 'office-hours', 'study-groups', 'webinars', 'conference-meetups'],
      'PRIVATE STAFF AREAS': ['staff-general', 'moderation', 'analytics', 'planning', 'feedback-review'],
    };
    for (const [categoryName, list] of Object.entries(seed)) {
      expect(inOrder(channelsOf(server, categoryName, ['text', 'announcement']), list)).toEqual(list);
    }
    // The only text channels beyond the seed's lists are those its roles need (l. 187, 194, 203, 212).
    const listed = new Set(Object.values(seed).flat());
    const extra = placedChannels(server)
      .filter((p) => p.channel.type === 'text' && !listed.has(p.channel.name))
      .map((p) => p.channel.name);
    expect(extra).toEqual(['contributors', 'core-contributors', 'beta-testing', 'professional-users']);
  });

  it('has exactly one staff-only category, the private staff area (l. 124–134)', async () => {
    const { server } = await loadTemplate('miyabi');
    const hiddenFromMembers = server.categories.filter((c) =>
      c.channels.every((ch) => [[], ['New Member'], ...MEMBERS].every((r) => !can(server, ch.name, r, 'ViewChannel'))),
    );
    expect(names(hiddenFromMembers)).toEqual(['PRIVATE STAFF AREAS']);
    for (const ch of channelsOf(server, 'PRIVATE STAFF AREAS')) {
      for (const s of STAFF) {
        expect(can(server, ch, ['Member', s], 'ViewChannel'), `${s} sees #${ch}`).toBe(true);
        expect(can(server, ch, ['Member', s], 'SendMessages')).toBe(true);
      }
    }
  });

  it('has 4 community voice rooms and 4 event voice rooms with user limits (l. 136–148)', async () => {
    const { server } = await loadTemplate('miyabi');
    const voiceKinds = ['voice', 'stage'];
    expect(channelsOf(server, 'GENERAL COMMUNITY', voiceKinds)).toEqual([
      'General Hangout',
      'Study Hall',
      'Help Desk',
      'Project Collaboration',
    ]);
    expect(channelsOf(server, 'LEARNING & EVENTS', voiceKinds)).toEqual([
      'Main Stage',
      'Workshop Room',
      'Office Hours',
      'Community Meetings',
    ]);
    const all = placedChannels(server).filter((p) => voiceKinds.includes(p.channel.type));
    expect(all).toHaveLength(8);
    for (const n of [
      'General Hangout',
      'Study Hall',
      'Help Desk',
      'Project Collaboration',
      'Workshop Room',
      'Office Hours',
    ]) {
      const { channel } = findChannel(server, n);
      expect(channel.type === 'voice' && channel.userLimit, `${n} has a user limit`).toBeGreaterThan(0);
    }
    // "Study Hall - silent co-working space" (l. 140).
    expect(can(server, 'Study Hall', ['Member'], 'Connect')).toBe(true);
    expect(can(server, 'Study Hall', ['Member'], 'Speak')).toBe(false);
    expect(can(server, 'General Hangout', ['Member'], 'Speak')).toBe(true);
    // Main Stage is a stage: the team moderates it, members ask to speak.
    expect(findChannel(server, 'Main Stage').channel.type).toBe('stage');
    for (const p of ['ManageChannels', 'MuteMembers', 'MoveMembers'] as const) {
      expect(can(server, 'Main Stage', ['Member', 'Team Member'], p)).toBe(true);
    }
    expect(can(server, 'Main Stage', ['Member'], 'RequestToSpeak')).toBe(true);
    // New Members get into events once verified ("access to community events", l. 179).
    expect(can(server, 'General Hangout', ['New Member'], 'Connect')).toBe(false);
  });

  it('has the 3 knowledge base forums with searchable tags and solution marking (l. 150–160)', async () => {
    const { server } = await loadTemplate('miyabi');
    const forums = placedChannels(server).filter((p) => p.channel.type === 'forum');
    expect(forums.map((p) => p.channel.name)).toEqual([
      'faq-and-troubleshooting',
      'best-practices',
      'use-case-library',
    ]);
    for (const { channel } of forums) {
      if (channel.type !== 'forum') continue;
      expect(channel.tags.length, `#${channel.name} has tags`).toBeGreaterThanOrEqual(5);
      expect(new Set(names(channel.tags)).size).toBe(channel.tags.length);
      expect(
        channel.tags.some((t) => t.moderated),
        `#${channel.name} has a tag only moderators apply`,
      ).toBe(true);
      expect(channel.defaultSort).not.toBeNull();
      expect(can(server, channel.name, ['New Member'], 'ViewChannel')).toBe(true);
      expect(can(server, channel.name, ['Member'], 'SendMessages')).toBe(true);
    }
    const faq = findChannel(server, 'faq-and-troubleshooting').channel;
    expect(faq.type === 'forum' && faq.tags.find((t) => t.name === 'Solved')).toMatchObject({ moderated: false });
  });

  it('keeps welcome & rules read-only but for #welcome, where posting is limited (l. 32)', async () => {
    const { server } = await loadTemplate('miyabi');
    for (const ch of ['rules', 'announcements', 'community-updates', 'getting-started']) {
      expect(findChannel(server, ch).channel.overwrites, `#${ch} is synced with its category`).toBeUndefined();
      expect(can(server, ch, ['Member'], 'SendMessages')).toBe(false);
      expect(can(server, ch, ['Member', 'Core Contributor'], 'SendMessages')).toBe(false);
      expect(can(server, ch, ['Member', 'Team Member'], 'SendMessages')).toBe(true);
      expect(can(server, ch, ['Member', 'Admin'], 'SendMessages')).toBe(true);
    }
    expect(findChannel(server, 'announcements').channel.type).toBe('announcement');
    expect(findChannel(server, 'community-updates').channel.type).toBe('announcement');
    const welcome = findChannel(server, 'welcome').channel;
    expect(welcome.type === 'text' && welcome.slowmode).toBeGreaterThan(0);
    expect(can(server, 'welcome', ['New Member'], 'SendMessages')).toBe(true);
    expect(can(server, 'welcome', ['New Member'], 'CreatePublicThreads')).toBe(false);
    // #events and #webinars are staff announcements too (l. 112, 116, 395).
    for (const ch of ['events', 'webinars']) {
      expect(can(server, ch, ['Member'], 'SendMessages')).toBe(false);
      expect(can(server, ch, ['Member', 'Team Member'], 'SendMessages')).toBe(true);
    }
  });

  it('lets New Members read most channels, post only in welcome areas, never see enterprise (l. 166–172)', async () => {
    const { server } = await loadTemplate('miyabi');
    const all = placedChannels(server);
    const readable = all.filter((p) => can(server, p.channel.name, ['New Member'], 'ViewChannel'));
    expect(readable.length / all.length).toBeGreaterThan(0.6);
    const postable = all
      .filter((p) => TEXT_LIKE.includes(p.channel.type))
      .filter((p) => can(server, p.channel.name, ['New Member'], 'SendMessages'))
      .map((p) => p.channel.name);
    expect(postable).toEqual(['welcome', 'introductions']);
    for (const ch of channelsOf(server, 'ENTERPRISE & BUSINESS')) {
      expect(can(server, ch, ['New Member'], 'ViewChannel'), `New Member sees #${ch}`).toBe(false);
      expect(can(server, ch, [], 'ViewChannel')).toBe(false);
    }
  });

  it('gives verified Members the general and technical channels, threads and events (l. 174–180)', async () => {
    const { server } = await loadTemplate('miyabi');
    for (const categoryName of ['GENERAL COMMUNITY', 'TECHNICAL SUPPORT']) {
      for (const ch of channelsOf(server, categoryName, TEXT_LIKE)) {
        expect(can(server, ch, ['Member'], 'SendMessages'), `Member posts in #${ch}`).toBe(true);
      }
    }
    expect(can(server, 'help-general', ['Member'], 'CreatePublicThreads')).toBe(true);
    expect(can(server, 'Workshop Room', ['Member'], 'Connect')).toBe(true);
    expect(can(server, 'polls-surveys', ['Member'], 'SendPolls')).toBe(true);
    expect(can(server, 'general-chat', ['Member'], 'SendPolls')).toBe(false);
    expect(can(server, 'partnerships', ['Member'], 'ViewChannel')).toBe(true);
  });

  it('gives each user tier what the seed says, and no more (l. 182–204)', async () => {
    const { server } = await loadTemplate('miyabi');
    // Active Member: votes on feature requests, beta testing.
    expect(can(server, 'feature-requests', ['Member'], 'AddReactions')).toBe(false);
    expect(can(server, 'feature-requests', ['Member', 'Active Member'], 'AddReactions')).toBe(true);
    expect(can(server, 'beta-testing', ['Member'], 'ViewChannel')).toBe(false);
    expect(can(server, 'beta-testing', ['Member', 'Active Member'], 'ViewChannel')).toBe(true);
    // Contributor: basic moderation of community discussions; contributor-only channel.
    expect(can(server, 'general-chat', ['Member', 'Contributor'], 'ManageThreads')).toBe(true);
    expect(can(server, 'introductions', ['Member', 'Contributor'], 'ManageThreads')).toBe(true);
    expect(can(server, 'help-general', ['Member', 'Contributor'], 'ManageThreads')).toBe(false);
    expect(can(server, 'contributors', ['Member', 'Active Member'], 'ViewChannel')).toBe(false);
    expect(can(server, 'contributors', ['Member', 'Contributor'], 'ViewChannel')).toBe(true);
    // Core Contributor: limited moderation, direct team channel.
    const core = permissionsIn(server, 'help-general', ['Member', 'Core Contributor']);
    expect(core.has('ManageMessages') && core.has('ManageThreads')).toBe(true);
    for (const p of ['KickMembers', 'BanMembers', 'ModerateMembers'] as const) expect(core.has(p)).toBe(false);
    expect(can(server, 'core-contributors', ['Member', 'Contributor'], 'ViewChannel')).toBe(false);
    expect(can(server, 'core-contributors', ['Member', 'Core Contributor'], 'ViewChannel')).toBe(true);
    // The tiers are ordered, highest first.
    expect(inOrder(names(server.roles), TIERS)).toEqual(TIERS);
  });

  it('restricts enterprise-only channels to the Enterprise Customer role (and the team supporting it)', async () => {
    const { server } = await loadTemplate('miyabi');
    const enterpriseOnly = channelsOf(server, 'ENTERPRISE & BUSINESS').filter(
      (ch) =>
        MEMBERS.filter((r) => can(server, ch, r, 'ViewChannel'))
          .map((r) => r.slice(1).join())
          .join('|') === 'Enterprise Customer',
    );
    expect(enterpriseOnly).toEqual(['enterprise-general', 'compliance-security']);
    for (const ch of enterpriseOnly) {
      // NDA-protected discussions in private threads (l. 90).
      expect(can(server, ch, ['Member', 'Enterprise Customer'], 'CreatePrivateThreads')).toBe(true);
      expect(can(server, ch, ['Member', 'Enterprise Customer'], 'SendMessages')).toBe(true);
      // Direct team communication (l. 220); volunteer moderators stay out of NDA talk.
      expect(can(server, ch, ['Member', 'Team Member'], 'ViewChannel')).toBe(true);
      expect(can(server, ch, ['Member', 'Admin'], 'ViewChannel')).toBe(true);
      expect(can(server, ch, ['Member', 'Moderator'], 'ViewChannel')).toBe(false);
    }
    // Professional users get their channel (l. 212), shared with the higher Enterprise plan.
    const pro = MEMBERS.filter((r) => can(server, 'professional-users', r, 'ViewChannel')).map((r) => r[1]);
    expect(pro).toEqual(['Enterprise Customer', 'Professional User']);
  });

  it('has user-tier, subscription and staff role groups with the seed permissions (l. 162–240)', async () => {
    const { server } = await loadTemplate('miyabi');
    expect(names(server.roles)).toEqual([...STAFF, ...SUBSCRIPTIONS, ...TIERS, '@everyone']);
    const perms = (n: string): PermissionName[] => role(server, n).permissions;
    expect(perms('Founder/Owner')).toEqual(['Administrator']);
    expect(perms('Admin')).toEqual(expect.arrayContaining(['ManageRoles', 'ManageGuild', 'ManageChannels']));
    expect(perms('Moderator')).toEqual(
      expect.arrayContaining(['KickMembers', 'BanMembers', 'ManageMessages', 'ModerateMembers', 'ManageThreads']),
    );
    for (const p of ['Administrator', 'ManageRoles', 'ManageGuild', 'ManageChannels'] as const) {
      expect(perms('Moderator')).not.toContain(p);
      expect(perms('Team Member')).not.toContain(p);
    }
    expect(perms('Team Member')).toEqual(expect.arrayContaining(['CreateEvents', 'ManageEvents']));
    for (const n of [...SUBSCRIPTIONS, 'Contributor', 'Active Member', 'New Member']) expect(perms(n)).toEqual([]);
    expect(perms('@everyone')).not.toContain('SendMessages');
    expect(perms('Member')).toEqual(
      expect.arrayContaining(['SendMessages', 'CreatePublicThreads', 'Connect', 'Speak']),
    );
    // Staff and subscription roles show apart in the member list; every role has its own colour.
    for (const n of [...STAFF, ...SUBSCRIPTIONS]) expect(role(server, n).hoist).toBe(true);
    const colours = server.roles.filter((r) => r.name !== '@everyone').map((r) => r.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours).not.toContain(0);
  });

  it('makes Active Member a level: 30+ days and 50+ meaningful messages (l. 182–183)', async () => {
    const { recognition } = await loadTemplate('miyabi');
    expect(recognition.levels).toEqual([
      { name: 'Active Member', role: 'Active Member', conditions: { tenure_days: 30, messages: 50 }, match: 'all' },
    ]);
    expect(recognition.minMessageLength).toBeGreaterThan(1);
  });

  it('welcomes with the New Member role in #welcome (l. 346–359)', async () => {
    const { onboarding } = await loadTemplate('miyabi');
    expect(onboarding).toMatchObject({ enabled: true, newcomerRole: 'New Member', welcomeChannel: 'welcome' });
    expect(onboarding.welcomeMessage).toContain('#introductions');
  });
});

describe('miktos (seed 000)', () => {
  it('has the five channel groups of discord_structure, with their channels in order (l. 34–64), and #mod-log', async () => {
    const { server } = await loadTemplate('miktos');
    const groups: [string, string[]][] = [
      ['WELCOME AREA', ['welcome', 'rules-and-guidelines', 'getting-started']],
      ['SUPPORT', ['general-help', 'technical-support', 'bug-reports', 'feature-requests']],
      ['LEARNING', ['tutorials', 'challenges', 'showcase', 'experiments']],
      ['SPECIALIZED', ['artists-corner', 'developers-den', 'enterprise-discussion', 'beta-testing']],
      ['SOCIAL', ['general-chat', 'announcements', 'achievements', 'off-topic']],
      // Where Guildhall posts moderation cases (moderation.modLogChannel), for the moderation team.
      ['MODERATION', ['mod-log']],
    ];
    expect(server.categories.map((c) => [c.name, names(c.channels)])).toEqual(groups);
    expect(server.channels).toEqual([]);
  });

  it('has the community levels, ambassador tiers and moderation team as roles (l. 121–147, 413–432, 614–619)', async () => {
    const { server } = await loadTemplate('miktos');
    const levels = ['Legend', 'Expert', 'Contributor', 'Newcomer'];
    expect(inOrder(names(server.roles), levels)).toEqual(levels);
    for (const n of ['Platform Evangelist', 'Content Creator', 'Community Helper'])
      expect(role(server, n)).toBeDefined();
    // Only the senior escalation team kicks and bans; volunteers time out and tidy up.
    const kickers = server.roles.filter(
      (r) => r.permissions.includes('BanMembers') || r.permissions.includes('KickMembers'),
    );
    expect(names(kickers)).toEqual(['Escalation Handler']);
    expect(role(server, 'Community Moderator').permissions).toEqual([
      'ModerateMembers',
      'ManageMessages',
      'ManageThreads',
    ]);
  });

  it('runs the Contributor level and the ambassador tiers on their seed requirements (l. 127–145, 421–423)', async () => {
    const { recognition } = await loadTemplate('miktos');
    expect(recognition.levels).toEqual([
      { name: 'Contributor', role: 'Contributor', conditions: { helpful_answer: 10 }, match: 'all' },
    ]);
    expect(recognition.ambassadors.tiers.map((t) => [t.role, t.conditions])).toEqual([
      ['Community Helper', { helpful_answer: 50 }],
      ['Content Creator', { tutorial: 10 }],
      ['Platform Evangelist', { tenure_days: 180, points: 1000 }],
    ]);
    expect(recognition.announceChannel).toBe('achievements');
  });

  it('gives beta access to Experts, Legends and Platform Evangelists only (l. 142, 427)', async () => {
    const { server } = await loadTemplate('miktos');
    const who = server.roles
      .filter((r) => !['Escalation Handler', 'Technical Moderator', 'Community Moderator'].includes(r.name))
      .filter((r) => can(server, 'beta-testing', r.name === '@everyone' ? [] : [r.name], 'ViewChannel'))
      .map((r) => r.name);
    expect(who).toEqual(['Platform Evangelist', 'Legend', 'Expert']);
  });

  it('turns the Q&A system, tutorial library and monthly showcases into tagged forums (l. 191–252, 287–305)', async () => {
    const { server } = await loadTemplate('miktos');
    const forums = placedChannels(server).filter((p) => p.channel.type === 'forum');
    expect(forums.map((p) => p.channel.name)).toEqual(['general-help', 'tutorials', 'showcase']);
    const tags = (n: string): string[] => {
      const { channel } = findChannel(server, n);
      return channel.type === 'forum' ? names(channel.tags) : [];
    };
    expect(tags('general-help')).toEqual(expect.arrayContaining(['Solved', 'Expert Answer']));
    expect(tags('tutorials')).toEqual(
      expect.arrayContaining(['Getting Started', 'Advanced Techniques', 'Industry Workflows', 'Troubleshooting']),
    );
    expect(tags('showcase')).toEqual(
      expect.arrayContaining(['Project of the Month', 'Innovation Spotlight', 'Community Choice']),
    );
    // Experts verify (moderated tags need Manage Threads); newcomers do not.
    expect(can(server, 'general-help', ['Expert'], 'ManageThreads')).toBe(true);
    expect(can(server, 'tutorials', ['Content Reviewer'], 'ManageMessages')).toBe(true);
    expect(can(server, 'general-help', ['Newcomer'], 'ManageThreads')).toBe(false);
    expect(can(server, 'general-help', ['Newcomer'], 'SendMessages')).toBe(true);
  });

  it('lets newcomers post from the start, except in the read-only welcome area and news', async () => {
    const { server, onboarding } = await loadTemplate('miktos');
    expect(onboarding.newcomerRole).toBe('Newcomer');
    const readOnly = placedChannels(server)
      .filter((p) => can(server, p.channel.name, ['Newcomer'], 'ViewChannel'))
      .filter((p) => !can(server, p.channel.name, ['Newcomer'], 'SendMessages'))
      .map((p) => p.channel.name);
    expect(readOnly).toEqual(['rules-and-guidelines', 'getting-started', 'announcements', 'achievements']);
    const hidden = placedChannels(server).filter((p) => !can(server, p.channel.name, ['Newcomer'], 'ViewChannel'));
    expect(hidden.map((p) => p.channel.name)).toEqual(['beta-testing', 'mod-log']);
  });
});

describe('tixl (seed 002)', () => {
  it('has every channel the community bot refers to', async () => {
    const { server } = await loadTemplate('tixl');
    const referenced: [string, string, string][] = [
      ['welcome', 'text', 'welcome_channel_id l. 93, ONBOARDING_STEPS l. 130'],
      ['orientation', 'text', '<#orientation-channel> l. 105'],
      ['roles', 'text', '<#roles-channel> l. 138'],
      ['introductions', 'text', '<#introductions> l. 143, 157'],
      ['dev-general', 'text', 'WELCOME_TEMPLATES developer l. 183'],
      ['code-reviews', 'text', 'WELCOME_TEMPLATES developer l. 183'],
      ['project-showcase', 'text', 'WELCOME_TEMPLATES developer l. 183'],
      ['design-general', 'text', 'WELCOME_TEMPLATES designer l. 189'],
      ['ui-ux', 'text', 'WELCOME_TEMPLATES designer l. 189'],
      ['feedback', 'text', 'WELCOME_TEMPLATES designer l. 189, FEEDBACK_GENERAL_CHANNEL l. 382'],
      ['learning', 'text', 'WELCOME_TEMPLATES learner l. 195'],
      ['help', 'text', 'WELCOME_TEMPLATES learner l. 195'],
      ['resources', 'text', 'WELCOME_TEMPLATES learner l. 195'],
      ['tutorials', 'text', 'TUTORIAL_CHANNEL_ID l. 317'],
      ['feature-requests', 'text', 'FEEDBACK_REQUESTS_CHANNEL l. 383'],
      ['bug-reports', 'text', 'BUG_REPORTS_CHANNEL l. 384'],
      ['suggestions', 'text', 'SUGGESTIONS_CHANNEL l. 385'],
      ['leaderboard', 'text', 'LEADERBOARD_CHANNEL_ID l. 548'],
      ['moderators', 'text', 'MODERATOR_CHANNEL l. 956'],
      ['admins', 'text', 'ADMIN_CHANNEL l. 957'],
      ['community-updates', 'announcement', 'COMMUNITY_UPDATES_CHANNEL l. 958'],
    ];
    for (const [n, type, where] of referenced) {
      expect(findChannel(server, n).channel.type, `#${n} (${where})`).toBe(type);
    }
    // create_scheduled_event(channel=event_data['voice_channel']) (l. 222–229).
    const eventRooms = channelsOf(server, 'EVENTS', ['voice', 'stage']);
    expect(eventRooms).toEqual(['Workshop Stage', 'Community Call']);
    expect(findChannel(server, 'Workshop Stage').channel.type).toBe('stage');
  });

  it('has every role the bot assigns (l. 110, 179–198, 487–494, 891)', async () => {
    const { server } = await loadTemplate('tixl');
    for (const n of [
      'Newcomer',
      'Developer',
      'Contributor',
      'Designer',
      'Creative',
      'Student',
      'Learner',
      'Helper',
      'Expert',
      'Mentor',
      'Legend',
      'Community Ambassador',
    ]) {
      expect(
        role(server, n).permissions.filter((p) => p !== 'CreateEvents'),
        n,
      ).toEqual([]);
    }
    expect(inOrder(names(server.roles), ['Legend', 'Mentor', 'Expert', 'Helper', 'Contributor', 'Newcomer'])).toEqual([
      'Legend',
      'Mentor',
      'Expert',
      'Helper',
      'Contributor',
      'Newcomer',
    ]);
  });

  it('hides the alert channels: moderators for moderators, admins for admins only (l. 955–957)', async () => {
    const { server } = await loadTemplate('tixl');
    const nonStaff = server.roles.filter((r) => !['Admin', 'Moderator'].includes(r.name)).map((r) => r.name);
    for (const r of nonStaff) {
      const held = r === '@everyone' ? [] : [r];
      expect(can(server, 'moderators', held, 'ViewChannel'), r).toBe(false);
      expect(can(server, 'admins', held, 'ViewChannel'), r).toBe(false);
    }
    expect(can(server, 'moderators', ['Moderator'], 'ViewChannel')).toBe(true);
    expect(can(server, 'admins', ['Moderator'], 'ViewChannel')).toBe(false);
    expect(can(server, 'admins', ['Admin'], 'ViewChannel')).toBe(true);
  });

  it('lets the bot-written channels be read, not written; newcomers post and introduce themselves', async () => {
    const { server } = await loadTemplate('tixl');
    for (const ch of ['orientation', 'roles', 'leaderboard', 'community-updates']) {
      expect(can(server, ch, ['Newcomer'], 'ViewChannel')).toBe(true);
      expect(can(server, ch, ['Newcomer'], 'SendMessages')).toBe(false);
      expect(can(server, ch, ['Moderator'], 'SendMessages')).toBe(true);
    }
    for (const ch of ['welcome', 'introductions', 'dev-general', 'help', 'feedback', 'bug-reports']) {
      expect(can(server, ch, ['Newcomer'], 'SendMessages'), `#${ch}`).toBe(true);
    }
  });

  it("welcomes in the seed's words with the Newcomer role, pointing at orientation, roles and introductions", async () => {
    const { onboarding, recognition } = await loadTemplate('tixl');
    expect(onboarding).toMatchObject({ newcomerRole: 'Newcomer', welcomeChannel: 'welcome' });
    for (const phrase of ["We're excited to have you join us", '#orientation', '#roles', '#introductions']) {
      expect(onboarding.welcomeMessage).toContain(phrase);
    }
    expect(recognition.points.message).toBe(1);
  });

  it('posts leaderboards in #leaderboard and rewards points, badges and referrals as the seed does (l. 470–550, 885–902)', async () => {
    const { recognition } = await loadTemplate('tixl');
    expect(recognition).toMatchObject({
      preset: 'seed002',
      qualityBonusPercent: 50,
      announceChannel: 'leaderboard',
      leaderboards: { channel: 'leaderboard', postCategories: ['helpful_answers', 'tutorials', 'events_attended'] },
      referrals: { referrerPoints: 100, refereePoints: 50 },
    });
    expect(recognition.badges.map((b) => [b.id, b.points])).toEqual([
      ['newcomer', 0],
      ['contributor', 100],
      ['helper', 250],
      ['expert', 500],
      ['mentor', 1000],
      ['legend', 2500],
    ]);
    expect(recognition.levels.map((l) => [l.role, l.conditions.points])).toEqual([
      ['Helper', 250],
      ['Expert', 500],
      ['Mentor', 1000],
      ['Legend', 2500],
    ]);
    expect(recognition.referrals.tiers).toEqual([
      { referrals: 1, name: 'Community Ambassador', points: 0, role: 'Community Ambassador' },
    ]);
  });
});
