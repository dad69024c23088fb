import { Routes } from 'discord.js';
import { z } from 'zod';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import type { OutgoingMessage, SentMessage } from '../Platform.js';
import type { PlatformRest } from './platformRest.js';
import { toMessageBody } from './toDiscordMessage.js';

const editedMessage = z.object({ id: z.string(), channel_id: z.string() });

/**
 * Edits a message the bot posted: content, embeds and components are replaced (what the
 * message leaves out is cleared), fitted to Discord's limits first like `sendMessage`.
 * The `nonce` is not sent (Edit Message has none; repeating an edit changes nothing).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - the channel it is in
 * @param messageId - the bot's message
 * @param outgoing - what it shows from now on
 * @throws InvalidRequest when empty or with too many action rows
 * @see https://discord.com/developers/docs/resources/message#edit-message
 */
export async function editMessage(
  rest: PlatformRest,
  channelId: string,
  messageId: string,
  outgoing: OutgoingMessage,
): Promise<SentMessage> {
  const message = fitMessage(outgoing);
  assertMessageWithinLimits(message);
  const sent = toMessageBody(message);
  const body = {
    content: sent.content ?? '',
    embeds: sent.embeds ?? [],
    components: sent.components ?? [],
    allowed_mentions: sent.allowed_mentions,
  };
  const data = editedMessage.parse(await rest.patch(Routes.channelMessage(channelId, messageId), { body }));
  return { id: data.id, channelId: data.channel_id };
}
