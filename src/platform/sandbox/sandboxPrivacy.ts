import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Json } from '../../core/DomainEvent.js';
import type { EraseOptions } from '../../core/MemberPrivacy.js';
import type { MemberMatcher } from '../../core/privacy/MemberMatcher.js';
import { ERASED_ID } from '../../core/privacy/MemberMatcher.js';
import { mentionsAny, scrubRows, type ScrubbedTable } from '../../core/privacy/scrubRows.js';
import type { CoreTables } from '../../store/CoreTables.js';
import type { PermissionOverwrite } from '../Platform.js';
import { decodeAttachment } from './attachments.js';
import type { SandboxDatabase, SandboxTables } from './SandboxTables.js';

/** What a thread an erased member started is called afterwards (a channel name cannot be empty). */
const ERASED_THREAD_NAME = 'erased';

/** Sandbox audit actions about a member that are moderation records (kept with `keepModerationRecords`). */
const MODERATION_AUDIT_ACTIONS = ['member_timeout', 'member_kick', 'member_ban_add', 'member_ban_remove'];

/**
 * Text columns where another member's row may mention the erased member (their id in a
 * mention, a ping list, a button's custom id; their names in text). Channel and role names
 * are structure and are left alone, except thread names (members choose them).
 */
const SCRUBBED: readonly ScrubbedTable[] = [
  { table: 'sandbox_messages', key: ['id'], columns: ['content', 'embeds', 'components', 'pinged'] },
  { table: 'sandbox_direct_messages', key: ['id'], columns: ['content', 'embeds', 'components'] },
  { table: 'sandbox_interactions', key: ['id'], columns: ['name', 'reply', 'modal', 'follow_ups'] },
  { table: 'sandbox_channels', key: ['id'], columns: ['topic', 'permission_overwrites'] },
  { table: 'sandbox_bans', key: ['user_id'], columns: ['reason'] },
  { table: 'sandbox_audit_log', key: ['id'], columns: ['target_id', 'reason'] },
  { table: 'sandbox_automod_rules', key: ['id'], columns: ['name', 'trigger'] },
];

/** Member export, erase and retention over the sandbox guild's tables (`sandbox_*`). */
export interface SandboxPrivacy {
  /** The member's usernames, display name and nickname as the sandbox knows them. */
  namesOf(userId: string): Promise<string[]>;
  /** Everything the sandbox holds about the member, by table. */
  exportMember(userId: string): Promise<Record<string, Json>>;
  /** Deletes the member's rows and scrubs them out of everyone else's; returns rows changed. */
  eraseMember(matcher: MemberMatcher, options: EraseOptions): Promise<number>;
  /** Blanks the content of messages posted before `before`; returns rows changed. */
  blankContentBefore(before: number): Promise<number>;
}

/**
 * The sandbox's part of member export and erase: the sandbox is a Discord-like guild kept in
 * Guildhall's own database, so a member's account, messages, reactions, DMs, interactions,
 * bans, voice state and scheduled-event interest there are Guildhall's data to hand out and delete.
 * @param coreDb - the database
 */
export function sandboxPrivacy(coreDb: Kysely<CoreTables>): SandboxPrivacy {
  const db: SandboxDatabase = coreDb.withTables<SandboxTables>();
  return {
    async namesOf(userId) {
      const user = await db
        .selectFrom('sandbox_users')
        .select(['username', 'display_name'])
        .where('id', '=', userId)
        .executeTakeFirst();
      const member = await db
        .selectFrom('sandbox_members')
        .select('nickname')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return [user?.username, user?.display_name, member?.nickname].filter(
        (n): n is string => typeof n === 'string' && n !== '',
      );
    },

    exportMember: (userId) => exportSandboxMember(db, userId),

    eraseMember: (matcher, options) => eraseSandboxMember(db, matcher, options),

    async blankContentBefore(before) {
      const result = await db
        .updateTable('sandbox_messages')
        .set({ content: '' })
        .where('created_at', '<', before)
        .where('content', '<>', '')
        .executeTakeFirst();
      // Files the bot answered with (data exports) hold message content too: older ones go.
      const files = await db.deleteFrom('sandbox_attachments').where('created_at', '<', before).executeTakeFirst();
      return Number(result.numUpdatedRows) + Number(files.numDeletedRows);
    },
  };
}

