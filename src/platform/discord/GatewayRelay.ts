import { GatewayDispatchEvents, type Client } from 'discord.js';
import type { Clock } from '../../core/Clock.js';
import type { DomainEvent } from '../../core/DomainEvent.js';
import type { Logger } from '../../core/Logger.js';
import type { EventSink } from '../Platform.js';
import { discordCacheView, type GatewayMembers } from './discordCacheView.js';
import { guildScoped } from './gatewaySchemas.js';
import type { GuildCacheView, Normaliser } from './NormaliseContext.js';
import { normaliseAutoModerationAction } from './normaliseAutoModeration.js';
import { normaliseInteraction } from './normaliseInteraction.js';
import { normaliseInviteCreated } from './normaliseInvite.js';
import { normaliseMemberJoined, normaliseMemberLeft, normaliseMemberUpdated } from './normaliseMember.js';
import {
  normaliseMessageCreated,
  normaliseMessageDeleted,
  normaliseMessageEdited,
  normaliseMessagesBulkDeleted,
} from './normaliseMessage.js';
import { normaliseReactionAdded, normaliseReactionRemoved } from './normaliseReaction.js';
import {
  normaliseScheduledEventCreated,
  normaliseScheduledEventDeleted,
  normaliseScheduledEventUpdated,
  normaliseScheduledEventUserAdded,
  normaliseScheduledEventUserRemoved,
} from './normaliseScheduledEvent.js';
import { normaliseThreadCreated, normaliseThreadUpdated } from './normaliseThread.js';
import { normaliseVoiceState } from './normaliseVoice.js';
import { RecentDepartures } from './RecentDepartures.js';

/** Which gateway dispatch becomes which domain events. */
export const GATEWAY_NORMALISERS: readonly (readonly [GatewayDispatchEvents, Normaliser])[] = [
  [GatewayDispatchEvents.GuildMemberAdd, normaliseMemberJoined],
  [GatewayDispatchEvents.GuildMemberRemove, normaliseMemberLeft],
  [GatewayDispatchEvents.GuildMemberUpdate, normaliseMemberUpdated],
  [GatewayDispatchEvents.MessageCreate, normaliseMessageCreated],
  [GatewayDispatchEvents.MessageUpdate, normaliseMessageEdited],
  [GatewayDispatchEvents.MessageDelete, normaliseMessageDeleted],
  [GatewayDispatchEvents.MessageDeleteBulk, normaliseMessagesBulkDeleted],
  [GatewayDispatchEvents.MessageReactionAdd, normaliseReactionAdded],
  [GatewayDispatchEvents.MessageReactionRemove, normaliseReactionRemoved],
  [GatewayDispatchEvents.VoiceStateUpdate, normaliseVoiceState],
  [GatewayDispatchEvents.ThreadCreate, normaliseThreadCreated],
  [GatewayDispatchEvents.ThreadUpdate, normaliseThreadUpdated],
  [GatewayDispatchEvents.GuildScheduledEventCreate, normaliseScheduledEventCreated],
  [GatewayDispatchEvents.GuildScheduledEventUpdate, normaliseScheduledEventUpdated],
  [GatewayDispatchEvents.GuildScheduledEventDelete, normaliseScheduledEventDeleted],
  [GatewayDispatchEvents.GuildScheduledEventUserAdd, normaliseScheduledEventUserAdded],
  [GatewayDispatchEvents.GuildScheduledEventUserRemove, normaliseScheduledEventUserRemoved],
  [GatewayDispatchEvents.InviteCreate, normaliseInviteCreated],
  [GatewayDispatchEvents.InteractionCreate, normaliseInteraction],
  [GatewayDispatchEvents.AutoModerationActionExecution, normaliseAutoModerationAction],
];

/** What the relay needs besides the client. */
export interface GatewayRelayOptions {
  guildId: string;
  clock: Clock;
  log: Logger;
  sink: EventSink;
  /**
   * Members as the gateway last described them, read before the dispatch is applied to them
   * (attach the relay first): the adapter's `MemberCache`.
   */
  members: GatewayMembers;
}

/**
 * Listens to discord.js's raw gateway dispatches (`client.ws`, emitted before discord.js
 * updates its cache), normalises those of the configured guild (and interactions from direct
 * messages, which carry no guild) and hands the events to the
 * sink one at a time, in gateway order. A sink failure is logged and does not stop the
 * next event.
 */
export class GatewayRelay {
  readonly #client: Client;
  readonly #options: GatewayRelayOptions;
  readonly #cache: GuildCacheView;
  readonly #departures = new RecentDepartures();
  readonly #listeners: [GatewayDispatchEvents, (data: unknown) => void][] = [];
  #tail: Promise<void> = Promise.resolve();

  /**
   * @param client - a discord.js client (not necessarily logged in yet)
   * @param options - guild, clock, logger and sink
   */
  constructor(client: Client, options: GatewayRelayOptions) {
    this.#client = client;
    this.#options = options;
    this.#cache = discordCacheView(client, options.guildId, options.members);
  }

  /** Starts listening. */
  attach(): void {
    for (const [name, normalise] of GATEWAY_NORMALISERS) {
      const listener = (data: unknown): void => {
        this.#receive(name, normalise, data);
      };
      this.#client.ws.on(name, listener);
      this.#listeners.push([name, listener]);
    }
  }

  /** Stops listening; events already normalised are still delivered (see {@link drained}). */
  detach(): void {
    for (const [name, listener] of this.#listeners) this.#client.ws.removeListener(name, listener);
    this.#listeners.length = 0;
  }

  /** Resolves when every event handed to the sink so far has been handled. */
  drained(): Promise<void> {
    return this.#tail;
  }

  #receive(name: GatewayDispatchEvents, normalise: Normaliser, data: unknown): void {
    const { guildId, clock, log } = this.#options;
    const scope = guildScoped.safeParse(data);
    if (!scope.success) return;
    // Interactions from direct messages (a button on a DM the bot sent) carry no guild: they
    // belong to the community this process manages.
    const directInteraction = name === GatewayDispatchEvents.InteractionCreate && scope.data.guild_id === undefined;
    if (scope.data.guild_id !== guildId && !directInteraction) return;
    let events: DomainEvent[];
    try {
      events = normalise(data, {
        guildId,
        botUserId: this.#client.user?.id ?? null,
        receivedAt: clock.now(),
        cache: this.#cache,
        departures: this.#departures,
      });
    } catch (error) {
      log.warn({ err: error, dispatch: name }, 'discord: unreadable gateway payload skipped');
      return;
    }
    for (const event of events) this.#deliver(event);
  }

  #deliver(event: DomainEvent): void {
    const { sink, log } = this.#options;
    this.#tail = this.#tail
      .then(() => sink(event))
      .catch((error: unknown) => {
        log.error({ err: error, eventId: event.id }, 'discord: event sink failed');
      });
  }
}
