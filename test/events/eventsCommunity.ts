import type { Selectable } from 'kysely';
import type { CommandOptionValue } from '../../src/core/DomainEvent.js';
import type { ChannelKind, InteractionReply, ModalSpec, ScheduledEventSnapshot } from '../../src/platform/Platform.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { eventsDb, type EventsTables } from '../../src/modules/events/EventsTables.js';
import { openModerationCommunity, type ModerationCommunity } from '../automod/moderationCommunity.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The harness's sandbox starts at Monday 2 March 2026, 12:00 UTC (moderationCommunity's START). */
export const EVENTS_START = Date.UTC(2026, 2, 2, 12);

/** Voice and stage channels the events tests add to the seeded guild (it only has `Lounge`). */
export const EVENT_CHANNELS: readonly { name: string; kind: ChannelKind }[] = [
  { name: 'Main Stage', kind: 'stage' },
  { name: 'Workshop Room', kind: 'voice' },
  { name: 'Office Hours', kind: 'voice' },
  { name: 'Community Meetings', kind: 'voice' },
];

/** What an interaction got back: the reply message, or the form shown. */
export interface InteractionOutcome {
  interactionId: string;
  reply: InteractionReply | null;
  modal: ModalSpec | null;
}

/** The seeded sandbox with the events module configured, a fake clock and the events tables. */
export interface EventsCommunity {
  c: ModerationCommunity;
  guildId: string;
  /** The fake clock's time, epoch ms. */
  now(): number;
  /**
   * Moves the clock forward to `ms` (epoch ms), stopping at each due job on the way (in order)
   * and running what is due there, then settles. Never moves the clock back.
   */
  advanceTo(ms: number): Promise<void>;
  /** `advanceTo(now + ms)`. */
  advanceBy(ms: number): Promise<void>;
  /** Runs what is due now (without moving the clock); answers how many jobs ran. */
  runDueJobs(): Promise<number>;
  /** The seeded member with this username (mira: owner; noor: moderator; sam, kenji, lena: members…). */
  user(username: string): Promise<string>;
  /** Runs a slash command (`/event create`: name `event`, subcommand `create`) in #general. */
  command(
    userId: string,
    name: string,
    subcommand: string | null,
    options?: Record<string, CommandOptionValue>,
  ): Promise<InteractionOutcome>;
  /** Presses a button of a bot message; returns what the interaction got back. */
  press(userId: string, message: SandboxMessage, customId: string): Promise<InteractionOutcome>;
  /** Submits the modal an interaction answered with (`fields`: text input custom id → value). */
  submitModal(userId: string, interactionId: string, fields: Record<string, string>): Promise<InteractionOutcome>;
  /** Bot messages in a channel or thread by id, oldest first. */
  messagesIn(channelId: string): Promise<SandboxMessage[]>;
  /** Payloads of an event type in the event log, oldest first. */
  emitted<T>(type: string): Promise<T[]>;
  /** The id of a channel by name (the seeded ones and {@link EVENT_CHANNELS}). */
  channelId(name: string): Promise<string>;
  /** Every row of one of the events tables (events_events by start, the others as stored). */
  rows<T extends keyof EventsTables>(table: T): Promise<Selectable<EventsTables[T]>[]>;
  /** The sandbox guild's scheduled and active Discord events. */
  scheduledEvents(): Promise<ScheduledEventSnapshot[]>;
  /** Pending jobs of the events module, by due time. */
  pendingJobs(): Promise<{ key: string; name: string; run_at: number }[]>;
  /**
   * Stops everything and starts again on the same database (open with `restartable`); with
   * `events`, community.yaml's events section is that from now on (a changed file).
   */
  restart(events?: Record<string, unknown>): Promise<EventsCommunity>;
  close(): Promise<void>;
}

/** Options of the events test community. */
export interface EventsCommunityOptions {
  /** Keep the database so `restart()` works. */
  restartable?: boolean;
  /** Other sections of community.yaml. */
  sections?: Record<string, unknown>;
  /** Add {@link EVENT_CHANNELS} to the guild before any job runs (default true). */
  eventChannels?: boolean;
}

/**
 * Opens the events test community: the seeded sandbox with every module, `events:` as given
 * (timezone, programme, oneOff…) and the voice and stage channels of {@link EVENT_CHANNELS}.
 * Nothing runs until the test advances the clock or calls `runDueJobs`.
 * @param events - keys of the events section
 * @param options - restartability, other sections, channels
 */
export async function openEventsCommunity(
  events: Record<string, unknown> = {},
  options: EventsCommunityOptions = {},
): Promise<EventsCommunity> {
  // Kept: moderationCommunity's restart() reads the same options object, so a restart with
  // another events section replaces it here.
  const sections: Record<string, unknown> = { ...options.sections, events };
  const c = await openModerationCommunity({ sections, restartable: options.restartable ?? false });
  if (options.eventChannels ?? true) {
    const existing = new Set((await c.sandbox.listChannels()).map((ch) => ch.name));
    for (const channel of EVENT_CHANNELS) {
      if (!existing.has(channel.name)) await c.sandbox.createChannelAsOwner({ name: channel.name, kind: channel.kind });
    }
    await c.settle();
  }
  return eventsView(c, (next) => {
    sections.events = next;
  });
}

/**
 * The events view of a (restarted) community.
 * @param c - the community
 * @param setEvents - replaces the events section the next restart reads
 */
export function eventsView(
  c: ModerationCommunity,
  setEvents: (events: Record<string, unknown>) => void = () => {
    throw new Error('open the community with openEventsCommunity to restart it with another events section');
  },
): EventsCommunity {
  const db = () => eventsDb(c.store.db);
  const outcome = async (interactionId: string): Promise<InteractionOutcome> => {
    await c.settle();
    const found = await c.sandbox.getInteraction(interactionId);
    return { interactionId, reply: found?.reply ?? null, modal: found?.modal ?? null };
  };
  const nextDue = async (): Promise<number | undefined> => {
    const row = await c.store.db
      .selectFrom('jobs')
      .select('run_at')
      .where('status', '=', 'pending')
      .orderBy('run_at')
      .limit(1)
      .executeTakeFirst();
    return row?.run_at;
  };
  const view: EventsCommunity = {
    c,
    guildId: c.guild.id,
    now: () => c.clock.now(),
    async advanceTo(ms) {
      await c.settle();
      await c.runDueJobs();
      for (;;) {
        const due = await nextDue();
        if (due === undefined || due > ms) break;
        if (due > c.clock.now()) c.clock.advance(due - c.clock.now());
        if ((await c.runDueJobs()) === 0) break;
      }
      if (ms > c.clock.now()) c.clock.advance(ms - c.clock.now());
      await c.settle();
      await c.runDueJobs();
    },
    advanceBy: (ms) => view.advanceTo(c.clock.now() + ms),
    runDueJobs: () => c.runDueJobs(),
    user: (username) => c.user(username),
    async command(userId, name, subcommand, options = {}) {
      const { interactionId } = await c.sandbox.invokeCommand({
        userId,
        channelId: c.channel('general').id,
        name,
        ...(subcommand === null ? {} : { subcommand }),
        options,
      });
      return outcome(interactionId);
    },
    async press(userId, message, customId) {
      const { interactionId } = await c.sandbox.clickButton({
        userId,
        channelId: message.channelId,
        messageId: message.id,
        customId,
      });
      return outcome(interactionId);
    },
    async submitModal(userId, interactionId, fields) {
      const submitted = await c.sandbox.submitModal({ userId, interactionId, fields });
      return outcome(submitted.interactionId);
    },
    async messagesIn(channelId) {
      const messages = await c.sandbox.listMessages(channelId, { limit: 100 });
      return messages.filter((m) => m.authorBot).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    async emitted<T>(type: string) {
      const rows = await c.store.db
        .selectFrom('event_log')
        .select('payload')
        .where('type', '=', type)
        .orderBy('seq')
        .execute();
      return rows.map((r) => JSON.parse(r.payload) as T);
    },
    async channelId(name) {
      const found = (await c.sandbox.listChannels()).find((ch) => ch.name === name);
      if (found === undefined) throw new Error(`sandbox guild has no channel ${name}`);
      return found.id;
    },
    async rows<T extends keyof EventsTables>(table: T) {
      // Kysely cannot type a table chosen at run time; every events table has guild_id.
      const query = db()
        .selectFrom(table as 'events_events')
        .selectAll();
      const ordered = table === 'events_events' ? query.orderBy('start_at').orderBy('id') : query;
      return (await ordered.execute()) as unknown as Selectable<EventsTables[T]>[];
    },
    scheduledEvents: () => c.sandbox.listScheduledEvents(c.guild.id),
    async pendingJobs() {
      return c.store.db
        .selectFrom('jobs')
        .select(['key', 'name', 'run_at'])
        .where('module', '=', 'events')
        .where('status', '=', 'pending')
        .orderBy('run_at')
        .orderBy('key')
        .execute();
    },
    async restart(events) {
      if (events !== undefined) setEvents(events);
      return eventsView(await c.restart(), setEvents);
    },
    close: () => c.close(),
  };
  return view;
}
