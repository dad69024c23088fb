import type { Platform } from '../../platform/Platform.js';

/** Reads a replayed handler may make: answered by the real platform. */
const READS = new Set<string>([
  'kind',
  'fetchMember',
  'fetchAllMembers',
  'fetchMessagesAfter',
  'fetchGuild',
  'listInvites',
  'listAutoModerationRules',
  'listScheduledEvents',
  'listScheduledEventUsers',
]);

/**
 * Reads of live state, which the past does not have: answered without asking the platform
 * (a replayed handler must not see who is in voice now as if they were there then).
 */
const NOT_LIVE: Record<string, () => unknown> = {
  listVoiceMembers: () => [],
};

/** Effects that answer with a value: a stand-in the handler can carry on with. */
const STAND_INS: Record<string, (args: unknown[]) => unknown> = {
  sendMessage: (args) => ({ id: 'replay:discarded', channelId: args[0] }),
  sendDirectMessage: () => ({ deliveredVia: 'queued', message: null }),
  editMessage: (args) => ({ id: args[1], channelId: args[0] }),
};

/**
 * The platform replayed handlers see (history import): reads go to the real platform (those
 * of live state, like who is in voice now, answer empty), every effect — messages, DMs,
 * roles, sanctions, channels, interaction answers — is discarded and counted, so replaying
 * the past never acts on Discord. A message answers with the stand-in
 * id `replay:discarded` (an edit with the id it was given); an effect that returns a snapshot (creating a channel, role,
 * thread or forum post) throws, since no handler should create server structure from history.
 */
export class ReplayPlatform {
  /** Discarded effects by method name. */
  readonly discarded = new Map<string, number>();
  /** The platform to hand to replayed handlers. */
  readonly platform: Platform;

  /** @param inner - the real platform, for reads */
  constructor(inner: Platform) {
    this.platform = new Proxy(inner, {
      get: (target, property, receiver) => {
        const name = String(property);
        const notLive = NOT_LIVE[name];
        if (notLive !== undefined) return () => Promise.resolve(notLive());
        const value: unknown = Reflect.get(target, property, receiver);
        if (READS.has(name) || typeof value !== 'function') {
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
        return (...args: unknown[]) => this.#discard(name, args);
      },
    });
  }

  /** How many effects were discarded in all. */
  get discardedTotal(): number {
    let total = 0;
    for (const n of this.discarded.values()) total += n;
    return total;
  }

  #discard(name: string, args: unknown[]): Promise<unknown> {
    if (name === 'start' || name === 'stop') return Promise.resolve();
    this.discarded.set(name, (this.discarded.get(name) ?? 0) + 1);
    const standIn = STAND_INS[name];
    if (standIn !== undefined) return Promise.resolve(standIn(args));
    if (/^(create|edit)/.test(name)) {
      return Promise.reject(new Error(`replay: ${name} is not available when replaying history (discarded)`));
    }
    return Promise.resolve(undefined);
  }
}
