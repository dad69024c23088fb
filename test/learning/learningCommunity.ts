import type { Selectable } from 'kysely';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { learningDb, type LearningTables } from '../../src/modules/learning/LearningTables.js';
import { openModerationCommunity } from '../automod/moderationCommunity.js';
import { eventsView, type EventsCommunity, type InteractionOutcome } from '../events/eventsCommunity.js';

export { DAY, HOUR, MINUTE, SECOND } from '../events/eventsCommunity.js';
export type { InteractionOutcome };

/**
 * The learning section the harness uses unless a test gives its own: groups get private
 * threads under `study-groups`, mentorships under `mentoring`; Moderator and Admin are staff.
 */
export const LEARNING_SECTION: Record<string, unknown> = {
  staffRoles: ['Moderator', 'Admin'],
  groups: { channel: 'study-groups' },
  mentors: { channel: 'mentoring' },
};

/** The seeded sandbox with the learning module configured (see {@link openLearningCommunity}). */
export interface LearningCommunity extends Omit<EventsCommunity, 'rows' | 'pendingJobs' | 'restart'> {
  /** Channel ids by harness name. */
  channels: Record<'studyGroups' | 'mentoring' | 'general', string>;
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
  /** Every row of one of the learning tables. */
  rows<T extends keyof LearningTables>(table: T): Promise<Selectable<LearningTables[T]>[]>;
  /** Pending jobs of the learning module, by due time. */
  pendingJobs(): Promise<{ key: string; name: string; run_at: number }[]>;
  restart(learning?: Record<string, unknown>): Promise<LearningCommunity>;
}

/** Options of the learning test community. */
export interface LearningCommunityOptions {
  /** Keep the database so `restart()` works. */
  restartable?: boolean;
  /** Other sections of community.yaml. */
  sections?: Record<string, unknown>;
}

/**
 * Opens the learning test community: the seeded sandbox with every module, `learning:` as
 * given (default {@link LEARNING_SECTION}) and the channels it names. Nothing runs until the
 * test advances the clock or calls `runDueJobs`.
 * @param learning - the learning section
 * @param options - restartability, other sections
 */
export async function openLearningCommunity(
  learning: Record<string, unknown> = LEARNING_SECTION,
  options: LearningCommunityOptions = {},
): Promise<LearningCommunity> {
  const sections: Record<string, unknown> = { ...options.sections, learning };
  const c = await openModerationCommunity({ sections, restartable: options.restartable ?? false });
  const existing = await c.sandbox.listChannels();
  const ensure = async (name: string) =>
    (
      existing.find((ch) => ch.name === name && ch.kind !== 'thread') ??
      (await c.sandbox.createChannelAsOwner({ name, kind: 'text' }))
    ).id;
  const channels = {
    studyGroups: await ensure('study-groups'),
    mentoring: await ensure('mentoring'),
    general: c.channel('general').id,
  };
  await c.settle();
  return learningView(c, channels, (next) => {
    sections.learning = next;
  });
}

function learningView(
  c: Awaited<ReturnType<typeof openModerationCommunity>>,
  channels: LearningCommunity['channels'],
  setLearning: (learning: Record<string, unknown>) => void,
): LearningCommunity {
  const base = eventsView(c);
  const view: LearningCommunity = {
    ...base,
    channels,
    async commandIn(channelId, userId, name, subcommand, options = {}) {
      const { interactionId } = await c.sandbox.invokeCommand({
        userId,
        channelId,
        name,
        ...(subcommand === null ? {} : { subcommand }),
        options,
      });
      await c.settle();
      const found = await c.sandbox.getInteraction(interactionId);
      return { interactionId, reply: found?.reply ?? null, modal: found?.modal ?? null };
    },
    async allMessagesIn(channelId) {
      const messages = await c.sandbox.listMessages(channelId, { limit: 100 });
      return messages.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    async rows<T extends keyof LearningTables>(table: T) {
      // Kysely cannot type a table chosen at run time; every learning table has guild_id.
      const rows = await learningDb(c.store.db)
        .selectFrom(table as 'learning_profiles')
        .selectAll()
        .execute();
      return rows as unknown as Selectable<LearningTables[T]>[];
    },
    async pendingJobs() {
      return c.store.db
        .selectFrom('jobs')
        .select(['key', 'name', 'run_at'])
        .where('module', '=', 'learning')
        .where('status', '=', 'pending')
        .orderBy('run_at')
        .orderBy('key')
        .execute();
    },
    async restart(learning) {
      if (learning !== undefined) setLearning(learning);
      return learningView(await c.restart(), channels, setLearning);
    },
  };
  return view;
}
