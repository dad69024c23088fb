import { z } from 'zod';
import type { CrashDb } from './crashDatabase.js';

/** An event of the log with its payload parsed loosely. */
export interface LoggedEvent {
  seq: number;
  id: string;
  type: string;
  source: string;
  occurredAt: number;
  handledAt: number | null;
  payload: Record<string, unknown>;
}

/** A message in a channel or a DM, as stored by the sandbox. */
export interface StoredMessage {
  id: string;
  channelId: string;
  authorId: string;
  content: string;
  embeds: string;
  components: string;
}

/** A case as the verification needs it. */
export interface StoredCase {
  id: number;
  userId: string | null;
  action: string;
  status: string;
  createdAt: number;
  expiresAt: number | null;
  closedAt: number | null;
  applyError: string | null;
}

/** Everything the verification reads, loaded once after the final stop. */
export interface LoadedState {
  botUserId: string;
  events: LoggedEvent[];
  messages: StoredMessage[];
  directMessages: (StoredMessage & { userId: string })[];
  reactions: { messageId: string; userId: string; emojiKey: string }[];
  interactions: { id: string; repliedAt: number | null }[];
  users: { id: string; username: string }[];
  members: { userId: string; membershipId: string }[];
  memberRoles: { userId: string; roleId: string }[];
  bans: { userId: string }[];
  welcomes: { joinEventId: string; userId: string; roleId: string | null; messageId: string }[];
  cases: StoredCase[];
  outbox: {
    key: string;
    module: string;
    action: string;
    status: string;
    attempts: number;
    lastError: string | null;
    createdAt: number;
    doneAt: number | null;
  }[];
  jobs: {
    key: string;
    name: string;
    status: string;
    runAt: number;
    updatedAt: number;
    attempts: number;
    lastError: string | null;
  }[];
  handlerFailures: { eventId: string; module: string; error: string }[];
  /** When the first handler committed for each event (event_handlings). */
  firstHandled: Map<string, number>;
  /** When each handler committed for each event it wrote for, by handler then event id. */
  handledBy: Map<string, Map<string, number>>;
}

const Payload = z.record(z.string(), z.unknown());

/** Reads the database into memory (a run holds a few thousand rows of each). */
export async function loadState(db: CrashDb): Promise<LoadedState> {
  const guild = await db.selectFrom('sandbox_guild').select('bot_user_id').executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('event_log')
    .select(['seq', 'id', 'type', 'source', 'occurred_at', 'handled_at', 'payload'])
    .orderBy('seq')
    .execute();
  const messages = await db
    .selectFrom('sandbox_messages')
    .select(['id', 'channel_id', 'author_id', 'content', 'embeds', 'components'])
    .execute();
  const dms = await db
    .selectFrom('sandbox_direct_messages')
    .select(['id', 'user_id', 'content', 'embeds', 'components'])
    .execute();
  const guildBot = guild.bot_user_id;
  const outbox = await db
    .selectFrom('outbox')
    .select(['key', 'module', 'action', 'status', 'attempts', 'last_error', 'created_at', 'done_at'])
    .execute();
  return {
    botUserId: guildBot,
    events: events.map((e) => ({
      seq: e.seq,
      id: e.id,
      type: e.type,
      source: e.source,
      occurredAt: e.occurred_at,
      handledAt: e.handled_at,
      payload: Payload.catch({}).parse(JSON.parse(e.payload)),
    })),
    messages: messages.map((m) => ({
      id: m.id,
      channelId: m.channel_id,
      authorId: m.author_id,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
    })),
    directMessages: dms.map((m) => ({
      id: m.id,
      channelId: `dm:${m.user_id}`,
      authorId: guildBot,
      userId: m.user_id,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
    })),
    reactions: (await db.selectFrom('sandbox_reactions').select(['message_id', 'user_id', 'emoji_key']).execute()).map(
      (r) => ({ messageId: r.message_id, userId: r.user_id, emojiKey: r.emoji_key }),
    ),
    interactions: (await db.selectFrom('sandbox_interactions').select(['id', 'replied_at']).execute()).map((i) => ({
      id: i.id,
      repliedAt: i.replied_at,
    })),
    users: await db.selectFrom('sandbox_users').select(['id', 'username']).execute(),
    members: (await db.selectFrom('sandbox_members').select(['user_id', 'membership_id']).execute()).map((m) => ({
      userId: m.user_id,
      membershipId: m.membership_id,
    })),
    memberRoles: (await db.selectFrom('sandbox_member_roles').select(['user_id', 'role_id']).execute()).map((r) => ({
      userId: r.user_id,
      roleId: r.role_id,
    })),
    bans: (await db.selectFrom('sandbox_bans').select('user_id').execute()).map((b) => ({ userId: b.user_id })),
    welcomes: (
      await db
        .selectFrom('onboarding_welcomes')
        .select(['join_event_id', 'user_id', 'role_id', 'welcome_message_id'])
        .execute()
    ).map((w) => ({
      joinEventId: w.join_event_id,
      userId: w.user_id,
      roleId: w.role_id,
      messageId: w.welcome_message_id,
    })),
    cases: (
      await db
        .selectFrom('moderation_cases')
        .select(['id', 'user_id', 'action', 'status', 'created_at', 'expires_at', 'closed_at', 'apply_error'])
        .orderBy('id')
        .execute()
    ).map((c) => ({
      id: c.id,
      userId: c.user_id,
      action: c.action,
      status: c.status,
      createdAt: c.created_at,
      expiresAt: c.expires_at,
      closedAt: c.closed_at,
      applyError: c.apply_error,
    })),
    outbox: outbox.map((o) => ({
      key: o.key,
      module: o.module,
      action: o.action,
      status: o.status,
      attempts: o.attempts,
      lastError: o.last_error,
      createdAt: o.created_at,
      doneAt: o.done_at,
    })),
    jobs: (
      await db
        .selectFrom('jobs')
        .select(['key', 'name', 'status', 'run_at', 'updated_at', 'attempts', 'last_error'])
        .execute()
    ).map((j) => ({
      key: j.key,
      name: j.name,
      status: j.status,
      runAt: j.run_at,
      updatedAt: j.updated_at,
      attempts: j.attempts,
      lastError: j.last_error,
    })),
    handlerFailures: (await db.selectFrom('handler_failures').select(['event_id', 'module', 'error']).execute()).map(
      (f) => ({ eventId: f.event_id, module: f.module, error: f.error }),
    ),
    ...handlingTimes(await db.selectFrom('event_handlings').select(['event_id', 'handler', 'handled_at']).execute()),
  };
}

