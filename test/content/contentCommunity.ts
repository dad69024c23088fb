import type { ChannelKind } from '../../src/platform/Platform.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { openModerationCommunity } from '../automod/moderationCommunity.js';
import { eventsView, type EventsCommunity, type InteractionOutcome } from '../events/eventsCommunity.js';

export { DAY, HOUR, MINUTE, SECOND } from '../events/eventsCommunity.js';
export type { InteractionOutcome };

/**
 * The seeded sandbox with every module, for the integrations and content modules (github,
 * crosspost, tutorials, challenges): `sections` of community.yaml as given, and the channels a
 * test names created (text unless a kind is given). Nothing runs until the test advances the
 * clock or calls `runDueJobs`.
 */
export interface ContentCommunity extends Omit<EventsCommunity, 'rows' | 'pendingJobs' | 'restart'> {
  /** Channel ids by name: the ones asked for, and `general`. */
  channels: Record<string, string>;
  /** A slash command run in a given channel or thread (the base `command` runs in #general). */
  commandIn(
    channelId: string,
    userId: string,
    name: string,
    subcommand: string | null,
    options?: Record<string, string | number | boolean>,
  ): Promise<InteractionOutcome>;
  /** Every message (bot's and members') in a channel or thread, oldest first (up to 100). */
  allMessagesIn(channelId: string): Promise<SandboxMessage[]>;
  /** Every row of a table (any module's), as stored. */
  rows(table: string): Promise<Record<string, unknown>[]>;
  /** Pending jobs of a module, by due time. */
  pendingJobs(module: string): Promise<{ key: string; name: string; run_at: number }[]>;
  /** Stops and starts again on the same database (needs `restartable`); `sections` replace those named. */
  restart(sections?: Record<string, unknown>): Promise<ContentCommunity>;
}

/** Options of the content test community. */
export interface ContentCommunityOptions {
  /** Channels to create (or find) by name; a string is a text channel. */
  channels?: readonly (string | { name: string; kind: ChannelKind })[];
  /** Keep the database so `restart()` works. */
  restartable?: boolean;
}

/**
 * Opens the content test community: the seeded sandbox with every module and `sections` of
 * community.yaml (e.g. `{ github: {...}, recognition: {...} }`), with the channels named in
 * `options.channels` created when the seed lacks them.
 * @param sections - sections of community.yaml
 * @param options - channels, restartability
 */
export async function openContentCommunity(
  sections: Record<string, unknown>,
  options: ContentCommunityOptions = {},
): Promise<ContentCommunity> {
  const current = { ...sections };
  const c = await openModerationCommunity({ sections: current, restartable: options.restartable ?? false });
  const existing = await c.sandbox.listChannels();
  const channels: Record<string, string> = { general: c.channel('general').id };
  for (const wanted of options.channels ?? []) {
    const { name, kind } = typeof wanted === 'string' ? { name: wanted, kind: 'text' as const } : wanted;
    channels[name] = (
      existing.find((ch) => ch.name === name && ch.kind !== 'thread') ??
      (await c.sandbox.createChannelAsOwner({ name, kind }))
    ).id;
  }
  await c.settle();
  return contentView(c, channels, current);
}

function contentView(
  c: Awaited<ReturnType<typeof openModerationCommunity>>,
  channels: Record<string, string>,
  sections: Record<string, unknown>,
): ContentCommunity {
  const base = eventsView(c);
  return {
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
    async rows(table) {
      // A table chosen at run time: Kysely cannot type it.
      const db = c.store.db.withTables<Record<string, Record<string, unknown>>>();
      return db.selectFrom(table).selectAll().execute();
    },
    async pendingJobs(module) {
      return c.store.db
        .selectFrom('jobs')
        .select(['key', 'name', 'run_at'])
        .where('module', '=', module)
        .where('status', '=', 'pending')
        .orderBy('run_at')
        .orderBy('key')
        .execute();
    },
    async restart(next) {
      // The same object the harness opened with: its restart reads the new sections from it.
      if (next !== undefined) Object.assign(sections, next);
      return contentView(await c.restart(), channels, sections);
    },
  };
}
