import type { Selectable } from 'kysely';
import type { ChannelSnapshot, ForumTag } from '../../src/platform/Platform.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { supportDb, type SupportTables } from '../../src/modules/support/SupportTables.js';
import { openModerationCommunity } from '../automod/moderationCommunity.js';
import { eventsView, type EventsCommunity, type InteractionOutcome } from '../events/eventsCommunity.js';

export { DAY, HOUR, MINUTE, SECOND } from '../events/eventsCommunity.js';
export type { InteractionOutcome };

/** Tags of the harness's `help` forum (the seeded forum gets them). */
export const HELP_TAGS = ['Solved', 'Setup', 'Bots', 'Billing'] as const;

/**
 * The support section the harness uses unless a test gives its own: the seeded `help` forum
 * and the `help-chat` text channel; tiers community 4 h → `Expert` 24 h in `staff-support` →
 * `Platform Team` 48 h; the FAQ forum `faq` and the guide forum `guides`.
 */
export const SUPPORT_SECTION: Record<string, unknown> = {
  helpChannels: ['help', 'help-chat'],
  staffRoles: ['Moderator', 'Admin'],
  helperRoles: ['Helper'],
  tiers: [
    { name: 'community', within: '4h' },
    { name: 'expert', within: '24h', role: 'Expert', channel: 'staff-support' },
    { name: 'platform', within: '48h', role: 'Platform Team', channel: 'staff-support' },
  ],
  knowledgeBase: { faqForums: ['faq'], guideForums: ['guides'] },
};

/** The seeded sandbox with the support module configured (see {@link openSupportCommunity}). */
export interface SupportCommunity extends Omit<EventsCommunity, 'rows' | 'pendingJobs' | 'restart'> {
  /** Channel ids: `help` (forum), `help-chat` (text), `staff-support`, `faq` and `guides` (forums). */
  channels: Record<'help' | 'helpChat' | 'staffSupport' | 'faq' | 'guides', string>;
  /** Role ids: `Helper`, `Expert`, `Platform Team`. */
  roles: Record<'helper' | 'expert' | 'platform', string>;
  /** The id of a tag of a forum by name. */
  tagId(forumId: string, name: string): Promise<string>;
  /**
   * A member posts a question in a forum (a post: thread + starter message) with tags by name;
   * settles.
   */
  ask(userId: string, title: string, content: string, options?: { forumId?: string; tags?: string[] }): Promise<string>;
  /** A member posts in a channel or thread (optionally replying); settles. */
  post(userId: string, channelId: string, content: string, replyTo?: string): Promise<SandboxMessage>;
  /** A member uses a message context-menu command (`Mark as solution`) on a message. */
  messageCommand(userId: string, name: string, message: SandboxMessage): Promise<InteractionOutcome>;
  /** A slash command run in a given channel or thread (the base `command` runs in #general). */
  commandIn(
    channelId: string,
    userId: string,
    name: string,
    subcommand: string | null,
    options?: Record<string, string | number | boolean>,
  ): Promise<InteractionOutcome>;
  /** A thread as the sandbox has it (tags, archived, locked). */
  thread(threadId: string): Promise<ChannelSnapshot & { appliedTags: string[]; archived: boolean; locked: boolean }>;
  /** Every row of one of the support tables. */
  rows<T extends keyof SupportTables>(table: T): Promise<Selectable<SupportTables[T]>[]>;
  /** Pending jobs of the support module, by due time. */
  pendingJobs(): Promise<{ key: string; name: string; run_at: number }[]>;
  restart(support?: Record<string, unknown>): Promise<SupportCommunity>;
}

/** Options of the support test community. */
export interface SupportCommunityOptions {
  /** Keep the database so `restart()` works. */
  restartable?: boolean;
  /** Other sections of community.yaml. */
  sections?: Record<string, unknown>;
}

const tag = (name: string): ForumTag => ({ name, moderated: name === 'Solved' || name === 'Verified', emoji: null });

/**
 * Opens the support test community: the seeded sandbox with every module, `support:` as given
 * (default {@link SUPPORT_SECTION}), the channels and roles it names, and `lena` holding Helper.
 * Nothing runs until the test advances the clock or calls `runDueJobs`.
 * @param support - the support section
 * @param options - restartability, other sections
 */
