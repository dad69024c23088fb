import type {
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
} from '../types/NativeAutomod.js';

/**
 * Discord's own AutoMod rules (content blocked or flagged before it is posted), checked
 * against `NATIVE_AUTOMOD_LIMITS` before any write.
 */
export interface NativeAutomodPort {
  /**
   * The guild's native AutoMod rules.
   * @param guildId - the guild
   * @see https://discord.com/developers/docs/resources/auto-moderation#list-auto-moderation-rules-for-guild
   */
  listAutoModerationRules(guildId: string): Promise<NativeAutomodRuleSnapshot[]>;

  /**
   * Creates a native AutoMod rule.
   * @param guildId - the guild
   * @param spec - the rule
   * @param reason - written to the guild's audit log
   * @throws InvalidRequest, before the write, for a rule over Discord's limits (see `assertNativeAutomodRule`) or one trigger type too many in the guild
   * @see https://discord.com/developers/docs/resources/auto-moderation#create-auto-moderation-rule
   */
  createAutoModerationRule(
    guildId: string,
    spec: NativeAutomodRuleSpec,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot>;

  /**
   * Changes a native AutoMod rule. Its trigger type cannot change (delete and create instead).
   * @param guildId - the guild
   * @param ruleId - the rule
   * @param patch - the fields to change
   * @param reason - written to the guild's audit log
   * @throws InvalidRequest, before any request, for a patch over Discord's limits
   * @throws NotFound (`auto_moderation_rule`)
   * @see https://discord.com/developers/docs/resources/auto-moderation#modify-auto-moderation-rule
   */
  editAutoModerationRule(
    guildId: string,
    ruleId: string,
    patch: NativeAutomodRulePatch,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot>;

  /**
   * Deletes a native AutoMod rule.
   * @param guildId - the guild
   * @param ruleId - the rule
   * @param reason - written to the guild's audit log
   * @throws NotFound (`auto_moderation_rule`)
   * @see https://discord.com/developers/docs/resources/auto-moderation#delete-auto-moderation-rule
   */
  deleteAutoModerationRule(guildId: string, ruleId: string, reason: string): Promise<void>;
}
