import {
  AutoModerationActionType,
  AutoModerationRuleEventType,
  AutoModerationRuleKeywordPresetType,
  AutoModerationRuleTriggerType,
  Routes,
} from 'discord.js';
import { z } from 'zod';
import type { NativeAutomodActionType, NativeAutomodTriggerType } from '../../core/DomainEvent.js';
import { assertNativeAutomodPatch, assertNativeAutomodRoom, assertNativeAutomodRule } from '../nativeAutomodLimits.js';
import type {
  NativeAutomodAction,
  NativeAutomodPreset,
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
  NativeAutomodTrigger,
} from '../Platform.js';
import { auditLogReason } from './auditLogReason.js';
import type { PlatformRest } from './platformRest.js';

const TRIGGER_CODES: Record<NativeAutomodTrigger['type'], AutoModerationRuleTriggerType> = {
  keyword: AutoModerationRuleTriggerType.Keyword,
  spam: AutoModerationRuleTriggerType.Spam,
  keyword_preset: AutoModerationRuleTriggerType.KeywordPreset,
  mention_spam: AutoModerationRuleTriggerType.MentionSpam,
};
const PRESET_CODES: Record<NativeAutomodPreset, AutoModerationRuleKeywordPresetType> = {
  profanity: AutoModerationRuleKeywordPresetType.Profanity,
  sexual_content: AutoModerationRuleKeywordPresetType.SexualContent,
  slurs: AutoModerationRuleKeywordPresetType.Slurs,
};

const TRIGGER_NAMES = new Map<number, NativeAutomodTriggerType>([
  ...Object.entries(TRIGGER_CODES).map(([name, code]): [number, NativeAutomodTriggerType] => [
    code,
    name as NativeAutomodTrigger['type'],
  ]),
  [AutoModerationRuleTriggerType.MemberProfile, 'member_profile'],
]);
const ACTION_NAMES = new Map<number, NativeAutomodActionType>([
  [AutoModerationActionType.BlockMessage, 'block_message'],
  [AutoModerationActionType.SendAlertMessage, 'send_alert_message'],
  [AutoModerationActionType.Timeout, 'timeout'],
  [AutoModerationActionType.BlockMemberInteraction, 'block_member_interaction'],
]);
const PRESET_NAMES = new Map<number, NativeAutomodPreset>(
  Object.entries(PRESET_CODES).map(([name, code]): [number, NativeAutomodPreset] => [
    code,
    name as NativeAutomodPreset,
  ]),
);

/**
 * Discord's trigger type number as a name (`other` for one Guildhall does not know).
 * @param code - `trigger_type` / `rule_trigger_type`
 */
export function nativeTriggerType(code: number): NativeAutomodTriggerType {
  return TRIGGER_NAMES.get(code) ?? 'other';
}

/**
 * Discord's action type number as a name (`other` for one Guildhall does not know).
 * @param code - the action's `type`
 */
export function nativeActionType(code: number): NativeAutomodActionType {
  return ACTION_NAMES.get(code) ?? 'other';
}

const apiAction = z.object({
  type: z.number().int(),
  metadata: z
    .object({
      channel_id: z.string().optional(),
      duration_seconds: z.number().int().optional(),
      custom_message: z.string().nullish(),
    })
    .default({}),
});
const apiRule = z.object({
  id: z.string(),
  name: z.string(),
  creator_id: z.string(),
  trigger_type: z.number().int(),
  trigger_metadata: z
    .object({
      keyword_filter: z.array(z.string()).default([]),
      regex_patterns: z.array(z.string()).default([]),
      presets: z.array(z.number().int()).default([]),
      allow_list: z.array(z.string()).default([]),
      mention_total_limit: z.number().int().default(0),
      mention_raid_protection_enabled: z.boolean().default(false),
    })
    .default({
      keyword_filter: [],
      regex_patterns: [],
      presets: [],
      allow_list: [],
      mention_total_limit: 0,
      mention_raid_protection_enabled: false,
    }),
  actions: z.array(apiAction).default([]),
  enabled: z.boolean(),
  exempt_roles: z.array(z.string()).default([]),
  exempt_channels: z.array(z.string()).default([]),
});

/**
 * A rule as the API answers it, platform-neutral.
 * @param data - an auto moderation rule object
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object
 */
export function parseNativeRule(data: unknown): NativeAutomodRuleSnapshot {
  const rule = apiRule.parse(data);
  const meta = rule.trigger_metadata;
  const type = nativeTriggerType(rule.trigger_type);
  let trigger: NativeAutomodRuleSnapshot['trigger'];
  if (type === 'keyword') {
    trigger = { type, keywords: meta.keyword_filter, regexPatterns: meta.regex_patterns, allowList: meta.allow_list };
  } else if (type === 'keyword_preset') {
    const presets = meta.presets.flatMap((code) => PRESET_NAMES.get(code) ?? []);
    trigger = { type, presets, allowList: meta.allow_list };
  } else if (type === 'mention_spam') {
    trigger = {
      type,
      mentionTotalLimit: meta.mention_total_limit,
      raidProtection: meta.mention_raid_protection_enabled,
    };
  } else if (type === 'spam') trigger = { type };
  else trigger = { type, code: rule.trigger_type };
  return {
    id: rule.id,
    name: rule.name,
    creatorId: rule.creator_id,
    trigger,
    actions: rule.actions.map(parseAction),
    enabled: rule.enabled,
    exemptRoles: rule.exempt_roles,
    exemptChannels: rule.exempt_channels,
  };
}

