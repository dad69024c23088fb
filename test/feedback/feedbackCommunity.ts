import type { Selectable } from 'kysely';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { feedbackDb, type FeedbackTables } from '../../src/modules/feedback/FeedbackTables.js';
import { openModerationCommunity } from '../automod/moderationCommunity.js';
import { eventsView, type EventsCommunity, type InteractionOutcome } from '../events/eventsCommunity.js';

export { DAY, HOUR, MINUTE, SECOND } from '../events/eventsCommunity.js';
export type { InteractionOutcome };

/**
 * The feedback section the harness uses unless a test gives its own: `/feedback` items go to
 * the `feedback` forum; `bug-reports` (text) takes bug reports and `ideas` (forum) feature
 * requests; critical alerts go to `mod-alerts`, the weekly report to `staff-feedback`.
 */
export const FEEDBACK_SECTION: Record<string, unknown> = {
  channel: 'feedback',
  intakeChannels: [
    { channel: 'bug-reports', type: 'bug' },
    { channel: 'ideas', type: 'feature' },
  ],
  staffRoles: ['Moderator', 'Admin'],
  critical: { channel: 'mod-alerts' },
  report: { channel: 'staff-feedback' },
};

/** The seeded sandbox with the feedback module configured (see {@link openFeedbackCommunity}). */
export interface FeedbackCommunity extends Omit<EventsCommunity, 'rows' | 'pendingJobs' | 'restart'> {
  /** Channel ids by harness name. */
  channels: Record<'feedback' | 'bugReports' | 'ideas' | 'modAlerts' | 'staffFeedback' | 'general', string>;
  /** A member posts in a channel or thread; settles. */
  post(userId: string, channelId: string, content: string): Promise<SandboxMessage>;
  /** A member opens a forum post (thread + starter message); settles; answers the thread id. */
  postInForum(userId: string, forumId: string, title: string, content: string): Promise<string>;
  /** A slash command run in a given channel or thread (the base `command` runs in #general). */
  commandIn(
    channelId: string,
    userId: string,
    name: string,
    subcommand: string | null,
    options?: Record<string, string | number | boolean>,
  ): Promise<InteractionOutcome>;
  /** Every message (bot's and members') in a channel or thread, oldest first. */
  allMessagesIn(channelId: string): Promise<SandboxMessage[]>;
  /** Every row of one of the feedback tables. */
  rows<T extends keyof FeedbackTables>(table: T): Promise<Selectable<FeedbackTables[T]>[]>;
  /** Pending jobs of the feedback module, by due time. */
  pendingJobs(): Promise<{ key: string; name: string; run_at: number }[]>;
  restart(feedback?: Record<string, unknown>): Promise<FeedbackCommunity>;
}

/** Options of the feedback test community. */
export interface FeedbackCommunityOptions {
  /** Keep the database so `restart()` works. */
  restartable?: boolean;
  /** Other sections of community.yaml. */
  sections?: Record<string, unknown>;
}

/**
 * Opens the feedback test community: the seeded sandbox with every module, `feedback:` as
 * given (default {@link FEEDBACK_SECTION}) and the channels it names. Nothing runs until the
 * test advances the clock or calls `runDueJobs`.
 * @param feedback - the feedback section
 * @param options - restartability, other sections
 */
export async function openFeedbackCommunity(
  feedback: Record<string, unknown> = FEEDBACK_SECTION,
  options: FeedbackCommunityOptions = {},
): Promise<FeedbackCommunity> {
  const sections: Record<string, unknown> = { ...options.sections, feedback };
  const c = await openModerationCommunity({ sections, restartable: options.restartable ?? false });
  const existing = await c.sandbox.listChannels();
  const ensure = async (name: string, kind: 'text' | 'forum') =>
    (
      existing.find((ch) => ch.name === name && ch.kind !== 'thread') ??
      (await c.sandbox.createChannelAsOwner({ name, kind }))
    ).id;
  const channels = {
    feedback: await ensure('feedback', 'forum'),
    bugReports: await ensure('bug-reports', 'text'),
    ideas: await ensure('ideas', 'forum'),
    modAlerts: await ensure('mod-alerts', 'text'),
    staffFeedback: await ensure('staff-feedback', 'text'),
    general: c.channel('general').id,
  };
  await c.settle();
  return feedbackView(c, channels, (next) => {
    sections.feedback = next;
  });
}

function feedbackView(
  c: Awaited<ReturnType<typeof openModerationCommunity>>,
  channels: FeedbackCommunity['channels'],
  setFeedback: (feedback: Record<string, unknown>) => void,
): FeedbackCommunity {
  const base = eventsView(c);
  const outcome = async (interactionId: string): Promise<InteractionOutcome> => {
    await c.settle();
    const found = await c.sandbox.getInteraction(interactionId);
    return { interactionId, reply: found?.reply ?? null, modal: found?.modal ?? null };
  };
  const view: FeedbackCommunity = {
    ...base,
    channels,
    async post(userId, channelId, content) {
      const message = await c.sandbox.postMessage({ userId, channelId, content });
      await c.settle();
      return message;
    },
    async postInForum(userId, forumId, title, content) {
      const thread = await c.sandbox.createThread({ userId, channelId: forumId, name: title, content });
      await c.settle();
      return thread.id;
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
    async allMessagesIn(channelId) {
      const messages = await c.sandbox.listMessages(channelId, { limit: 100 });
      return messages.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    async rows<T extends keyof FeedbackTables>(table: T) {
      // Kysely cannot type a table chosen at run time; every feedback table has guild_id.
      const rows = await feedbackDb(c.store.db)
        .selectFrom(table as 'feedback_items')
        .selectAll()
        .execute();
      return rows as unknown as Selectable<FeedbackTables[T]>[];
    },
    async pendingJobs() {
      return c.store.db
        .selectFrom('jobs')
        .select(['key', 'name', 'run_at'])
        .where('module', '=', 'feedback')
        .where('status', '=', 'pending')
        .orderBy('run_at')
        .orderBy('key')
        .execute();
    },
    async restart(feedback) {
      if (feedback !== undefined) setFeedback(feedback);
      return feedbackView(await c.restart(), channels, setFeedback);
    },
  };
  return view;
}