async function exportSandboxMember(db: SandboxDatabase, userId: string): Promise<Record<string, Json>> {
  const user = await db.selectFrom('sandbox_users').selectAll().where('id', '=', userId).executeTakeFirst();
  const member = await db.selectFrom('sandbox_members').selectAll().where('user_id', '=', userId).executeTakeFirst();
  const roles = await db.selectFrom('sandbox_member_roles').select('role_id').where('user_id', '=', userId).execute();
  const messages = await db
    .selectFrom('sandbox_messages')
    .select(['id', 'channel_id', 'content', 'embeds', 'reply_to', 'created_at', 'edited_at'])
    .where('author_id', '=', userId)
    .orderBy('sort_key')
    .execute();
  const reactions = await db
    .selectFrom('sandbox_reactions')
    .select(['message_id', 'channel_id', 'emoji_name', 'emoji_id', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const directMessages = await db
    .selectFrom('sandbox_direct_messages')
    .select(['id', 'content', 'embeds', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('sort_key')
    .execute();
  const interactions = await db
    .selectFrom('sandbox_interactions')
    .select(['id', 'kind', 'channel_id', 'name', 'created_at', 'reply'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const files = await db
    .selectFrom('sandbox_attachments')
    .select(['interaction_id', 'filename', 'content_type', 'size', 'created_at'])
    .where('interaction_id', 'in', db.selectFrom('sandbox_interactions').select('id').where('user_id', '=', userId))
    .orderBy('interaction_id')
    .orderBy('position')
    .execute();
  const filesOf = new Map<string, Json[]>();
  for (const f of files) {
    const list = filesOf.get(f.interaction_id) ?? [];
    list.push({ name: f.filename, contentType: f.content_type, size: f.size, createdAt: f.created_at });
    filesOf.set(f.interaction_id, list);
  }
  const voice = await db.selectFrom('sandbox_voice_states').selectAll().where('user_id', '=', userId).execute();
  const interested = await db
    .selectFrom('sandbox_scheduled_event_users')
    .innerJoin('sandbox_scheduled_events', 'sandbox_scheduled_events.id', 'sandbox_scheduled_event_users.event_id')
    .select([
      'sandbox_scheduled_event_users.event_id as eventId',
      'sandbox_scheduled_events.name as name',
      'sandbox_scheduled_event_users.created_at as markedAt',
    ])
    .where('sandbox_scheduled_event_users.user_id', '=', userId)
    .orderBy('sandbox_scheduled_event_users.created_at')
    .execute();
  const bans = await db.selectFrom('sandbox_bans').selectAll().where('user_id', '=', userId).execute();
  const invites = await db
    .selectFrom('sandbox_invites')
    .select(['code', 'channel_id', 'uses', 'max_uses', 'created_at'])
    .where('inviter_id', '=', userId)
    .execute();
  const threads = await db
    .selectFrom('sandbox_channels')
    .select(['id', 'name', 'parent_id', 'created_at'])
    .where('owner_id', '=', userId)
    .execute();
  const auditLog = await db
    .selectFrom('sandbox_audit_log')
    .select(['action', 'reason', 'created_at'])
    .where('target_id', '=', userId)
    .orderBy('sort_key')
    .execute();
  const out: Record<string, Json> = {};
  if (user !== undefined) {
    out.user = {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      bot: user.bot === 1,
      dmsOpen: user.dms_open === 1,
      accountCreatedAt: user.account_created_at,
    };
  }
  if (member !== undefined) {
    out.member = {
      joinedAt: member.joined_at,
      nickname: member.nickname,
      timeoutUntil: member.timeout_until,
      roleIds: roles.map((r) => r.role_id),
    };
  }
  const sections: [string, Record<string, Json>[]][] = [
    ['messages', messages.map((m) => ({ ...m, embeds: parse(m.embeds) }))],
    ['reactions', reactions],
    ['directMessages', directMessages.map((m) => ({ ...m, embeds: parse(m.embeds) }))],
    [
      'interactions',
      interactions.map((i) => ({
        ...i,
        reply: i.reply === null ? null : parse(i.reply),
        ...(filesOf.has(i.id) ? { attachments: filesOf.get(i.id) ?? [] } : {}),
      })),
    ],
    ['voiceStates', voice],
    ['scheduledEventsInterested', interested],
    ['bans', bans],
    ['invites', invites],
    ['threads', threads],
    ['auditLog', auditLog],
  ];
  for (const [name, rows] of sections) if (rows.length > 0) out[name] = rows;
  return out;
}

async function eraseSandboxMember(db: SandboxDatabase, matcher: MemberMatcher, options: EraseOptions): Promise<number> {
  const { userId } = matcher;
  const keep = options.keepModerationRecords;
  let changed = 0;
  const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }): void => {
    changed += Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0n);
  };
  await db.transaction().execute(async (trx) => {
    const authored = trx.selectFrom('sandbox_messages').select('id').where('author_id', '=', userId);
    count(await trx.deleteFrom('sandbox_reactions').where('message_id', 'in', authored).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_reactions').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_messages').where('author_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_direct_messages').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_voice_states').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_scheduled_event_users').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_poll_votes').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_member_roles').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_members').where('user_id', '=', userId).executeTakeFirst());
    count(await trx.deleteFrom('sandbox_users').where('id', '=', userId).executeTakeFirst());
    if (!keep) count(await trx.deleteFrom('sandbox_bans').where('user_id', '=', userId).executeTakeFirst());
    let audit = trx.deleteFrom('sandbox_audit_log').where('target_id', '=', userId);
    if (keep) audit = audit.where('action', 'not in', MODERATION_AUDIT_ACTIONS);
    count(await audit.executeTakeFirst());
    // Files the bot answered them with; files in anyone else's answers that mention them
    // (a staff member's export of their data) go whole: a file is one blob, not scrubbed.
    count(
      await trx
        .deleteFrom('sandbox_attachments')
        .where(
          'interaction_id',
          'in',
          trx.selectFrom('sandbox_interactions').select('id').where('user_id', '=', userId),
        )
        .executeTakeFirst(),
    );
    changed += await deleteAttachmentsMentioning(trx, matcher);
    // An interaction still being answered (the one that asked for this erase) keeps its row,
    // without its owner, so the answer can still be given.
    count(
      await trx
        .deleteFrom('sandbox_interactions')
        .where('user_id', '=', userId)
        .where('replied_at', 'is not', null)
        .executeTakeFirst(),
    );
    count(
      await trx
        .updateTable('sandbox_interactions')
        .set({ user_id: ERASED_ID })
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
    // Threads they started stay (others posted in them), without the name they wrote.
    count(
      await trx
        .updateTable('sandbox_channels')
        .set({ name: ERASED_THREAD_NAME })
        .where('owner_id', '=', userId)
        .where('kind', '=', 'thread')
        .executeTakeFirst(),
    );
    count(
      await trx
        .updateTable('sandbox_channels')
        .set({ owner_id: null })
        .where('owner_id', '=', userId)
        .executeTakeFirst(),
    );
    count(
      await trx
        .updateTable('sandbox_invites')
        .set({ inviter_id: null })
        .where('inviter_id', '=', userId)
        .executeTakeFirst(),
    );
    count(
      await trx
        .updateTable('sandbox_automod_rules')
        .set({ creator_id: ERASED_ID })
        .where('creator_id', '=', userId)
        .executeTakeFirst(),
    );
    // Member overwrites on channels go with the member.
    const overwritten = await trx
      .selectFrom('sandbox_channels')
      .select(['id', 'permission_overwrites'])
      .where('permission_overwrites', 'like', `%${userId}%`)
      .execute();
    for (const channel of overwritten) {
      const overwrites = JSON.parse(channel.permission_overwrites) as PermissionOverwrite[];
      const kept = overwrites.filter((o) => !(o.type === 'member' && o.id === userId));
      if (kept.length === overwrites.length) continue;
      await trx
        .updateTable('sandbox_channels')
        .set({ permission_overwrites: JSON.stringify(kept) })
        .where('id', '=', channel.id)
        .execute();
      changed += 1;
    }
    // Threads are named by the members who start them.
    changed += await scrubRows(
      trx,
      { table: 'sandbox_channels', key: ['id'], columns: ['name'] },
      matcher,
      sql<SqlBool>`kind = 'thread'`,
    );
    for (const spec of SCRUBBED) {
      const where =
        keep && spec.table === 'sandbox_bans'
          ? sql<SqlBool>`user_id <> ${userId}`
          : keep && spec.table === 'sandbox_audit_log'
            ? sql<SqlBool>`not (target_id = ${userId} and action in (${sql.join(MODERATION_AUDIT_ACTIONS)}))`
            : sql<SqlBool>`1 = 1`;
      changed += await scrubRows(trx, spec, matcher, where);
    }
  });
  return changed;
}

/**
 * Deletes the files (of anyone's answers) that mention the member: text files are found with
 * `LIKE` first, then checked exactly; other files are decoded and checked.
 * @returns files deleted
 */
async function deleteAttachmentsMentioning(db: SandboxDatabase, matcher: MemberMatcher): Promise<number> {
  const text = await db
    .selectFrom('sandbox_attachments')
    .select(['id', 'encoding', 'data'])
    .where('encoding', '=', 'utf8')
    .where(mentionsAny(['data'], matcher.needles()))
    .execute();
  const binary = await db
    .selectFrom('sandbox_attachments')
    .select(['id', 'encoding', 'data'])
    .where('encoding', '<>', 'utf8')
    .execute();
  const ids = [...text, ...binary]
    .filter((row) => {
      const content = row.encoding === 'utf8' ? row.data : new TextDecoder().decode(decodeAttachment(row));
      return matcher.scrubStored(content) !== content;
    })
    .map((row) => row.id);
  if (ids.length === 0) return 0;
  const result = await db.deleteFrom('sandbox_attachments').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

function parse(text: string): Json {
  return JSON.parse(text) as Json;
}
