import { PlatformRuleError } from '../../core/errors.js';
import type { ChannelKind, ChannelSnapshot, ChannelSpec } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { requireChannel, requireGuild } from './guildQueries.js';
import { flag, toChannelSnapshot } from './sandboxRows.js';

/** Discord allows 500 channels (categories included) per guild. */
export const CHANNEL_LIMIT = 500;
const TEXT_LIKE: readonly ChannelKind[] = ['text', 'announcement', 'forum'];

/**
 * The name Discord stores: text-like channel names are lower-cased, with spaces as dashes.
 * @param kind - the channel's kind
 * @param name - the requested name
 */
export function channelName(kind: ChannelKind, name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100)
    throw new PlatformRuleError('a channel name must be 1–100 characters');
  return TEXT_LIKE.includes(kind) ? trimmed.toLowerCase().replace(/\s+/g, '-') : trimmed;
}

/** Checks the fields Discord validates, against the channel's kind. */
async function assertValidSpec(ctx: SandboxContext, kind: ChannelKind, spec: Partial<ChannelSpec>): Promise<void> {
  if (kind === 'thread') throw new PlatformRuleError('threads are started with createThread');
  if (spec.rateLimitPerUser !== undefined && (spec.rateLimitPerUser < 0 || spec.rateLimitPerUser > 21_600)) {
    throw new PlatformRuleError('rateLimitPerUser must be 0–21600 seconds');
  }
  if (spec.topic != null && spec.topic.length > 1024)
    throw new PlatformRuleError('a channel topic is at most 1024 characters');
  if (spec.parentId != null) {
    if (kind === 'category') throw new PlatformRuleError('a category cannot be inside another category');
    const parent = await requireChannel(ctx.db, spec.parentId);
    if (parent.kind !== 'category') throw new PlatformRuleError(`parent #${parent.name} is not a category`);
  }
}

/**
 * Creates a channel or category (at the end of its siblings unless a position is given).
 * @throws PlatformRuleError for invalid fields or past 500 channels
 */
export async function createChannel(ctx: SandboxContext, guildId: string, spec: ChannelSpec): Promise<ChannelSnapshot> {
  await requireGuild(ctx, guildId);
  await assertValidSpec(ctx, spec.kind, spec);
  const name = channelName(spec.kind, spec.name);
  const counted = await ctx.db
    .selectFrom('sandbox_channels')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '!=', 'thread')
    .executeTakeFirst();
  const count = counted?.n ?? 0;
  if (count >= CHANNEL_LIMIT)
    throw new PlatformRuleError(`Maximum number of guild channels reached (${CHANNEL_LIMIT})`);
  const row: SandboxChannelTable = {
    id: await ctx.nextId(),
    name,
    kind: spec.kind,
    parent_id: spec.parentId ?? null,
    position: spec.position ?? count,
    topic: spec.topic ?? null,
    rate_limit_per_user: spec.rateLimitPerUser ?? 0,
    nsfw: flag(spec.nsfw),
    user_limit: spec.userLimit ?? 0,
    bitrate: spec.bitrate ?? (spec.kind === 'voice' || spec.kind === 'stage' ? 64_000 : 0),
    permission_overwrites: JSON.stringify(spec.permissionOverwrites ?? []),
    owner_id: null,
    thread_private: 0,
    created_at: ctx.clock.now(),
  };
  await ctx.db.insertInto('sandbox_channels').values(row).execute();
  return toChannelSnapshot(row);
}

/**
 * Changes fields of a channel; only text ↔ announcement may change kind, as on Discord.
 * @throws SandboxNotFoundError for an unknown channel
 * @throws PlatformRuleError for invalid fields
 */
export async function editChannel(
  ctx: SandboxContext,
  channelId: string,
  patch: Partial<ChannelSpec>,
): Promise<ChannelSnapshot> {
  const current = await requireChannel(ctx.db, channelId);
  const kind = (patch.kind ?? current.kind) as ChannelKind;
  if (
    kind !== current.kind &&
    !(['text', 'announcement'].includes(kind) && ['text', 'announcement'].includes(current.kind))
  ) {
    throw new PlatformRuleError(`cannot change a ${current.kind} channel into a ${kind} channel`);
  }
  if (current.kind !== 'thread') await assertValidSpec(ctx, kind, patch);
  const row: SandboxChannelTable = {
    ...current,
    name: patch.name === undefined ? current.name : channelName(kind, patch.name),
    kind,
    parent_id: patch.parentId === undefined ? current.parent_id : patch.parentId,
    position: patch.position ?? current.position,
    topic: patch.topic === undefined ? current.topic : patch.topic,
    rate_limit_per_user: patch.rateLimitPerUser ?? current.rate_limit_per_user,
    nsfw: patch.nsfw === undefined ? current.nsfw : flag(patch.nsfw),
    user_limit: patch.userLimit ?? current.user_limit,
    bitrate: patch.bitrate ?? current.bitrate,
    permission_overwrites:
      patch.permissionOverwrites === undefined
        ? current.permission_overwrites
        : JSON.stringify(patch.permissionOverwrites),
  };
  const { id, ...fields } = row;
  await ctx.db.updateTable('sandbox_channels').set(fields).where('id', '=', id).execute();
  return toChannelSnapshot(row);
}
