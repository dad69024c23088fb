import type { ModuleBase } from '../../core/defineModule.js';
import type { AutomodConfig } from './AutomodConfig.js';
import { BoundedMap } from './memory/BoundedMap.js';
import { GuildMemory } from './memory/GuildMemory.js';
import type { TriggerEnv } from './parts/TriggerPart.js';
import { PhishingList } from './phishing/PhishingList.js';
import { shippedPhishingDomains } from './phishing/shippedPhishingDomains.js';
import type { CompiledRule } from './rules/CompiledRule.js';
import { compileRules } from './rules/compileRules.js';
import { normaliseDomain } from './triggers/domainList.js';
import { CommunitySpam, type LearnedExample } from './spam/CommunitySpam.js';
import { PromoDomains, shippedPromoDomains } from './spam/PromoDomains.js';
import { shippedSpamModel } from './spam/shippedSpamModel.js';
import type { SpamModel } from './spam/SpamModel.js';
import { MessageText } from './text/MessageText.js';

/** How long this server's own invite codes are trusted before being read again. */
const INVITES_TTL_MS = 10 * 60_000;
/** Guilds whose memory and invite codes are kept (one process serves one community today). */
const MAX_GUILDS = 100;

/** What the runtime reads the platform with (any module context, or the base `setup` gets). */
export type RuntimeDeps = Pick<ModuleBase<AutomodConfig>, 'platform' | 'clock' | 'log'>;

/**
 * Everything automod keeps between events for one engine: the compiled rules, per-guild
 * memory, the phishing list and the server's invite codes. Part of the module's state
 * (`ctx.state.runtime`), made once per engine by `setup`.
 */
export class AutomodRuntime {
  readonly rules: readonly CompiledRule[];
  /** The longest window any rule looks back. */
  readonly retainMs: number;
  /** Domains never reported as phishing, as links are compared. */
  readonly phishingAllow: readonly string[];
  #phishing: PhishingList;
  /** The shipped list, read once. */
  readonly #shipped: readonly string[];
  readonly #extraDomains: readonly string[];
  readonly #memories = new BoundedMap<string, GuildMemory>(MAX_GUILDS);
  readonly #invites = new BoundedMap<string, { codes: ReadonlySet<string>; at: number }>(MAX_GUILDS);
  /** The shipped spam model and promotional domains, read once. */
  readonly spamModel: SpamModel;
  readonly promoDomains: PromoDomains;
  readonly #learningWeight: number;
  readonly #communitySpam = new BoundedMap<string, CommunitySpam>(MAX_GUILDS);
  readonly #nothingLearned: CommunitySpam;

  /** @param config - the parsed `automod:` section */
  constructor(config: AutomodConfig) {
    this.rules = compileRules(config);
    const windows = this.rules.flatMap((r) => [...r.messageTriggers, ...r.joinTriggers].map((t) => t.windowMs));
    this.retainMs = Math.max(60_000, ...windows);
    this.#shipped = shippedPhishingDomains();
    this.#extraDomains = config.phishing.extraDomains.map(normaliseDomain);
    this.#phishing = new PhishingList([...this.#shipped, ...this.#extraDomains]);
    this.phishingAllow = config.phishing.allowDomains.map(normaliseDomain);
    this.spamModel = shippedSpamModel();
    this.promoDomains = new PromoDomains(shippedPromoDomains());
    this.#learningWeight = config.spamLearning.weight;
    this.#nothingLearned = new CommunitySpam([], 1, this.promoDomains, (c) => new MessageText(c));
  }

  /**
   * Replaces what one community taught the spam triggers.
   * @param guildId - the guild
   * @param examples - its decided messages, oldest first
   */
  useLearnedSpam(guildId: string, examples: readonly LearnedExample[]): void {
    this.#communitySpam.set(
      guildId,
      new CommunitySpam(examples, this.#learningWeight, this.promoDomains, (c) => new MessageText(c)),
    );
  }

  /**
   * What one community taught the spam triggers (nothing until {@link useLearnedSpam}).
   * @param guildId - the guild
   */
  learnedSpam(guildId: string): CommunitySpam {
    return this.#communitySpam.get(guildId) ?? this.#nothingLearned;
  }

  /** The phishing list in use. */
  get phishing(): PhishingList {
    return this.#phishing;
  }

  /**
   * Adds a fetched list to the shipped one (and the configured extra domains).
   * @param domains - the fetched domains
   */
  usePhishingDomains(domains: readonly string[]): void {
    this.#phishing = new PhishingList([...this.#shipped, ...domains, ...this.#extraDomains]);
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
   * The memory of one guild when there is one (nothing is made).
   * @param guildId - the guild
   */
  existingMemory(guildId: string): GuildMemory | undefined {
    return this.#memories.get(guildId);
  }

  /**
   * What triggers read for one guild: its memory, the phishing list and its invite codes.
   * @param deps - platform, clock and log
   * @param guildId - the guild
   */
  env(deps: RuntimeDeps, guildId: string): TriggerEnv {
    return {
      memory: this.memory(guildId),
      phishing: this.#phishing,
      phishingAllow: this.phishingAllow,
      ownInviteCodes: () => this.ownInviteCodes(deps, guildId),
      spam: { model: this.spamModel, promo: this.promoDomains, community: this.learnedSpam(guildId) },
    };
  }

  /**
   * The guild's own invite codes, read at most every 10 minutes; empty (and logged) when
   * the platform cannot list them.
   * @param deps - platform, clock and log
   * @param guildId - the guild
   */
  async ownInviteCodes(deps: RuntimeDeps, guildId: string): Promise<ReadonlySet<string>> {
    const now = deps.clock.now();
    const cached = this.#invites.get(guildId);
    if (cached !== undefined && now - cached.at < INVITES_TTL_MS) return cached.codes;
    let codes: ReadonlySet<string>;
    try {
      codes = new Set((await deps.platform.listInvites(guildId)).map((i) => i.code.toLowerCase()));
    } catch (error) {
      deps.log.warn({ err: error }, "automod: cannot list the server's invites; only allowCodes are allowed");
      codes = new Set();
    }
    this.#invites.set(guildId, { codes, at: now });
    return codes;
  }
}