export async function openSupportCommunity(
  support: Record<string, unknown> = SUPPORT_SECTION,
  options: SupportCommunityOptions = {},
): Promise<SupportCommunity> {
  const sections: Record<string, unknown> = { ...options.sections, support };
  const c = await openModerationCommunity({ sections, restartable: options.restartable ?? false });
  const existing = await c.sandbox.listChannels();
  const find = (name: string) => existing.find((ch) => ch.name === name && ch.kind !== 'thread');
  const help = find('help');
  if (help === undefined) throw new Error('the seeded sandbox has no help forum');
  await c.sandbox.editChannel(help.id, { availableTags: HELP_TAGS.map(tag) });
  const ensure = async (name: string, kind: 'text' | 'forum', tags: string[] = []) =>
    (find(name) ?? (await c.sandbox.createChannelAsOwner({ name, kind, availableTags: tags.map(tag) }))).id;
  const channels = {
    help: help.id,
    helpChat: await ensure('help-chat', 'text'),
    staffSupport: await ensure('staff-support', 'text'),
    faq: await ensure('faq', 'forum', ['Setup', 'Billing']),
    guides: await ensure('guides', 'forum', ['Verified', 'Beginner', 'Advanced']),
  };
  const guild = await c.sandbox.fetchGuild(c.guild.id);
  const ensureRole = async (name: string) =>
    (guild.roles.find((r) => r.name === name) ?? (await c.sandbox.createRoleAsOwner({ name }))).id;
  const roles = {
    helper: await ensureRole('Helper'),
    expert: await ensureRole('Expert'),
    platform: await ensureRole('Platform Team'),
  };
  await c.sandbox.addRoleAsOwner(await c.user('lena'), roles.helper);
  await c.settle();
  return supportView(c, channels, roles, (next) => {
    sections.support = next;
  });
}

function supportView(
  c: Awaited<ReturnType<typeof openModerationCommunity>>,
  channels: SupportCommunity['channels'],
  roles: SupportCommunity['roles'],
  setSupport: (support: Record<string, unknown>) => void,
): SupportCommunity {
  const base = eventsView(c);
  const outcome = async (interactionId: string): Promise<InteractionOutcome> => {
    await c.settle();
    const found = await c.sandbox.getInteraction(interactionId);
    return { interactionId, reply: found?.reply ?? null, modal: found?.modal ?? null };
  };
  const view: SupportCommunity = {
    ...base,
    channels,
    roles,
    async tagId(forumId, name) {
      const forum = (await c.sandbox.listChannels()).find((ch) => ch.id === forumId);
      const found = forum?.availableTags.find((t) => t.name === name);
      if (found?.id === undefined) throw new Error(`forum ${forumId} has no tag ${name}`);
      return found.id;
    },
    async ask(userId, title, content, options = {}) {
      const forumId = options.forumId ?? channels.help;
      const appliedTags = await Promise.all((options.tags ?? []).map((name) => view.tagId(forumId, name)));
      const thread = await c.sandbox.createThread({ userId, channelId: forumId, name: title, content, appliedTags });
      await c.settle();
      return thread.id;
    },
    async post(userId, channelId, content, replyTo) {
      const message = await c.sandbox.postMessage({ userId, channelId, content, ...(replyTo ? { replyTo } : {}) });
      await c.settle();
      return message;
    },
    async messageCommand(userId, name, message) {
      const { interactionId } = await c.sandbox.invokeCommand({
        userId,
        channelId: message.channelId,
        name,
        targetMessageId: message.id,
      });
      return outcome(interactionId);
    },
    async commandIn(channelId, userId, name, subcommand, options = {}) {
      const { interactionId } = await c.sandbox.invokeCommand({
        userId,
        channelId,
        name,
        ...(subcommand === null ? {} : { subcommand }),
        options,
      });
      return outcome(interactionId);
    },
    async thread(threadId) {
      const found = await c.sandbox.getThread(threadId);
      if (found === null) throw new Error(`no thread ${threadId}`);
      return found;
    },
    async rows<T extends keyof SupportTables>(table: T) {
      // Kysely cannot type a table chosen at run time; every support table has guild_id.
      const rows = await supportDb(c.store.db)
        .selectFrom(table as 'support_questions')
        .selectAll()
        .execute();
      return rows as unknown as Selectable<SupportTables[T]>[];
    },
    async pendingJobs() {
      return c.store.db
        .selectFrom('jobs')
        .select(['key', 'name', 'run_at'])
        .where('module', '=', 'support')
        .where('status', '=', 'pending')
        .orderBy('run_at')
        .orderBy('key')
        .execute();
    },
    async restart(support) {
      if (support !== undefined) setSupport(support);
      return supportView(await c.restart(), channels, roles, setSupport);
    },
  };
  return view;
}
