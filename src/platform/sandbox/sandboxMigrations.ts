import { sql } from 'kysely';
import type { Migration } from '../../store/Migration.js';
import type { MigrationSet } from '../../store/migrate.js';

const NO_PINGS = JSON.stringify({ userIds: [], roleIds: [] });

/** Schema of the sandbox guild (tables prefixed `sandbox_`), for owner `sandbox`. */
export const sandboxMigrations: Migration[] = [
  {
    name: '0001_guild_members_roles',
    async up(db) {
      await db.schema
        .createTable('sandbox_guild')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('bot_user_id', 'text', (c) => c.notNull())
        .addColumn('id_ceiling', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('bot', 'integer', (c) => c.notNull())
        .addColumn('dms_open', 'integer', (c) => c.notNull())
        .addColumn('account_created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_members')
        .addColumn('user_id', 'text', (c) => c.primaryKey())
        .addColumn('membership_id', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('nickname', 'text')
        .addColumn('timeout_until', 'bigint')
        .execute();
      await db.schema
        .createTable('sandbox_member_roles')
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('role_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sandbox_member_roles_pk', ['user_id', 'role_id'])
        .execute();
      await db.schema.createIndex('sandbox_member_roles_role').on('sandbox_member_roles').column('role_id').execute();
      await db.schema
        .createTable('sandbox_roles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('color', 'integer', (c) => c.notNull())
        .addColumn('hoist', 'integer', (c) => c.notNull())
        .addColumn('mentionable', 'integer', (c) => c.notNull())
        .addColumn('permissions', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('managed', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_bans')
        .addColumn('user_id', 'text', (c) => c.primaryKey())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('banned_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0002_channels_messages',
    async up(db) {
      await db.schema
        .createTable('sandbox_channels')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text')
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('topic', 'text')
        .addColumn('rate_limit_per_user', 'integer', (c) => c.notNull())
        .addColumn('nsfw', 'integer', (c) => c.notNull())
        .addColumn('user_limit', 'integer', (c) => c.notNull())
        .addColumn('bitrate', 'integer', (c) => c.notNull())
        .addColumn('permission_overwrites', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text')
        .addColumn('thread_private', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('embeds', 'text', (c) => c.notNull())
        .addColumn('components', 'text', (c) => c.notNull())
        .addColumn('reply_to', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('edited_at', 'bigint')
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sandbox_messages_channel')
        .on('sandbox_messages')
        .columns(['channel_id', 'sort_key'])
        .execute();
      await db.schema
        .createIndex('sandbox_messages_author')
        .on('sandbox_messages')
        .columns(['author_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('sandbox_direct_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('embeds', 'text', (c) => c.notNull())
        .addColumn('components', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sandbox_dms_user')
        .on('sandbox_direct_messages')
        .columns(['user_id', 'sort_key'])
        .execute();
      await db.schema
        .createTable('sandbox_reactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('emoji_id', 'text')
        .addColumn('emoji_name', 'text', (c) => c.notNull())
        .addColumn('emoji_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('sandbox_reactions_once', ['message_id', 'user_id', 'emoji_key'])
        .execute();
    },
  },
  {
    name: '0003_voice_invites_interactions',
    async up(db) {
      await db.schema
        .createTable('sandbox_voice_states')
        .addColumn('user_id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('muted', 'integer', (c) => c.notNull())
        .addColumn('deafened', 'integer', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sandbox_voice_channel').on('sandbox_voice_states').column('channel_id').execute();
      await db.schema
        .createTable('sandbox_invites')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('inviter_id', 'text')
        .addColumn('uses', 'integer', (c) => c.notNull())
        .addColumn('max_uses', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_commands')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_interactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('reply', 'text')
        .addColumn('replied_at', 'bigint')
        .execute();
    },
  },
  {
    name: '0004_audit_log',
    async up(db) {
      await db.schema
        .createTable('sandbox_audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sandbox_audit_log_order').on('sandbox_audit_log').column('sort_key').execute();
    },
  },
  {
    name: '0005_forum_tags_sort_order',
    async up(db) {
      await db.schema
        .alterTable('sandbox_channels')
        .addColumn('available_tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema.alterTable('sandbox_channels').addColumn('default_sort_order', 'text').execute();
    },
  },
  {
    name: '0006_guild_safety',
    async up(db) {
      await db.schema
        .alterTable('sandbox_guild')
        .addColumn('verification_level', 'text', (c) => c.notNull().defaultTo('none'))
        .execute();
      await db.schema.alterTable('sandbox_guild').addColumn('invites_paused_until', 'bigint').execute();
    },
  },
  {
    name: '0007_modals_direct_interactions_pings',
    async up(db) {
      await db.schema.alterTable('sandbox_interactions').addColumn('modal', 'text').execute();
      await db.schema.alterTable('sandbox_interactions').addColumn('modal_submitted_at', 'bigint').execute();
      await db.schema
        .alterTable('sandbox_interactions')
        .addColumn('in_dm', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('sandbox_messages')
        .addColumn('pinged', 'text', (c) => c.notNull().defaultTo(NO_PINGS))
        .execute();
    },
  },
  {
    name: '0008_automod_rules',
    async up(db) {
      await db.schema
        .createTable('sandbox_automod_rules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('creator_id', 'text', (c) => c.notNull())
        .addColumn('trigger_type', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('actions', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('exempt_roles', 'text', (c) => c.notNull())
        .addColumn('exempt_channels', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0009_interaction_attachments',
    async up(db) {
      // Files the bot attached to its answers: text kept as text (so erase and retention can
      // find a member in it), other bytes as base64.
      await db.schema
        .createTable('sandbox_attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('interaction_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text')
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('encoding', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sandbox_attachments_interaction')
        .on('sandbox_attachments')
        .columns(['interaction_id', 'position'])
        .execute();
    },
  },
  {
    name: '0010_message_nonces',
    async up(db) {
      // Idempotent bot posts: the digested nonce of each message sent with one.
      await db.schema
        .createTable('sandbox_message_nonces')
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sandbox_message_nonces_pk', ['channel_id', 'nonce'])
        .execute();
    },
  },
  {
    name: '0011_seeded_at',
    async up(db) {
      // The seed finishes once for good: what a blueprint later prunes is not seeded again.
      await db.schema.alterTable('sandbox_guild').addColumn('seeded_at', 'bigint').execute();
      // Guilds seeded before this column existed had channels once seeded (the old rule).
      await sql`UPDATE sandbox_guild SET seeded_at = created_at WHERE EXISTS (SELECT 1 FROM sandbox_channels)`.execute(
        db,
      );
    },
  },
  {
    name: '0012_deferred_interactions',
    async up(db) {
      // Deferred answers ("thinking…", then edited), follow-ups, and what an edit changes:
      // the channel or DM message a public answer became, the message a component is on.
      await db.schema.alterTable('sandbox_interactions').addColumn('deferred', 'text').execute();
      await db.schema.alterTable('sandbox_interactions').addColumn('reply_message_id', 'text').execute();
      await db.schema.alterTable('sandbox_interactions').addColumn('follow_ups', 'text').execute();
      await db.schema.alterTable('sandbox_interactions').addColumn('source_message_id', 'text').execute();
      await db.schema.alterTable('sandbox_interactions').addColumn('source_interaction_id', 'text').execute();
    },
  },
  {
    name: '0013_scheduled_events',
    async up(db) {
      // Guild scheduled events and the members interested in them.
      await db.schema
        .createTable('sandbox_scheduled_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('start_at', 'bigint', (c) => c.notNull())
        .addColumn('end_at', 'bigint')
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text')
        .addColumn('location', 'text')
        .addColumn('recurrence', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('creator_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sandbox_scheduled_event_users')
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('sandbox_scheduled_event_users_pk', ['event_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('sandbox_scheduled_event_users_user')
        .on('sandbox_scheduled_event_users')
        .column('user_id')
        .execute();
    },
  },
  {
    name: '0014_thread_state',
    async up(db) {
      // Threads (forum posts) carry tags of their forum and can be archived and locked.
      await db.schema
        .alterTable('sandbox_channels')
        .addColumn('applied_tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('sandbox_channels')
        .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('sandbox_channels')
        .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  {
    name: '0015_polls',
    async up(db) {
      // Native polls on bot messages, and members' votes on them.
      await db.schema
        .createTable('sandbox_polls')
        .addColumn('message_id', 'text', (c) => c.primaryKey())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('allow_multiselect', 'integer', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('finalized', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('sandbox_poll_votes')
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('answer', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('sandbox_poll_votes_pk', ['message_id', 'user_id', 'answer'])
        .execute();
      await db.schema.createIndex('sandbox_poll_votes_user').on('sandbox_poll_votes').column('user_id').execute();
    },
  },
  {
    name: '0016_id_workers',
    async up(db) {
      // How many processes took a snowflake worker number: each start takes the next (mod 1024).
      await db.schema
        .alterTable('sandbox_guild')
        .addColumn('id_workers', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
];

/** The sandbox's migrations as a set for `migrate(store, sets)`. */
export const sandboxMigrationSet: MigrationSet = { owner: 'sandbox', migrations: sandboxMigrations };
