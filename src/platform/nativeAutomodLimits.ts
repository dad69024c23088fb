import type { NativeAutomodTriggerType } from '../core/DomainEvent.js';
import { NATIVE_AUTOMOD_LIMITS } from './discordLimits.js';
import { InvalidRequest } from './PlatformError.js';
import type {
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
} from './types/NativeAutomod.js';

export { NATIVE_AUTOMOD_LIMITS } from './discordLimits.js';

/** Trigger types whose rules may time the member out. */
const TIMEOUT_TRIGGERS: readonly NativeAutomodTriggerType[] = ['keyword', 'mention_spam'];

/**
 * Refuses a rule Discord would refuse: too many keywords, patterns, allow-list entries,
 * exemptions or mentions, entries too long, a timeout on a trigger that cannot have one or
 * longer than 4 weeks, a block message over 150 characters.
 * @param spec - the rule to create
 * @throws InvalidRequest naming the limit
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object
 */
export function assertNativeAutomodRule(spec: NativeAutomodRuleSpec): void {
  assertNativeAutomodPatch(spec, spec.trigger.type);
}

/**
 * Refuses a rule change Discord would refuse (see {@link assertNativeAutomodRule}).
 * @param patch - the fields to change
 * @param triggerType - the rule's trigger type when known (the timeout check needs it), else null
 * @throws InvalidRequest naming the limit
 */
export function assertNativeAutomodPatch(
  patch: NativeAutomodRulePatch,
  triggerType: NativeAutomodTriggerType | null,
): void {
  const L = NATIVE_AUTOMOD_LIMITS;
  if (patch.name?.trim() === '') throw new InvalidRequest('an AutoMod rule needs a name');
  const trigger = patch.trigger;
  if (trigger !== undefined && triggerType !== null && trigger.type !== triggerType) {
    throw new InvalidRequest(`an AutoMod rule's trigger type cannot change (${triggerType} → ${trigger.type})`);
  }
  if (trigger?.type === 'keyword') {
    assertList('keywords', trigger.keywords, L.keywords, L.keywordLength);
    assertList('regex patterns', trigger.regexPatterns, L.regexPatterns, L.regexPatternLength);
    assertList('allow-list entries', trigger.allowList, L.allowListKeyword, L.allowListEntryLength);
  } else if (trigger?.type === 'keyword_preset') {
    assertList('allow-list entries', trigger.allowList, L.allowListPreset, L.allowListEntryLength);
  } else if (trigger?.type === 'mention_spam') {
    const limit = trigger.mentionTotalLimit;
    if (!Number.isInteger(limit) || limit < 0 || limit > L.mentionTotalLimit) {
      throw new InvalidRequest(`an AutoMod mention limit is a whole number up to ${L.mentionTotalLimit}`);
    }
  }
  if ((patch.exemptRoles?.length ?? 0) > L.exemptRoles) {
    throw new InvalidRequest(`an AutoMod rule exempts at most ${L.exemptRoles} roles`);
  }
  if ((patch.exemptChannels?.length ?? 0) > L.exemptChannels) {
    throw new InvalidRequest(`an AutoMod rule exempts at most ${L.exemptChannels} channels`);
  }
  for (const action of patch.actions ?? []) {
    if (action.type === 'block_message' && (action.customMessage?.length ?? 0) > L.customMessageLength) {
      throw new InvalidRequest(`an AutoMod block message has at most ${L.customMessageLength} characters`);
    }
    if (action.type === 'send_alert_message' && action.channelId === '') {
      throw new InvalidRequest('an AutoMod alert needs a channel');
    }
    if (action.type === 'timeout') {
      const seconds = action.durationSeconds;
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > L.timeoutSeconds) {
        throw new InvalidRequest(`an AutoMod timeout lasts 1 to ${L.timeoutSeconds} seconds (4 weeks)`);
      }
      const type = trigger?.type ?? triggerType;
      if (type !== null && !TIMEOUT_TRIGGERS.includes(type)) {
        throw new InvalidRequest(`only keyword and mention-spam AutoMod rules can time out (not ${type})`);
      }
    }
  }
}

/**
 * Refuses one rule of `type` too many for the guild (6 keyword rules, 1 of every other type).
 * @param existing - the guild's rules now
 * @param type - the trigger type of the rule to create
 * @throws InvalidRequest
 */
export function assertNativeAutomodRoom(
  existing: readonly Pick<NativeAutomodRuleSnapshot, 'trigger'>[],
  type: NativeAutomodTriggerType,
): void {
  if (type === 'other') return;
  const limit = NATIVE_AUTOMOD_LIMITS.rulesPerGuild[type];
  const count = existing.filter((rule) => rule.trigger.type === type).length;
  if (count >= limit) {
    throw new InvalidRequest(
      `a guild has at most ${limit} AutoMod ${type.replace('_', ' ')} rule${limit === 1 ? '' : 's'}`,
    );
  }
}

function assertList(what: string, entries: readonly string[], max: number, maxLength: number): void {
  if (entries.length > max) throw new InvalidRequest(`an AutoMod rule has at most ${max} ${what}`);
  const long = entries.find((entry) => entry.length > maxLength || entry.trim() === '');
  if (long !== undefined) {
    throw new InvalidRequest(`AutoMod ${what} have 1 to ${maxLength} characters: "${long.slice(0, 80)}"`);
  }
}
