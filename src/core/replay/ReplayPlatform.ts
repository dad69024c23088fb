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

/** Effects that answer with a value: a stand-in the handler can carry on with. */
const STAND_INS: Record<string, (args: unknown[]) => unknown> = {
  sendMessage: (args) => ({ id: 'replay:discarded', channelId: args[0] }),
  sendDirectMessage: () => ({ deliveredVia: 'queued', message: null }),
};

/**
 * The platform replayed handlers see (history import): reads go to the real platform, every
 * effect — messages, DMs, roles, sanctions, channels, interaction answers — is discarded and
 * counted, so replaying the past never acts on Discord. A message answers with the stand-in
 * id `replay:discarded`; an effect that returns a snapshot (creating a channel, role or
 * thread) throws, since no handler should create server structure from history.
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
