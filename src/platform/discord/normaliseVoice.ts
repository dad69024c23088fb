import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import type { NormaliseContext } from './NormaliseContext.js';

const voiceState = z.object({
  guild_id: z.string(),
  user_id: z.string(),
  channel_id: z.string().nullish(),
  session_id: z.string().default('nosession'),
  mute: z.boolean().default(false),
  deaf: z.boolean().default(false),
  self_mute: z.boolean().default(false),
  self_deaf: z.boolean().default(false),
});

/**
 * VOICE_STATE_UPDATE → `voice.joined` / `voice.left` (both on a move) / `voice.mute_changed`,
 * by comparing with the voice state discord.js cached before this update. An update that
 * changes neither channel nor mute/deafen (a redelivery, video or stream toggles) yields
 * nothing — that is what deduplicates a redelivered voice update.
 *
 * Ids: `discord:voice.<joined|left|mute_changed>:<guild>:<user>:<sessionId>:<channel>[:m<0|1>d<0|1>]:<receivedAtMs>`.
 * Voice payloads carry no timestamp, and session + channel repeat when a member leaves
 * and rejoins the same channel from the same client, so the receipt time is part of the id.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id, receipt time, cache (still holding the previous state)
 * @see https://discord.com/developers/docs/events/gateway-events#voice-state-update
 */
export function normaliseVoiceState(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = voiceState.parse(data);
  if (d.user_id === ctx.botUserId) return [];
  const before = ctx.cache.voiceState(d.user_id);
  const from = before?.channelId ?? null;
  const to = d.channel_id ?? null;
  const muted = d.mute || d.self_mute;
  const deafened = d.deaf || d.self_deaf;
  const base = { guildId: d.guild_id, occurredAt: ctx.receivedAt, source: 'discord' };
  const key = (channelId: string): string => `${d.guild_id}:${d.user_id}:${d.session_id}:${channelId}`;
  const events: DomainEvent[] = [];
  if (from !== null && from !== to) {
    events.push(
      domainEvent('voice.left', {
        ...base,
        id: `discord:voice.left:${key(from)}:${ctx.receivedAt}`,
        payload: { userId: d.user_id, channelId: from },
      }),
    );
  }
  if (to !== null && from !== to) {
    events.push(
      domainEvent('voice.joined', {
        ...base,
        id: `discord:voice.joined:${key(to)}:${ctx.receivedAt}`,
        payload: { userId: d.user_id, channelId: to, muted, deafened },
      }),
    );
  }
  if (to !== null && from === to && before !== null && (before.muted !== muted || before.deafened !== deafened)) {
    const flags = `m${muted ? 1 : 0}d${deafened ? 1 : 0}`;
    events.push(
      domainEvent('voice.mute_changed', {
        ...base,
        id: `discord:voice.mute_changed:${key(to)}:${flags}:${ctx.receivedAt}`,
        payload: { userId: d.user_id, channelId: to, muted, deafened },
      }),
    );
  }
  return events;
}
