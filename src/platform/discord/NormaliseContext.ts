import type { DomainEvent } from '../../core/DomainEvent.js';
import type { RecentDepartures } from './RecentDepartures.js';

/**
 * What a normaliser may know besides the payload. Normalisers run synchronously when the
 * gateway packet arrives, before discord.js applies it to its cache, so `cache` answers
 * with the state *before* the event (previous roles, previous voice channel…).
 */
export interface NormaliseContext {
  /** The only guild Guildhall listens to. */
  guildId: string;
  /** The bot's own user id (its messages and reactions are ignored), null before READY. */
  botUserId: string | null;
  /** Epoch ms the packet was received (injected clock); used when a payload has no time. */
  receivedAt: number;
  cache: GuildCacheView;
  departures: RecentDepartures;
}

/** Read-only view of discord.js's cache for the configured guild. */
export interface GuildCacheView {
  /** A cached member, or null when discord.js does not know them. */
  member(userId: string): CachedMember | null;
  /** A member's cached voice state, or null when unknown. */
  voiceState(userId: string): CachedVoiceState | null;
  /** Author of a cached message, or null when the message is not cached. */
  messageAuthor(channelId: string, messageId: string): string | null;
}

/** The parts of a cached guild member that normalisers compare against. */
export interface CachedMember {
  /** Role ids without @everyone. */
  roles: string[];
  nickname: string | null;
  pending: boolean;
  /** Epoch ms, null when discord.js has a partial member. */
  joinedAt: number | null;
}

/** The parts of a cached voice state that normalisers compare against. */
export interface CachedVoiceState {
  channelId: string | null;
  sessionId: string | null;
  muted: boolean;
  deafened: boolean;
}

/** Turns one gateway payload (`d`) into zero or more domain events. */
export type Normaliser = (data: unknown, ctx: NormaliseContext) => DomainEvent[];
