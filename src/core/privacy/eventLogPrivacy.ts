import { sql, type Kysely, type SqlBool } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { Json } from '../DomainEvent.js';
import type { EraseOptions } from '../MemberPrivacy.js';
import { MemberMatcher } from './MemberMatcher.js';
import { contains, mentionsAny, scrubRows } from './scrubRows.js';
import { isTombstone, tombstoneId } from './tombstone.js';
import { chunks } from '../chunks.js';

/** Event types whose payload names the member who joined, left or changed. */
const MEMBER_TYPES = ['member.joined', 'member.left', 'member.updated'] as const;

/** Event types whose top-level `content` is a message's text. */
const MESSAGE_TYPES = ['message.created', 'message.edited'] as const;

/** Keys whose string values are message text (blanked by retention). */
const CONTENT_KEYS = new Set(['content', 'matchedContent']);

/** Rows handled per statement batch by retention. */
const BATCH = 500;

/** An event_log row as erase and export read it. */
interface EventRow {
  seq: number;
  id: string;
  type: string;
  occurred_at: number;
  payload: string;
  handled_at: number | null;
}

type JsonObject = { [key: string]: Json };

/**
 * The names a member is known by in the event log (usernames, display names and nicknames
 * from their join, leave and update events).
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function eventLogNames(db: Kysely<CoreTables>, guildId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('event_log')
    .select('payload')
    .where('guild_id', '=', guildId)
    .where('type', 'in', MEMBER_TYPES)
    .where(contains('payload', userId))
    .execute();
  const names: string[] = [];
  for (const row of rows) {
    const payload = parseObject(row.payload);
    if (payload?.userId !== userId) continue;
    for (const key of ['username', 'displayName', 'nickname']) {
      const value = payload[key];
      if (typeof value === 'string' && value !== '') names.push(value);
    }
  }
  return names;
}

/**
 * The events that are the member's own: they are its subject (a top-level field such as
 * `userId`, `authorId`, `refereeId` or `fromUserId` is them, or `userIds` lists them), its id
 * holds theirs, or it is an edit of one of their messages.
 */
async function ownEvents(db: Kysely<CoreTables>, guildId: string, matcher: MemberMatcher, withNames: boolean) {
  const { userId } = matcher;
  const candidates = await db
    .selectFrom('event_log')
    .select(['seq', 'id', 'type', 'occurred_at', 'payload', 'handled_at'])
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([contains('id', userId), mentionsAny(['payload'], matcher.needles({ names: withNames }))]))
    .orderBy('seq')
    .execute();
  const rows: EventRow[] = candidates;
  const ownMessageIds = new Set<string>();
  for (const row of rows) {
    const payload = parseObject(row.payload);
    if (row.type === 'message.created' && payload?.authorId === userId && typeof payload.messageId === 'string') {
      ownMessageIds.add(payload.messageId);
    }
  }
  // Discord may deliver an edit without its author: it is theirs when the message is.
  if (ownMessageIds.size > 0) {
    const seen = new Set(rows.map((r) => r.seq));
    const edits = await db
      .selectFrom('event_log')
      .select(['seq', 'id', 'type', 'occurred_at', 'payload', 'handled_at'])
      .where('guild_id', '=', guildId)
      .where('type', '=', 'message.edited')
      .where(contains('payload', '"authorId":null'))
      .execute();
    for (const edit of edits) {
      const messageId = parseObject(edit.payload)?.messageId;
      if (!seen.has(edit.seq) && typeof messageId === 'string' && ownMessageIds.has(messageId)) rows.push(edit);
    }
  }
  await addUpdatesOfOwnThreads(db, guildId, userId, rows);
  const own = new Set<number>();
  for (const row of rows) {
    const payload = parseObject(row.payload);
    if (row.id.includes(userId) || (payload !== null && isSubject(payload, userId))) own.add(row.seq);
    else if (row.type === 'thread.updated') own.add(row.seq);
    else if (row.type === 'message.edited' && typeof payload?.messageId === 'string') {
      if (ownMessageIds.has(payload.messageId)) own.add(row.seq);
    }
  }
  return { rows, own, ownMessageIds };
}

