import { RESTJSONErrorCodes, Routes } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../core/Logger.js';
import { MESSAGE_CONTENT_LIMIT } from '../discordLimits.js';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { messageNonce } from '../messageNonce.js';
import type { DirectMessageResult, OutgoingMessage, SentMessage } from '../Platform.js';
import { hasDiscordErrorCode } from './discordErrors.js';
import { toMessageBody } from './toDiscordMessage.js';
import type { PlatformRest } from './platformRest.js';

const createdMessage = z.object({ id: z.string(), channel_id: z.string() });
const dmChannel = z.object({ id: z.string() });

/**
 * Posts a message, fitted to Discord's limits first (`fitMessage`: long text is cut with `…`),
 * after checking the limits fitting cannot fix (nothing is sent when they are broken).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - where to post
 * @param outgoing - what to post
 * @throws InvalidRequest when empty or with too many action rows
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export async function sendMessage(
  rest: PlatformRest,
  channelId: string,
  outgoing: OutgoingMessage,
): Promise<SentMessage> {
  const message = fitMessage(outgoing);
  assertMessageWithinLimits(message);
  return postMessage(rest, channelId, message, []);
}

/**
 * Sends a DM (Create DM, then Create Message). When Discord answers 50007 (DMs closed,
 * blocked bot, no mutual server) the message goes to `fallbackChannelId` prefixed with a
 * mention of the member, or nowhere when there is no fallback.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param log - for the fallback notice
 * @param userId - the recipient
 * @param outgoing - what to send (fitted to Discord's limits first)
 * @param fallbackChannelId - public fallback, or null
 * @see https://discord.com/developers/docs/resources/user#create-dm
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export async function sendDirectMessage(
  rest: PlatformRest,
  log: Logger,
  userId: string,
  outgoing: OutgoingMessage,
  fallbackChannelId: string | null,
): Promise<DirectMessageResult> {
  const message = fitMessage(outgoing);
  assertMessageWithinLimits(message);
  try {
    const channel = dmChannel.parse(await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }));
    return { deliveredVia: 'dm', message: await postMessage(rest, channel.id, message, []) };
  } catch (error) {
    if (!hasDiscordErrorCode(error, RESTJSONErrorCodes.CannotSendMessagesToThisUser)) throw error;
  }
  log.info({ userId, fallbackChannelId }, 'discord: DMs closed, using the fallback channel');
  if (fallbackChannelId === null) return { deliveredVia: 'none', message: null };
  const sent = await postMessage(rest, fallbackChannelId, withMention(message, userId), [userId]);
  return { deliveredVia: 'channel', message: sent };
}

async function postMessage(
  rest: PlatformRest,
  channelId: string,
  message: OutgoingMessage,
  ping: string[],
): Promise<SentMessage> {
  const body = toMessageBody(message, ping);
  if (message.nonce !== undefined) {
    body.nonce = messageNonce(message.nonce);
    body.enforce_nonce = true;
  }
  const data = createdMessage.parse(await rest.post(Routes.channelMessages(channelId), { body }));
  return { id: data.id, channelId: data.channel_id };
}

/** Prefixes `<@user>`; cuts the text (with an ellipsis) if the mention pushes it past 2000. */
function withMention(message: OutgoingMessage, userId: string): OutgoingMessage {
  const mention = `<@${userId}>`;
  const text = message.content ?? '';
  if (text === '') return { ...message, content: mention };
  const room = MESSAGE_CONTENT_LIMIT - mention.length - 1;
  const body = text.length > room ? `${text.slice(0, room - 1)}…` : text;
  return { ...message, content: `${mention} ${body}` };
}
