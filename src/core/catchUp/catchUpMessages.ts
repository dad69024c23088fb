import type { Logger } from '../Logger.js';
import type { DomainEvent } from '../DomainEvent.js';
import type { ChannelKind, Platform } from '../../platform/Platform.js';
import { Forbidden, isNotFound } from '../../platform/PlatformError.js';
import type { CatchUpDatabase } from './CatchUpTables.js';
import { setChannelCursor } from './projectEventLog.js';
import { snowflakeTime } from '../../platform/snowflakes.js';
import { snowflakeAt } from './snowflakes.js';

/** Channels of these kinds hold messages of their own (forums hold threads, categories nothing). */
const MESSAGE_KINDS: readonly ChannelKind[] = ['text', 'announcement', 'voice', 'stage'];

/**
 * A channel missing from the guild's channel list (a thread: Discord lists them apart) is
 * still read when Guildhall saw a message in it this recently.
 */
export const THREAD_ACTIVE_MS = 7 * 86_400_000;

/** Records an event; says whether it was new to the event log. */
export type CatchUpIngest = (event: DomainEvent) => Promise<{ recorded: boolean }>;

/** What reading back messages needs. */
export interface MessageCatchUpDeps {
  db: CatchUpDatabase;
  platform: Platform;
  guildId: string;
  ingest: CatchUpIngest;
  log: Logger;
  /** Most messages read per channel (`catchUp.maxMessagesPerChannel`). */
  limit: number;
  /** Epoch ms of the first catch-up: a channel never seen is read from then. */
  baselineAt: number;
  /** The first catch-up: channels never seen are not read (nothing is made up from before Guildhall ran). */
  first: boolean;
  /** Epoch ms now. */
  now: number;
}

/** What reading back messages did. */
export interface MessageCatchUp {
  /** Messages recorded (new to the event log). */
  messages: number;
  /** Channels in which at least one message was recorded. */
  channels: number;
  /** Channels with more than `limit` messages to read: the rest are read at the next catch-up. */
  backlogs: number;
  /** Channels the bot may not read (no View Channel or Read Message History), or that failed. */
  unreadable: number;
}

/**
 * Reads back, for each channel, the messages posted after the newest one Guildhall saw there
 * (or since the first catch-up for a channel it never saw a message in), oldest first and at
 * most `limit`, and records them: their ids are the live path's, so a message the gateway
 * also delivered is recorded once. A channel whose messages go beyond `limit` keeps a
 * backlog, read from where this catch-up stopped at the next one.
 * @param deps - database, platform, guild, ingest, limits and times
 */
export async function catchUpMessages(deps: MessageCatchUpDeps): Promise<MessageCatchUp> {
  const { db, platform, guildId, log } = deps;
  const result: MessageCatchUp = { messages: 0, channels: 0, backlogs: 0, unreadable: 0 };
  if (deps.limit <= 0) return result;
  const guild = await platform.fetchGuild(guildId);
  const cursors = new Map(
    (
      await db
        .selectFrom('catch_up_channels')
        .select(['channel_id', 'last_message_id', 'backlog'])
        .where('guild_id', '=', guildId)
        .execute()
    ).map((row) => [row.channel_id, row]),
  );
  const listed = guild.channels.filter((c) => MESSAGE_KINDS.includes(c.kind)).map((c) => c.id);
  const recent = [...cursors.values()]
    .filter((row) => row.backlog === 1 || snowflakeTime(row.last_message_id) >= deps.now - THREAD_ACTIVE_MS)
    .map((row) => row.channel_id);
  for (const channelId of new Set([...listed, ...recent])) {
    const cursor = cursors.get(channelId);
    if (cursor === undefined && deps.first) continue;
    const after = cursor?.last_message_id ?? snowflakeAt(deps.baselineAt);
    let history;
    try {
      history = await platform.fetchMessagesAfter(guildId, channelId, after, deps.limit);
    } catch (error) {
      if (isNotFound(error, 'channel')) {
        await db
          .deleteFrom('catch_up_channels')
          .where('guild_id', '=', guildId)
          .where('channel_id', '=', channelId)
          .execute();
        continue;
      }
      result.unreadable += 1;
      if (!(error instanceof Forbidden)) log.warn({ err: error, channelId }, 'catch-up: could not read a channel');
      continue;
    }
    let recorded = 0;
    for (const event of history.events) if ((await deps.ingest(event)).recorded) recorded += 1;
    result.messages += recorded;
    if (recorded > 0) result.channels += 1;
    if (!history.complete) result.backlogs += 1;
    if (history.newestMessageId !== null) {
      await setChannelCursor(db, guildId, channelId, history.newestMessageId, !history.complete);
    } else if (cursor?.backlog === 1) {
      await setChannelCursor(db, guildId, channelId, cursor.last_message_id, false);
    }
  }
  return result;
}