/**
 * Adds to `rows` the `thread.updated` events of threads the member started: they carry the
 * thread's name (text the member wrote) but not the member's id.
 */
async function addUpdatesOfOwnThreads(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  rows: EventRow[],
): Promise<void> {
  const threadIds = new Set<string>();
  for (const row of rows) {
    const payload = parseObject(row.payload);
    if (row.type === 'thread.created' && payload?.ownerId === userId && typeof payload.threadId === 'string') {
      threadIds.add(payload.threadId);
    }
  }
  if (threadIds.size === 0) return;
  const seen = new Set(rows.map((r) => r.seq));
  for (const chunk of chunks([...threadIds], BATCH)) {
    const updates = await db
      .selectFrom('event_log')
      .select(['seq', 'id', 'type', 'occurred_at', 'payload', 'handled_at'])
      .where('guild_id', '=', guildId)
      .where('type', '=', 'thread.updated')
      .where((eb) => eb.or(chunk.map((threadId) => contains('payload', `"threadId":"${threadId}"`))))
      .execute();
    for (const update of updates) if (!seen.has(update.seq)) rows.push(update);
  }
  rows.sort((a, b) => a.seq - b.seq);
}

/**
 * Exports the member's own events (see `ownEvents`), the handler failures on them, the jobs
 * that name them and the audit records about them.
 * @param db - the database
 * @param guildId - the guild
 * @param matcher - the member
 */
export async function exportEventLog(
  db: Kysely<CoreTables>,
  guildId: string,
  matcher: MemberMatcher,
): Promise<Record<string, Json>> {
  const { userId } = matcher;
  const { rows, own } = await ownEvents(db, guildId, matcher, false);
  const events = rows
    .filter((r) => own.has(r.seq))
    .map((r) => ({ id: r.id, type: r.type, occurredAt: r.occurred_at, payload: JSON.parse(r.payload) as Json }));
  const eventIds = events.map((e) => e.id);
  const failures: Json[] = [];
  for (const chunk of chunks(eventIds, BATCH)) {
    const found = await db
      .selectFrom('handler_failures')
      .select(['event_id', 'module', 'error', 'failed_at'])
      .where('event_id', 'in', chunk)
      .execute();
    failures.push(
      ...found.map((f) => ({ eventId: f.event_id, module: f.module, error: f.error, failedAt: f.failed_at })),
    );
  }
  const jobs = await db
    .selectFrom('jobs')
    .select(['key', 'module', 'name', 'status', 'run_at', 'payload'])
    .where((eb) => eb.or([contains('key', userId), contains('payload', userId)]))
    .orderBy('id')
    .execute();
  const audit = await db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'target', 'details', 'at'])
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('target', '=', userId), contains('actor', userId)]))
    .orderBy('id')
    .execute();
  const out: Record<string, Json> = {};
  if (events.length > 0) out.events = events;
  if (failures.length > 0) out.handlerFailures = failures;
  if (jobs.length > 0) {
    out.jobs = jobs.map((j) => ({
      key: j.key,
      module: j.module,
      name: j.name,
      status: j.status,
      runAt: j.run_at,
      payload: JSON.parse(j.payload) as Json,
    }));
  }
  if (audit.length > 0) {
    out.auditLog = audit.map((a) => ({
      actor: a.actor,
      action: a.action,
      target: a.target,
      details: JSON.parse(a.details) as Json,
      at: a.at,
    }));
  }
  return out;
}

/** What erasing needs besides the database. */
export interface EventLogEraseDeps {
  /** The tombstone key. */
  key: Buffer;
  /** Stamps `handled_at` of erased events not yet handled. */
  now: number;
}

