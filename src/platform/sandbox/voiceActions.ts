import { InvalidRequest } from '../PlatformError.js';
import type { SandboxContext } from './SandboxContext.js';
import { requireChannel } from './guildQueries.js';
import { findVoiceState, requireMemberRow } from './memberQueries.js';
import { Permission, assertMemberCan } from './permissions.js';
import type { VoiceInput } from './sandboxInputs.js';
import { flag } from './sandboxRows.js';
import type { SandboxVoiceState } from './sandboxViews.js';

/**
 * A member joins, moves between, mutes in or leaves voice channels. Emits `voice.joined`,
 * `voice.left` (a move is a left then a joined) or `voice.mute_changed`; nothing when
 * nothing changed. Returns the new state (null when disconnected).
 * @throws InvalidRequest for a non-voice or full channel; Forbidden without Connect (timeouts included)
 */
export async function setVoice(ctx: SandboxContext, input: VoiceInput): Promise<SandboxVoiceState | null> {
  const member = await requireMemberRow(ctx.db, input.userId);
  const userId = member.user_id;
  const row = await ctx.db
    .selectFrom('sandbox_voice_states')
    .select('session_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const current = await findVoiceState(ctx.db, userId);
  const sessionOf = row?.session_id ?? userId;
  const muted = input.muted ?? current?.muted ?? false;
  const deafened = input.deafened ?? current?.deafened ?? false;
  if (input.channelId === null) {
    if (current === null) return null;
    await ctx.db.deleteFrom('sandbox_voice_states').where('user_id', '=', userId).execute();
    await ctx.emit('voice.left', sessionOf, { userId, channelId: current.channelId });
    return null;
  }
  const channel = await requireChannel(ctx.db, input.channelId);
  if (current?.channelId === channel.id) {
    if (current.muted === muted && current.deafened === deafened) return current;
    await ctx.db
      .updateTable('sandbox_voice_states')
      .set({ muted: flag(muted), deafened: flag(deafened) })
      .where('user_id', '=', userId)
      .execute();
    const changeId = await ctx.nextId();
    await ctx.emit('voice.mute_changed', `${sessionOf}:${changeId}`, {
      userId,
      channelId: channel.id,
      muted,
      deafened,
    });
    return { ...current, muted, deafened };
  }
  if (channel.kind !== 'voice' && channel.kind !== 'stage')
    throw new InvalidRequest(`#${channel.name} is not a voice channel`);
  await assertMemberCan(ctx, member, channel, Permission.VIEW_CHANNEL | Permission.CONNECT, 'connect');
  if (channel.user_limit > 0) {
    const inside = await ctx.db
      .selectFrom('sandbox_voice_states')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel_id', '=', channel.id)
      .executeTakeFirst();
    if ((inside?.n ?? 0) >= channel.user_limit)
      throw new InvalidRequest(`voice channel ${channel.name} is full (${channel.user_limit})`);
  }
  const sessionId = await ctx.nextId();
  const joinedAt = ctx.clock.now();
  await ctx.db.deleteFrom('sandbox_voice_states').where('user_id', '=', userId).execute();
  await ctx.db
    .insertInto('sandbox_voice_states')
    .values({
      user_id: userId,
      session_id: sessionId,
      channel_id: channel.id,
      muted: flag(muted),
      deafened: flag(deafened),
      joined_at: joinedAt,
    })
    .execute();
  if (current !== null) await ctx.emit('voice.left', sessionOf, { userId, channelId: current.channelId });
  await ctx.emit('voice.joined', sessionId, { userId, channelId: channel.id, muted, deafened });
  return { userId, channelId: channel.id, muted, deafened, joinedAt };
}
