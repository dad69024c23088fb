import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { startDiscordTestServer, type DiscordTestServer, type DiscordTestServerOptions } from './DiscordTestServer.js';
import { EventRecorder } from './EventRecorder.js';

/** A started DiscordPlatform wired to a fresh fake Discord. */
export interface ConnectedDiscordPlatform {
  discord: DiscordTestServer;
  platform: DiscordPlatform;
  recorder: EventRecorder;
  clock: ManualClock;
  /** Stops the platform, then the fake Discord. */
  close(): Promise<void>;
}

/**
 * Starts a fake Discord and a real DiscordPlatform (real discord.js client) connected to it,
 * with a manual clock and events collected by an {@link EventRecorder}.
 * @param options - fake Discord options
 * @param start - epoch ms of the manual clock (default 2026-01-01)
 */
export async function connectDiscordPlatform(
  options: DiscordTestServerOptions = {},
  start = Date.UTC(2026, 0, 1),
): Promise<ConnectedDiscordPlatform> {
  const discord = await startDiscordTestServer(options);
  const clock = new ManualClock(start);
  const platform = unstartedDiscordPlatform(discord, clock);
  const recorder = new EventRecorder();
  await platform.start(recorder.sink);
  return {
    discord,
    platform,
    recorder,
    clock,
    async close() {
      await platform.stop();
      await discord.close();
    },
  };
}

/**
 * A DiscordPlatform for a fake Discord that is never started (as the CLI uses it): every
 * read goes over REST. Call `stop()` when done.
 * @param discord - the fake Discord
 * @param clock - its clock (default a manual one at 2026-01-01)
 */
export function unstartedDiscordPlatform(
  discord: DiscordTestServer,
  clock: ManualClock = new ManualClock(Date.UTC(2026, 0, 1)),
): DiscordPlatform {
  return new DiscordPlatform({
    token: discord.token,
    guildId: discord.guildId,
    apiUrl: discord.apiUrl,
    log: silentLogger(),
    clock,
  });
}
