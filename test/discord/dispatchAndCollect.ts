import type { DomainEvent } from '../../src/core/DomainEvent.js';
import type { ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { newSnowflake } from './fakeDiscordApi.js';
import { TEST_IDS } from './testGuild.js';
import { gatewayMessage } from './gatewayMessage.js';

/**
 * Dispatches gateway events, then a sentinel message, and returns exactly the domain events
 * delivered before the sentinel: an ignored dispatch shows up as nothing, deterministically
 * (the gateway and the platform keep order), without sleeping.
 * @param connected - platform and fake Discord
 * @param dispatches - `[eventName, data]` pairs, sent in order
 */
export async function dispatchAndCollect(
  connected: ConnectedDiscordPlatform,
  dispatches: [string, unknown][],
): Promise<DomainEvent[]> {
  const { discord, recorder } = connected;
  const start = recorder.events.length;
  for (const [name, data] of dispatches) await discord.dispatch(name, data);
  const sentinel = newSnowflake();
  await discord.dispatch('MESSAGE_CREATE', {
    ...gatewayMessage({
      id: sentinel,
      channelId: TEST_IDS.channels.general,
      author: { id: '849000000000000777', username: 'sentinel', discriminator: '0' },
      content: 'sentinel',
    }),
    guild_id: discord.guildId,
  });
  const sentinelId = `discord:message.created:${sentinel}`;
  await recorder.waitFor((event) => event.id === sentinelId);
  const delivered = recorder.events.slice(start);
  return delivered.slice(
    0,
    delivered.findIndex((event) => event.id === sentinelId),
  );
}
