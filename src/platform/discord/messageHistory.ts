import { Routes } from 'discord.js';
import { z } from 'zod';
import type { DomainEventOf } from '../../core/DomainEvent.js';
import { CHANNEL_MESSAGES_PAGE_LIMIT } from '../discordLimits.js';
import type { ChannelHistory } from '../Platform.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { normaliseMessageCreated } from './normaliseMessage.js';
import type { PlatformRest } from './platformRest.js';
import { RecentDepartures } from './RecentDepartures.js';

const withId = z.object({ id: z.string() });

/** Who reads the history: the guild (history entries carry none) and the bot (whose messages yield nothing). */
export interface HistoryReader {
  guildId: string;
  botUserId: string | null;
  /** Epoch ms now (the injected clock). */
  now: number;
}

/**
 * A channel's messages after a message id, oldest first, at most `limit`, through Get Channel
 * Messages with `after` (100 per request; Discord answers the messages right after the
 * cursor, newest first, so each page continues after the newest of the last). Each message
 * goes through the same normaliser as MESSAGE_CREATE, so its event has the live path's id
 * (`discord:message.created:<id>`) and payload; an unreadable one is skipped.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param reader - guild, bot, time
 * @param channelId - the channel or thread
 * @param afterMessageId - read messages newer than this snowflake
 * @param limit - most messages to read
 * @throws NotFound (`channel`), Forbidden (no View Channel or Read Message History)
 * @see https://discord.com/developers/docs/resources/message#get-channel-messages
 */
export async function fetchMessagesAfter(
  rest: PlatformRest,
  reader: HistoryReader,
  channelId: string,
  afterMessageId: string,
  limit: number,
): Promise<ChannelHistory> {
  const ctx: NormaliseContext = {
    guildId: reader.guildId,
    botUserId: reader.botUserId,
    receivedAt: reader.now,
    cache: { member: () => null, voiceState: () => null, messageAuthor: () => null },
    departures: new RecentDepartures(1),
  };
  const events: DomainEventOf<'message.created'>[] = [];
  let after = afterMessageId;
  let read = 0;
  let newestMessageId: string | null = null;
  while (read < limit) {
    const want = Math.min(CHANNEL_MESSAGES_PAGE_LIMIT, limit - read);
    const query = new URLSearchParams({ after, limit: String(want) });
    const page = z.array(z.unknown()).parse(await rest.get(Routes.channelMessages(channelId), { query }));
    const messages = page
      .map((data) => ({ data, id: withId.safeParse(data).data?.id }))
      .filter((m): m is { data: unknown; id: string } => m.id !== undefined)
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    for (const { data, id } of messages) {
      events.push(...normaliseHistoryMessage(data, channelId, ctx));
      newestMessageId = id;
      after = id;
    }
    read += messages.length;
    if (page.length < want) return { events, newestMessageId, complete: true };
  }
  return { events, newestMessageId, complete: false };
}

function normaliseHistoryMessage(
  data: unknown,
  channelId: string,
  ctx: NormaliseContext,
): DomainEventOf<'message.created'>[] {
  const fields = typeof data === 'object' && data !== null ? data : {};
  try {
    // History entries carry no guild_id; the gateway's MESSAGE_CREATE does.
    return normaliseMessageCreated({ channel_id: channelId, ...fields, guild_id: ctx.guildId }, ctx).filter(
      (event): event is DomainEventOf<'message.created'> => event.type === 'message.created',
    );
  } catch {
    return [];
  }
}
