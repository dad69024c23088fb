import type { z } from 'zod';
import type { AutomodAction } from '../automodEvents.js';
import type { Logger } from '../../../core/Logger.js';
import type { Platform } from '../../../platform/Platform.js';
import type { PartInfo } from './Part.js';
import type { Detection, MessageRef } from './TriggerPart.js';

/** A rule firing, as effects see it. */
export interface Firing {
  guildId: string;
  ruleId: string;
  ruleName: string;
  detection: Detection;
  /** Where it happened (null for a join). */
  channelId: string | null;
  /** Members the member effects apply to (participants not yet sanctioned for this incident). */
  userIds: string[];
  /** True when the rule already fired for the same member (or raid) within its cooldown. */
  repeat: boolean;
}

/** What effects may do, and where they put what they ask of the moderation module. */
export interface EffectContext {
  platform: Platform;
  log: Logger;
  /** Epoch ms now. */
  now: number;
  /** Deletes a message once (later calls for the same message do nothing); false when it failed. */
  deleteMessage(message: MessageRef, reason: string): Promise<boolean>;
  /**
   * Sets a channel's slowmode until `until` (epoch ms), then puts the previous value back.
   * @param channelId - the channel
   * @param seconds - seconds between messages per member
   * @param until - when to put the previous slowmode back
   * @param ruleId - the rule asking
   */
  setSlowmode(channelId: string, seconds: number, until: number, ruleId: string): Promise<void>;
  /** Ids of messages deleted by this firing. */
  readonly deleted: string[];
  /** Requests for the moderation module, carried by `automod.rule_triggered`. */
  readonly actions: AutomodAction[];
}

/**
 * What an effect acts on, which decides when it runs again while the rule is in its
 * cooldown: `message` effects run on every match (each new copy is deleted), `member`
 * effects only for members not yet sanctioned for the incident (new raid joiners), `server`
 * effects once per incident (one slowmode, one alert).
 */
export type EffectScope = 'message' | 'member' | 'server';

/** A compiled effect. */
export interface EffectRun {
  scope: EffectScope;
  run(firing: Firing, ctx: EffectContext): Promise<void>;
}

/** An effect part. */
export interface EffectPart<S = Record<string, unknown>> extends PartInfo {
  compile(settings: S): EffectRun;
}

/**
 * Declares an effect, typing `compile`'s settings from the schema.
 * @param part - id, name, description, settings schema and compile
 */
export function defineEffect<S extends z.ZodObject>(
  part: Omit<EffectPart<z.output<S>>, 'settings'> & { settings: S },
): EffectPart<z.output<S>> {
  return part;
}
