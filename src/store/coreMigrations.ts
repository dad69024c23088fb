import type { Migration } from './Migration.js';
import { withSerialKey } from './Migration.js';

/** Schema of the core tables: event log, handler failures, jobs, audit log, privacy key. */
export const coreMigrations: Migration[] = [
  {
    name: '0001_event_log',
    async up(db, dialect) {
      await withSerialKey(db.schema.createTable('event_log'), dialect, 'seq')
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('handled_at', 'bigint')
        .execute();
      await db.schema.createIndex('event_log_unhandled').on('event_log').columns(['handled_at', 'seq']).execute();
      await db.schema.createIndex('event_log_type_time').on('event_log').columns(['type', 'occurred_at']).execute();
      await withSerialKey(db.schema.createTable('handler_failures'), dialect, 'id')
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('module', 'text', (c) => c.notNull())
        .addColumn('error', 'text', (c) => c.notNull())
        .addColumn('failed_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0002_jobs',
    async up(db, dialect) {
      await withSerialKey(db.schema.createTable('jobs'), dialect, 'id')
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('module', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('run_at', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
    },
  },
  {
    name: '0003_audit_log',
    async up(db, dialect) {
      await withSerialKey(db.schema.createTable('audit_log'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_time').on('audit_log').columns(['guild_id', 'at']).execute();
    },
  },
  {
    // The key of erase tombstones when GUILDHALL_PRIVACY_KEY is not set (see docs/privacy.md).
    name: '0004_privacy_key',
    async up(db) {
      await db.schema
        .createTable('privacy_key')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  {
    // Units of work (docs/reliability.md): which handler committed for which event, and the
    // transactional outbox of platform actions carried out after commit.
    name: '0005_unit_of_work',
    async up(db, dialect) {
      await db.schema
        .createTable('event_handlings')
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('handler', 'text', (c) => c.notNull())
        .addColumn('handled_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_handlings_pk', ['event_id', 'handler'])
        .execute();
      await withSerialKey(db.schema.createTable('outbox'), dialect, 'id')
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('module', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('args', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'bigint', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('done_at', 'bigint')
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'guild_id', 'id']).execute();
    },
  },
  {
    // Interaction tokens out of the event log (issue #11): kept apart until they expire, and
    // removed from the payloads already recorded.
    name: '0006_interaction_tokens',
    async up(db) {
      await db.schema
        .createTable('interaction_tokens')
        .addColumn('interaction_id', 'text', (c) => c.primaryKey())
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('interaction_tokens_expiry').on('interaction_tokens').column('expires_at').execute();
      const log = db.withTables<{ event_log: { seq: number; type: string; payload: string } }>();
      const rows = await log
        .selectFrom('event_log')
        .select(['seq', 'payload'])
        .where('type', 'like', 'interaction.%')
        .where('payload', 'like', '%"token"%')
        .execute();
      for (const row of rows) {
        const payload = JSON.parse(row.payload) as Record<string, unknown>;
        delete payload.token;
        await log
          .updateTable('event_log')
          .set({ payload: JSON.stringify(payload) })
          .where('seq', '=', row.seq)
          .execute();
      }
    },
  },
  {
    // Catch-up after downtime (issue #11, docs/reliability.md): who Guildhall believes is in
    // the guild, the last message it saw per channel, and how far it read the event log.
    name: '0007_catch_up',
    async up(db) {
      await db.schema
        .createTable('catch_up_state')
        .addColumn('guild_id', 'text', (c) => c.primaryKey())
        .addColumn('baseline_at', 'bigint', (c) => c.notNull())
        .addColumn('projected_seq', 'bigint', (c) => c.notNull())
        .addColumn('caught_up_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('catch_up_members')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('catch_up_members_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('catch_up_channels')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('last_message_id', 'text', (c) => c.notNull())
        .addColumn('backlog', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('catch_up_channels_pk', ['guild_id', 'channel_id'])
        .execute();
    },
  },
  {
    // Dashboard sign-in (issue #12, docs/dashboard-auth.md): one row per session, keyed by the
    // SHA-256 of the cookie's token so a leaked table signs nobody in.
    name: '0008_dashboard_sessions',
    async up(db) {
      await db.schema
        .createTable('dashboard_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('dev_login', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('role_checked_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('dashboard_sessions_user').on('dashboard_sessions').column('user_id').execute();
    },
  },
  {
    // Member directory (issue #13): one row per member of a guild, kept from events and filled
    // at start from the platform's member list (src/core/members/MemberDirectory.ts).
    name: '0009_member_directory',
    async up(db) {
      await db.schema
        .createTable('member_directory')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('bot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('joined_at', 'bigint')
        .addColumn('left_at', 'bigint')
        .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
        .addColumn('first_message_at', 'bigint')
        .addColumn('last_active_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('member_directory_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('member_directory_joined')
        .on('member_directory')
        .columns(['guild_id', 'joined_at'])
        .execute();
      await db.schema
        .createIndex('member_directory_active')
        .on('member_directory')
        .columns(['guild_id', 'last_active_at'])
        .execute();
    },
  },
  {
    name: '0010_member_directory_first_message',
    async up(db) {
      // Retention by first-message cohort reads the directory by first message time.
      await db.schema
        .createIndex('member_directory_first_message')
        .on('member_directory')
        .columns(['guild_id', 'first_message_at'])
        .execute();
    },
  },
  {
    // History import progress (issue #13, docs/import.md): how far `guildhall import dce` got in
    // each export file, so a rerun resumes. `ifNotExists`: before this migration the import
    // command created the same table itself on first use, so a database it ran on has it already.
    name: '0011_import_progress',
    async up(db) {
      await db.schema
        .createTable('import_progress')
        .ifNotExists()
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('done_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('import_progress_pk', ['guild_id', 'file'])
        .execute();
    },
  },
  {
    name: '0012_event_log_guild_time',
    async up(db) {
      // A guild's events in time order, read page after page from an (occurred_at, seq) key:
      // recognition's recompute, which must apply history imported after newer live events
      // before them.
      await db.schema
        .createIndex('event_log_guild_time')
        .on('event_log')
        .columns(['guild_id', 'occurred_at', 'seq'])
        .execute();
    },
  },
  {
    // Interactions received on the HTTP interactions endpoint: their first answer goes back as
    // the HTTP response, from whichever process handles them (docs/deployment.md).
    name: '0013_interaction_acks',
    async up(db) {
      await db.schema
        .createTable('interaction_acks')
        .addColumn('interaction_id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('response', 'text')
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('interaction_acks_expiry').on('interaction_acks').column('expires_at').execute();
    },
  },
];
