/**
 * Discord's built-in word lists for `keyword_preset` rules.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-keyword-preset-types
 */
export type NativeAutomodPreset = 'profanity' | 'sexual_content' | 'slurs';

/**
 * What fires a native AutoMod rule.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-trigger-metadata
 */
export type NativeAutomodTrigger =
  | {
      type: 'keyword';
      /** Words and phrases; `cat*`, `*cat` and `*cat*` match word starts, ends and anywhere, `cat` the whole word. */
      keywords: string[];
      /** Rust-flavoured regular expressions. */
      regexPatterns: string[];
      /** Content that never fires the rule (same wildcard syntax). */
      allowList: string[];
    }
  | { type: 'spam' }
  | { type: 'keyword_preset'; presets: NativeAutomodPreset[]; allowList: string[] }
  | {
      type: 'mention_spam';
      /** Unique member and role mentions allowed in one message (more fires the rule). */
      mentionTotalLimit: number;
      /** Discord also detects mention raids. */
      raidProtection: boolean;
    };

/**
 * What a native AutoMod rule does when it fires.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-action-object
 */
export type NativeAutomodAction =
  /** The message is never posted; the member sees `customMessage` (or Discord's default). */
  | { type: 'block_message'; customMessage: string | null }
  /** Discord posts an alert with the content in this channel. */
  | { type: 'send_alert_message'; channelId: string }
  /** Times the member out (keyword and mention-spam rules only). */
  | { type: 'timeout'; durationSeconds: number };

/**
 * A native AutoMod rule to create (within `NATIVE_AUTOMOD_LIMITS`).
 * @see https://discord.com/developers/docs/resources/auto-moderation#create-auto-moderation-rule
 */
export interface NativeAutomodRuleSpec {
  name: string;
  trigger: NativeAutomodTrigger;
  actions: NativeAutomodAction[];
  enabled: boolean;
  /** Roles never checked (max 20). */
  exemptRoles: string[];
  /** Channels never checked (max 50). */
  exemptChannels: string[];
}

/**
 * Fields of a native AutoMod rule to change; a `trigger` must keep the rule's trigger type.
 * @see https://discord.com/developers/docs/resources/auto-moderation#modify-auto-moderation-rule
 */
export type NativeAutomodRulePatch = Partial<NativeAutomodRuleSpec>;

/**
 * A native AutoMod rule as the platform has it. A community's own rule may use a trigger or
 * action Guildhall does not model: it reads as `other` with Discord's number.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object
 */
export interface NativeAutomodRuleSnapshot {
  id: string;
  name: string;
  /** Who made it (the bot for Guildhall's rules). */
  creatorId: string;
  trigger: NativeAutomodTrigger | { type: 'member_profile' | 'other'; code: number };
  actions: (NativeAutomodAction | { type: 'block_member_interaction' | 'other'; code: number })[];
  enabled: boolean;
  exemptRoles: string[];
  exemptChannels: string[];
}