/** The first handling of each event, and each handler's, from the `event_handlings` rows. */
function handlingTimes(
  rows: readonly { event_id: string; handler: string; handled_at: number }[],
): Pick<LoadedState, 'firstHandled' | 'handledBy'> {
  const firstHandled = new Map<string, number>();
  const handledBy = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const first = firstHandled.get(row.event_id);
    if (first === undefined || row.handled_at < first) firstHandled.set(row.event_id, row.handled_at);
    const mine = handledBy.get(row.handler) ?? new Map<string, number>();
    handledBy.set(row.handler, mine.set(row.event_id, row.handled_at));
  }
  return { firstHandled, handledBy };
}

/**
 * Events a handler handled before an event recorded earlier (lower `seq`): the engine promises
 * each module log order within a guild, and a recompute replays in that order. Checked per
 * handler: in a batch a module handles event N+1 before a later module handles event N, by
 * design. Interactions are left out: they are answered ahead of the guild's queued events by
 * design (Discord waits 3 s), and {@link interactionsAhead} counts them.
 */
export function overtakenEvents(state: LoadedState): string[] {
  const ordinary = state.events.filter((e) => !isInteraction(e));
  return [...state.handledBy].flatMap(([handler, times]) =>
    belowRunningMax(
      ordinary,
      (e) => times.get(e.id),
      'before',
      (e) => `${e.id} (seq ${e.seq}, ${handler})`,
    ),
  );
}

/** Interactions handled before an event logged earlier was (answered ahead of the queue, by design). */
export function interactionsAhead(state: LoadedState): number {
  let ahead = 0;
  let latestEarlier = Number.NEGATIVE_INFINITY;
  for (const e of state.events) {
    const handled = state.firstHandled.get(e.id);
    if (handled === undefined) continue;
    if (isInteraction(e) && handled < latestEarlier) ahead += 1;
    latestEarlier = Math.max(latestEarlier, handled);
  }
  return ahead;
}

function isInteraction(event: LoggedEvent): boolean {
  return event.type.startsWith('interaction.');
}

/**
 * Events logged after an event stamped later (higher `occurred_at`, lower `seq`): a recompute
 * replays in time order and live handling follows log order, so the two must agree (on
 * PostgreSQL the guild's log lock is taken before an event's time is read).
 */
export function timeInversions(state: LoadedState): string[] {
  return belowRunningMax(
    state.events,
    (e) => e.occurredAt,
    'after',
    (e) => `${e.id} (seq ${e.seq}, at ${e.occurredAt})`,
  );
}

/**
 * Events (in log order) whose value is below the largest value of an event before them, each
 * as `<event> <word> <the event that set that largest value>`; events without a value are skipped.
 */
function belowRunningMax(
  events: readonly LoggedEvent[],
  valueOf: (event: LoggedEvent) => number | undefined,
  word: string,
  describe: (event: LoggedEvent) => string,
): string[] {
  const found: string[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  let latestId = '';
  for (const e of events) {
    const value = valueOf(e);
    if (value === undefined) continue;
    if (value < latest) found.push(`${describe(e)} ${word} ${latestId}`);
    if (value > latest) {
      latest = value;
      latestId = describe(e);
    }
  }
  return found;
}

/** A string field of a payload ('' when absent). */
export function field(event: LoggedEvent, name: string): string {
  const value = event.payload[name];
  return typeof value === 'string' ? value : '';
}

/** Groups items by a key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}
