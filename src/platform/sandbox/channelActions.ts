import { unsafeNameReason } from '../../config/safeName.js';
import { CHANNEL_LIMITS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest } from '../PlatformError.js';
import type { ChannelKind, ChannelSnapshot, ChannelSpec, ForumTag } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { recordAudit } from './auditLog.js';
import { DEFAULT_BITRATE, assertValidSpec, forumTagsColumn, isVoiceKind } from './channelRules.js';
import { requireChannel, requireGuild } from './guildQueries.js';
import { flag, fromJson, toChannelSnapshot } from './sandboxRows.js';

/** Discord allows 500 channels (categories included) per guild. */
export const CHANNEL_LIMIT = CHANNEL_LIMITS.perGuild;
const TEXT_LIKE: readonly ChannelKind[] = ['text', 'announcement', 'forum'];

/**
 * The name Discord stores: text-like channel names are lower-cased, with spaces as dashes.
 * @param kind - the channel's kind
 * @param name - the requested name
 * @throws InvalidRequest outside 1–100 characters, or with control or bidi formatting characters
 */
export function channelName(kind: ChannelKind, name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > CHANNEL_LIMITS.name) {
    throw new InvalidRequest(`a channel name must be 1–${CHANNEL_LIMITS.name} characters`);
  }
  const unsafe = unsafeNameReason(trimmed);
  if (unsafe !== null) throw new InvalidRequest(`a channel name ${unsafe}`);
  return TEXT_LIKE.includes(kind) ? trimmed.toLowerCase().replace(/\s+/g, '-') : trimmed;
}

/**
 * Creates a channel or category (at the end of its siblings unless a position is given).
 * A voice or stage channel starts at 64 kbps; tags and sort order apply to forums only.
 * @param reason - recorded in the audit log as the bot's; null when the owner creates it
 * @throws InvalidRequest for invalid fields, past 500 channels or 50 in the category
 */
export async function createChannel(
  ctx: SandboxContext,
  guildId: string,
  spec: ChannelSpec,
  reason: string | null,
): Promise<ChannelSnapshot> {
  await requireGuild(ctx, guildId);
  await assertValidSpec(ctx, spec.kind, spec, null);
  const name = channelName(spec.kind, spec.name);
  const counted = await ctx.db
    .selectFrom('sandbox_channels')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('kind', '!=', 'thread')
    .executeTakeFirst();
  const count = Number(counted?.n ?? 0);
  if (count >= CHANNEL_LIMIT)
    throw new InvalidRequest(
      `Maximum number of guild channels reached (${CHANNEL_LIMIT})`,
      DISCORD_ERROR_CODES.maximumGuildChannels,
    );
  const voice = isVoiceKind(spec.kind);
  const forum = spec.kind === 'forum';
  const row: SandboxChannelTable = {
    id: await ctx.nextId(),
    name,
    kind: spec.kind,
    parent_id: spec.parentId ?? null,
    position: spec.position ?? count,
    topic: spec.topic ?? null,
    rate_limit_per_user: spec.rateLimitPerUser ?? 0,
    nsfw: flag(spec.nsfw),
    user_limit: voice ? (spec.userLimit ?? 0) : 0,
    bitrate: voice ? (spec.bitrate ?? DEFAULT_BITRATE) : 0,
    permission_overwrites: JSON.stringify(spec.permissionOverwrites ?? []),
    owner_id: null,
    thread_private: 0,
    created_at: ctx.clock.now(),
    available_tags: forum ? await forumTagsColumn(ctx, spec.availableTags ?? [], []) : '[]',
    default_sort_order: forum ? (spec.defaultSortOrder ?? null) : null,
    applied_tags: '[]',
    archived: 0,
    locked: 0,
  };
  await ctx.db.insertInto('sandbox_channels').values(row).execute();
  if (reason !== null) await recordAudit(ctx, 'channel_create', row.id, reason);
  return toChannelSnapshot(row);
}

/**
 * Changes fields of a channel as the bot; only text ↔ announcement may change kind, as on
 * Discord. Forum tags keep their ids when given them back.
 * @param reason - recorded in the audit log
 * @throws SandboxNotFoundError for an unknown channel
 * @throws InvalidRequest for invalid fields
 */
export async function editChannel(
  ctx: SandboxContext,
  channelId: string,
  patch: Partial<ChannelSpec>,
  reason: string,
): Promise<ChannelSnapshot> {
  const current = await requireChannel(ctx.db, channelId);
  const kind = (patch.kind ?? current.kind) as ChannelKind;
  if (
    kind !== current.kind &&
    !(['text', 'announcement'].includes(kind) && ['text', 'announcement'].includes(current.kind))
  ) {
    throw new InvalidRequest(`cannot change a ${current.kind} channel into a ${kind} channel`);
  }
  if (current.kind !== 'thread') await assertValidSpec(ctx, kind, patch, current.id);
  const voice = isVoiceKind(kind);
  const forum = kind === 'forum';
  const row: SandboxChannelTable = {
    ...current,
    name: patch.name === undefined ? current.name : channelName(kind, patch.name),
    kind,
    parent_id: patch.parentId === undefined ? current.parent_id : patch.parentId,
    position: patch.position ?? current.position,
    topic: patch.topic === undefined ? current.topic : patch.topic,
    rate_limit_per_user: patch.rateLimitPerUser ?? current.rate_limit_per_user,
    nsfw: patch.nsfw === undefined ? current.nsfw : flag(patch.nsfw),
    user_limit: voice ? (patch.userLimit ?? current.user_limit) : current.user_limit,
    bitrate: voice ? (patch.bitrate ?? current.bitrate) : current.bitrate,
    permission_overwrites:
      patch.permissionOverwrites === undefined
        ? current.permission_overwrites
        : JSON.stringify(patch.permissionOverwrites),
    available_tags:
      forum && patch.availableTags !== undefined
        ? await forumTagsColumn(ctx, patch.availableTags, fromJson<ForumTag[]>(current.available_tags))
        : current.available_tags,
    default_sort_order:
      forum && patch.defaultSortOrder !== undefined ? patch.defaultSortOrder : current.default_sort_order,
  };
  const { id, ...fields } = row;
  await ctx.db.updateTable('sandbox_channels').set(fields).where('id', '=', id).execute();
  await recordAudit(ctx, 'channel_update', id, reason);
  return toChannelSnapshot(row);
}
