import { GatewayDispatchEvents, type Client } from 'discord.js';
import { z } from 'zod';

const guildCreate = z.object({ id: z.string() });

/**
 * Tells when the gateway may have skipped events of the configured guild: a GUILD_CREATE of
 * it after the platform started. Discord sends one after READY, that is when a new session
 * began because the old one could not be resumed (a resume replays what was missed and
 * sends none), and when the guild comes back after an outage. The GUILD_CREATE of the first
 * connection, before `start()` resolves, is the start's own and is not reported.
 * @see https://discord.com/developers/docs/events/gateway#resuming
 * @see https://discord.com/developers/docs/events/gateway-events#guild-create
 */
export class MissedEventsWatch {
  readonly #client: Client;
  readonly #guildId: string;
  readonly #onMissed: () => void;
  #armed = false;
  readonly #listener = (data: unknown): void => {
    const parsed = guildCreate.safeParse(data);
    if (this.#armed && parsed.success && parsed.data.id === this.#guildId) this.#onMissed();
  };

  /**
   * @param client - the discord.js client whose raw dispatches (`client.ws`) are watched
   * @param guildId - the configured guild
   * @param onMissed - called for each GUILD_CREATE of the guild once armed
   */
  constructor(client: Client, guildId: string, onMissed: () => void) {
    this.#client = client;
    this.#guildId = guildId;
    this.#onMissed = onMissed;
  }

  /** Starts listening (before login); nothing is reported until {@link arm}. */
  attach(): void {
    this.#client.ws.on(GatewayDispatchEvents.GuildCreate, this.#listener);
  }

  /** Reports every later GUILD_CREATE of the guild: call once the first connection is ready. */
  arm(): void {
    this.#armed = true;
  }

  /** Stops listening. */
  detach(): void {
    this.#armed = false;
    this.#client.ws.removeListener(GatewayDispatchEvents.GuildCreate, this.#listener);
  }
}
