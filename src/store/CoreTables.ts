import type { Generated } from 'kysely';

/** The event log: every input recorded once, before any module acts on it. */
export interface EventLogTable {
  /** Insertion order; events are handled in this order within a guild. */
  seq: Generated<number>;
  id: string;
  guild_id: string;
  type: string;
  source: string;
  occurred_at: number;
  recorded_at: number;
  /** JSON of the event payload. */
  payload: string;
  /** Epoch ms when every subscribed module had run; null = recorded, not yet handled. */
  handled_at: number | null;
}

/** A module handler that threw on an event (kept for the dashboard and re-runs). */
export interface HandlerFailureTable {
  id: Generated<number>;
  event_id: string;
  module: string;
  error: string;
  failed_at: number;
}

/** Durable scheduled jobs. */
export interface JobTable {
  id: Generated<number>;
  /** Idempotency key: scheduling the same key twice keeps one job. */
  key: string;
  module: string;
  name: string;
  /** JSON payload. */
  payload: string;
  run_at: number;
  status: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  /** A running job whose lease expired (its process died) is claimed again. */
  locked_until: number | null;
  created_at: number;
  updated_at: number;
}

/** Staff actions: who did what to whom, when (CLI, moderator commands, dashboard). */
export interface AuditLogTable {
  id: Generated<number>;
  guild_id: string;
  actor: string;
  action: string;
  target: string | null;
  /** JSON object of extra details (reason, duration); never message content. */
  details: string;
  at: number;
}

/** Tables owned by the core (modules add their own, prefixed with their id). */
/** Which handlers have committed their unit of work for an event (`handler` is `module` or `module/interaction`). */
export interface EventHandlingTable {
  event_id: string;
  handler: string;
  handled_at: number;
}

/**
 * Platform actions queued by units of work, carried out after commit (the transactional
 * outbox; see src/core/outbox).
 */
export interface OutboxTable {
  id: Generated<number>;
  /** Idempotency key: `<event or job>:<handler>#<position>`. */
  key: string;
  guild_id: string;
  module: string;
  /** The platform method, e.g. `sendMessage`. */
  action: string;
  /** JSON array of the method's arguments. */
  args: string;
  status: 'pending' | 'done' | 'failed';
  attempts: number;
  /** Epoch ms: not before. */
  next_at: number;
  /** JSON result (e.g. the sent message) once done. */
  result: string | null;
  last_error: string | null;
  created_at: number;
  done_at: number | null;
}

/**
 * An interaction received on the HTTP interactions endpoint until its token expires: `pending`
 * while the endpoint waits for its first answer, `answered` (by the process handling it; the
 * callback body in `response`) or `deferred` (by the endpoint, which did not wait longer).
 */
export interface InteractionAckTable {
  interaction_id: string;
  state: 'pending' | 'answered' | 'deferred';
  /** The interaction response JSON sent as the HTTP response. */
  response: string | null;
  expires_at: number;
}

/** Interaction tokens until they expire (15 minutes), kept out of the event log. */
export interface InteractionTokenTable {
  interaction_id: string;
  token: string;
  expires_at: number;
}

/**
 * One member of a guild (core migration `0009_member_directory`), kept from events by
 * `MemberDirectory` (src/core/members) and filled at start from the platform's member list.
 * Every module and the dashboard read members here instead of replaying the event log.
 */
export interface MemberDirectoryTable {
  guild_id: string;
  user_id: string;
  username: string;
  display_name: string;
  /** 1 for a bot account. */
  bot: number;
  /** JSON array of role ids, as last seen. */
  roles: string;
  /** Epoch ms of the latest join (null: unknown, e.g. seen only in imported history). */
  joined_at: number | null;
  /** Epoch ms the member left; null while they are a member. */
  left_at: number | null;
  /** Epoch ms Guildhall first saw them (join, message, member list). */
  first_seen_at: number;
  first_message_at: number | null;
  /** Epoch ms of their latest message or reaction. */
  last_active_at: number | null;
  updated_at: number;
}

/**
 * How far the history import got in one export file (core migration `0011_import_progress`),
 * for resuming after an interruption (src/app/import/ImportProgressTable.ts). Holds file paths only.
 */
export interface ImportProgressRow {
  guild_id: string;
  /** Absolute path of the export file. */
  file: string;
  /** Its size when imported: a file rewritten since is imported again from the start. */
  bytes: number;
  /** Messages of the file committed so far (the next run skips them). */
  position: number;
  /** Epoch ms the whole file was imported; null while partial. */
  done_at: number | null;
  updated_at: number;
}

export interface CoreTables {
  member_directory: MemberDirectoryTable;
  event_log: EventLogTable;
  handler_failures: HandlerFailureTable;
  jobs: JobTable;
  audit_log: AuditLogTable;
  event_handlings: EventHandlingTable;
  outbox: OutboxTable;
  interaction_tokens: InteractionTokenTable;
  interaction_acks: InteractionAckTable;
  import_progress: ImportProgressRow;
}