/**
 * Erases the member from the core tables:
 * - event log: every event that mentions them is rewritten, not deleted (counts by type stay).
 *   Their own events get the tombstone id `erased:<HMAC>` (so a redelivery is refused) and
 *   are marked handled; the text of their messages is blanked; their id and names are
 *   replaced everywhere else (mentions in other members' messages, module events).
 * - handler failures of those events follow the new ids; their text is scrubbed.
 * - jobs that name them are deleted (moderation's pending jobs stay with `keepModerationRecords`);
 *   jobs that only mention their names are scrubbed.
 * - audit log: records about them lose their target (moderation's stay with
 *   `keepModerationRecords`); actor and details are scrubbed.
 * @param db - the database
 * @param guildId - the guild
 * @param matcher - the member
 * @param options - keepModerationRecords
 * @param deps - tombstone key and time
 * @returns rows changed or removed
 */
export async function eraseEventLog(
  db: Kysely<CoreTables>,
  guildId: string,
  matcher: MemberMatcher,
  options: EraseOptions,
  deps: EventLogEraseDeps,
): Promise<number> {
  const { userId } = matcher;
  const { rows, own } = await ownEvents(db, guildId, matcher, true);
  const renamed = new Map<string, string>();
  for (const row of rows) {
    if (own.has(row.seq) && !isTombstone(row.id)) renamed.set(row.id, tombstoneId(deps.key, row.id));
  }
  let changed = 0;
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const isOwn = own.has(row.seq);
      const parsed = JSON.parse(row.payload) as Json;
      const blanked = isOwn ? blankOwnText(row.type, parsed, userId) : blankQuotedText(row.type, parsed, userId);
      const payload = JSON.stringify(matcher.scrubJson(blanked, renamed));
      const id = renamed.get(row.id) ?? row.id;
      if (id === row.id && payload === row.payload) continue;
      await trx
        .updateTable('event_log')
        .set({ id, payload, ...(isOwn && row.handled_at === null ? { handled_at: deps.now } : {}) })
        .where('seq', '=', row.seq)
        .execute();
      changed += 1;
    }
    for (const chunk of chunks([...renamed.keys()], BATCH)) {
      const failures = await trx
        .selectFrom('handler_failures')
        .select(['id', 'event_id'])
        .where('event_id', 'in', chunk)
        .execute();
      for (const failure of failures) {
        const next = renamed.get(failure.event_id);
        if (next === undefined) continue;
        await trx.updateTable('handler_failures').set({ event_id: next }).where('id', '=', failure.id).execute();
        changed += 1;
      }
    }
  });
  changed += await scrubRows(db, { table: 'handler_failures', key: ['id'], columns: ['event_id', 'error'] }, matcher);

  const keepModeration = options.keepModerationRecords;
  const keptJob = sql<SqlBool>`(module = 'moderation' and status in ('pending', 'running'))`;
  let deleteJobs = db.deleteFrom('jobs').where((eb) => eb.or([contains('key', userId), contains('payload', userId)]));
  if (keepModeration) deleteJobs = deleteJobs.where((eb) => eb.not(keptJob));
  changed += Number((await deleteJobs.executeTakeFirst()).numDeletedRows);
  changed += await scrubRows(
    db,
    { table: 'jobs', key: ['id'], columns: ['payload', 'last_error'] },
    matcher,
    keepModeration ? sql<SqlBool>`not ${keptJob}` : sql<SqlBool>`1 = 1`,
  );

  const keptAudit = sql<SqlBool>`action like 'moderation.%'`;
  let blankTargets = db
    .updateTable('audit_log')
    .set({ target: null })
    .where('guild_id', '=', guildId)
    .where('target', '=', userId);
  if (keepModeration) blankTargets = blankTargets.where((eb) => eb.not(keptAudit));
  changed += Number((await blankTargets.executeTakeFirst()).numUpdatedRows);
  changed += await scrubRows(
    db,
    { table: 'audit_log', key: ['id'], columns: ['actor', 'target', 'details'] },
    matcher,
    keepModeration ? sql<SqlBool>`not (${keptAudit} and target = ${userId})` : sql<SqlBool>`1 = 1`,
  );
  return changed;
}

