import type { DiscordTestServer } from './DiscordTestServer.js';
import type { FixtureObject } from './fixtures.js';

/**
 * Gives a channel of the fake Discord a message history that Get Channel Messages answers as
 * Discord does: `limit` 1–100 (default 50); with `after`, the messages right after that id
 * (the oldest ones), else the newest; newest first either way. Push to the array to add messages.
 * @param discord - the fake Discord
 * @param channelId - the channel
 * @param messages - its messages, as REST message objects (any order)
 * @see https://discord.com/developers/docs/resources/message#get-channel-messages
 */
export function channelHistory(discord: DiscordTestServer, channelId: string, messages: FixtureObject[]): void {
  discord.route('GET', `/channels/${channelId}/messages`, (request) => {
    const query = new URLSearchParams(request.query);
    const limit = Math.min(100, Number(query.get('limit') ?? '50'));
    const after = query.get('after');
    const byId = [...messages].sort((a, b) => (BigInt(String(a.id)) < BigInt(String(b.id)) ? -1 : 1));
    const page =
      after === null ? byId.slice(-limit) : byId.filter((m) => BigInt(String(m.id)) > BigInt(after)).slice(0, limit);
    return { status: 200, body: page.reverse() };
  });
}
