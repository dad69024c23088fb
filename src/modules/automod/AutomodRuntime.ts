import type { ModuleContext } from '../../core/defineModule.js';
import type { AutomodConfig } from './AutomodConfig.js';
import { GuildMemory } from './memory/GuildMemory.js';
import { MemberDirectory } from './memory/MemberDirectory.js';
import type { TriggerEnv } from './parts/TriggerPart.js';
import { PhishingList } from './phishing/PhishingList.js';
import { shippedPhishingDomains } from './phishing/shippedPhishingDomains.js';
import type { CompiledRule } from './rules/CompiledRule.js';
import { compileRules } from './rules/compileRules.js';
import { normaliseDomain } from './triggers/domainList.js';

/** How long this server's own invite codes are trusted before being read again. */
const INVITES_TTL_MS = 10 * 60_000;

/**
 * Everything automod keeps between events for one engine: the compiled rules, per-guild
 * memory, the member directory, the phishing list and the server's invite codes.
 */
export class AutomodRuntime {
  readonly rules: readonly CompiledRule[];
  readonly members = new MemberDirectory();
  /** The longest window any rule looks back. */
  readonly retainMs: number;
  #phishing: PhishingList;
  readonly #extraDomains: readonly string[];
  readonly #memories = new Map<string, GuildMemory>();
  readonly #invites = new Map<string, { codes: ReadonlySet<string>; at: number }>();

  /** @param config - the parsed `automod:` section */
  constructor(config: AutomodConfig) {
    this.rules = compileRules(config);
    const windows = this.rules.flatMap((r) => [...r.messageTriggers, ...r.joinTriggers].map((t) => t.windowMs));
    this.retainMs = Math.max(60_000, ...windows);
    this.#extraDomains = config.phishing.extraDomains.map(normaliseDomain);
    this.#phishing = new PhishingList([...shippedPhishingDomains(), ...this.#extraDomains]);
    this.phishingAllow = config.phishing.allowDomains.map(normaliseDomain);
  }

  /** Domains never reported as phishing, as links are compared. */
  readonly phishingAllow: readonly string[];

  /** The phishing list in use. */
  get phishing(): PhishingList {
    return this.#phishing;
  }

  /**
   * Adds a fetched list to the shipped one (and the configured extra domains).
   * @param domains - the fetched domains
   */
  usePhishingDomains(domains: readonly string[]): void {
    this.#phishing = new PhishingList([...shippedPhishingDomains(), ...domains, ...this.#extraDomains]);
  }

  /** The memory of one guild. */
  memory(guildId: string): GuildMemory {
    let memory = this.#memories.get(guildId);
    if (memory === undefined) {
      memory = new GuildMemory(this.retainMs);
      this.#memories.set(guildId, memory);
    }
    return memory;
  }

  /**
   * What triggers read for one guild: its memory, the phishing list and its invite codes.
   * @param ctx - module context
   * @param guildId - the guild
   */
  env(ctx: ModuleContext<AutomodConfig>, guildId: string): TriggerEnv {
    return {
      memory: this.memory(guildId),
      phishing: this.#phishing,
      phishingAllow: this.phishingAllow,
      ownInviteCodes: () => this.ownInviteCodes(ctx, guildId),
    };
  }

  /**
   * The guild's own invite codes, read at most every 10 minutes; empty (and logged) when
   * the platform cannot list them.
   * @param ctx - module context
   * @param guildId - the guild
   */
  async ownInviteCodes(ctx: ModuleContext<AutomodConfig>, guildId: string): Promise<ReadonlySet<string>> {
    const now = ctx.clock.now();
    const cached = this.#invites.get(guildId);
    if (cached !== undefined && now - cached.at < INVITES_TTL_MS) return cached.codes;
    let codes: ReadonlySet<string>;
    try {
      codes = new Set((await ctx.platform.listInvites(guildId)).map((i) => i.code.toLowerCase()));
    } catch (error) {
      ctx.log.warn({ err: error }, "automod: cannot list the server's invites; only allowCodes are allowed");
      codes = new Set();
    }
    this.#invites.set(guildId, { codes, at: now });
    return codes;
  }
}

const runtimes = new WeakMap<object, AutomodRuntime>();

/**
 * The runtime of an engine's automod (one per module context, made on first use).
 * @param ctx - module context
 */
export function automodRuntime(ctx: ModuleContext<AutomodConfig>): AutomodRuntime {
  let runtime = runtimes.get(ctx);
  if (runtime === undefined) {
    runtime = new AutomodRuntime(ctx.config);
    runtimes.set(ctx, runtime);
  }
  return runtime;
}