function parseAction(action: z.infer<typeof apiAction>): NativeAutomodRuleSnapshot['actions'][number] {
  const type = nativeActionType(action.type);
  const { metadata } = action;
  if (type === 'block_message') return { type, customMessage: metadata.custom_message ?? null };
  if (type === 'send_alert_message') return { type, channelId: metadata.channel_id ?? '' };
  if (type === 'timeout') return { type, durationSeconds: metadata.duration_seconds ?? 0 };
  return { type, code: action.type };
}

function triggerMetadata(trigger: NativeAutomodTrigger): Record<string, unknown> {
  switch (trigger.type) {
    case 'keyword':
      return {
        keyword_filter: trigger.keywords,
        regex_patterns: trigger.regexPatterns,
        allow_list: trigger.allowList,
      };
    case 'keyword_preset':
      return { presets: trigger.presets.map((p) => PRESET_CODES[p]), allow_list: trigger.allowList };
    case 'mention_spam':
      return {
        mention_total_limit: trigger.mentionTotalLimit,
        mention_raid_protection_enabled: trigger.raidProtection,
      };
    case 'spam':
      return {};
  }
}

function actionBody(action: NativeAutomodAction): { type: AutoModerationActionType; metadata: object } {
  switch (action.type) {
    case 'block_message':
      return {
        type: AutoModerationActionType.BlockMessage,
        metadata: action.customMessage === null ? {} : { custom_message: action.customMessage },
      };
    case 'send_alert_message':
      return { type: AutoModerationActionType.SendAlertMessage, metadata: { channel_id: action.channelId } };
    case 'timeout':
      return { type: AutoModerationActionType.Timeout, metadata: { duration_seconds: action.durationSeconds } };
  }
}

/** The JSON fields of a patch (the trigger as `trigger_metadata`: its type cannot change). */
function patchBody(patch: NativeAutomodRulePatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (patch.name !== undefined) body.name = patch.name;
  if (patch.trigger !== undefined) body.trigger_metadata = triggerMetadata(patch.trigger);
  if (patch.actions !== undefined) body.actions = patch.actions.map(actionBody);
  if (patch.enabled !== undefined) body.enabled = patch.enabled;
  if (patch.exemptRoles !== undefined) body.exempt_roles = patch.exemptRoles;
  if (patch.exemptChannels !== undefined) body.exempt_channels = patch.exemptChannels;
  return body;
}

/**
 * List Auto Moderation Rules for Guild.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @see https://discord.com/developers/docs/resources/auto-moderation#list-auto-moderation-rules-for-guild
 */
export async function listAutoModerationRules(
  rest: PlatformRest,
  guildId: string,
): Promise<NativeAutomodRuleSnapshot[]> {
  const answer = await rest.get(Routes.guildAutoModerationRules(guildId));
  return z.array(z.unknown()).parse(answer).map(parseNativeRule);
}

/**
 * Create Auto Moderation Rule (on message send), after checking the rule against Discord's
 * limits and listing the guild's rules to refuse one trigger type too many: a refused rule
 * costs no write.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param spec - the rule
 * @param reason - audit-log reason
 * @throws InvalidRequest over a limit
 * @see https://discord.com/developers/docs/resources/auto-moderation#create-auto-moderation-rule
 */
export async function createAutoModerationRule(
  rest: PlatformRest,
  guildId: string,
  spec: NativeAutomodRuleSpec,
  reason: string,
): Promise<NativeAutomodRuleSnapshot> {
  assertNativeAutomodRule(spec);
  assertNativeAutomodRoom(await listAutoModerationRules(rest, guildId), spec.trigger.type);
  const body: Record<string, unknown> = {
    ...patchBody(spec),
    event_type: AutoModerationRuleEventType.MessageSend,
    trigger_type: TRIGGER_CODES[spec.trigger.type],
  };
  // A spam rule has no metadata.
  if (spec.trigger.type === 'spam') delete body.trigger_metadata;
  const answer = await rest.post(Routes.guildAutoModerationRules(guildId), { body, reason: auditLogReason(reason) });
  return parseNativeRule(answer);
}

/**
 * Modify Auto Moderation Rule: only the fields in `patch`. The timeout check knows the rule's
 * trigger type from `patch.trigger` only (Discord refuses a timeout on other rules itself).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param ruleId - the rule
 * @param patch - fields to change
 * @param reason - audit-log reason
 * @throws InvalidRequest over a limit
 * @see https://discord.com/developers/docs/resources/auto-moderation#modify-auto-moderation-rule
 */
export async function editAutoModerationRule(
  rest: PlatformRest,
  guildId: string,
  ruleId: string,
  patch: NativeAutomodRulePatch,
  reason: string,
): Promise<NativeAutomodRuleSnapshot> {
  assertNativeAutomodPatch(patch, patch.trigger?.type ?? null);
  const body = patchBody(patch);
  const answer = await rest.patch(Routes.guildAutoModerationRule(guildId, ruleId), {
    body,
    reason: auditLogReason(reason),
  });
  return parseNativeRule(answer);
}

/**
 * Delete Auto Moderation Rule (answered 204).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param ruleId - the rule
 * @param reason - audit-log reason
 * @see https://discord.com/developers/docs/resources/auto-moderation#delete-auto-moderation-rule
 */
export async function deleteAutoModerationRule(
  rest: PlatformRest,
  guildId: string,
  ruleId: string,
  reason: string,
): Promise<void> {
  await rest.delete(Routes.guildAutoModerationRule(guildId, ruleId), { reason: auditLogReason(reason) });
}