/**
 * Blanks message text recorded before `before` in the event log: the `content` of messages
 * and edits, and any `content` / `matchedContent` in other events (automod evidence, native
 * AutoMod executions), and the fields of submitted forms. Ids and counts stay.
 * @param db - the database
 * @param before - epoch ms
 * @returns rows changed
 */
export async function blankEventLogContent(db: Kysely<CoreTables>, before: number): Promise<number> {
  let changed = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('event_log')
      .select(['seq', 'type', 'payload'])
      .where('seq', '>', after)
      .where('occurred_at', '<', before)
      .where((eb) => eb.or([contains('payload', 'ontent":"'), eb('type', '=', 'interaction.modal')]))
      // A message already blanked is not read again (its only `content` is top-level).
      .where((eb) => eb.not(eb.and([eb('type', 'in', MESSAGE_TYPES), contains('payload', '"content":""')])))
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return changed;
    after = rows[rows.length - 1]?.seq ?? after;
    for (const row of rows) {
      const parsed = JSON.parse(row.payload) as Json;
      const payload = JSON.stringify(blankContent(row.type === 'interaction.modal' ? blankFields(parsed) : parsed));
      if (payload === row.payload) continue;
      await db.updateTable('event_log').set({ payload }).where('seq', '=', row.seq).execute();
      changed += 1;
    }
  }
}

/** True when the member is the event's subject: a top-level field is them, or `userIds` lists them. */
function isSubject(payload: JsonObject, userId: string): boolean {
  for (const [key, value] of Object.entries(payload)) {
    if (value === userId) return true;
    if (key === 'userIds' && Array.isArray(value) && value.includes(userId)) return true;
  }
  return false;
}

/** Blanks what the member wrote in one of their own events (messages, edits, forms, AutoMod hits, thread names). */
function blankOwnText(type: string, payload: Json, userId: string): Json {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  if ((MESSAGE_TYPES as readonly string[]).includes(type) || type === 'automod.native_executed') {
    return blankContent(payload, false);
  }
  if (type === 'interaction.modal' && payload.userId === userId) return blankFields(payload);
  // A thread's name is the text its starter wrote.
  if (type === 'thread.created' && payload.ownerId === userId) return { ...payload, name: '' };
  if (type === 'thread.updated') return { ...payload, name: '' };
  return payload;
}

/**
 * Blanks the member's text quoted in another member's event: the message a context-menu
 * command ("Mark as solution") was used on, when the member wrote it.
 */
function blankQuotedText(type: string, payload: Json, userId: string): Json {
  if (type !== 'interaction.command' || payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return payload;
  }
  const target = payload.targetMessage;
  if (target === null || typeof target !== 'object' || Array.isArray(target) || target.authorId !== userId) {
    return payload;
  }
  return { ...payload, targetMessage: { ...target, content: '' } };
}

/** Blanks every `content` / `matchedContent` string (recursively unless `deep` is false). */
function blankContent(value: Json, deep = true): Json {
  if (Array.isArray(value)) return deep ? value.map((v) => blankContent(v)) : value;
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (CONTENT_KEYS.has(key) && typeof inner === 'string') out[key] = '';
    else out[key] = deep ? blankContent(inner) : inner;
  }
  return out;
}

/** Blanks the values of a submitted form's `fields`. */
function blankFields(payload: Json): Json {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const fields = payload.fields;
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return payload;
  return { ...payload, fields: Object.fromEntries(Object.keys(fields).map((k) => [k, ''])) };
}

function parseObject(text: string): JsonObject | null {
  const value = MemberMatcher.parseJson(text);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}
