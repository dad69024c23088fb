import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';

/** Discord's built-in word lists a `keyword_preset` rule can use. */
export const NATIVE_PRESETS = ['profanity', 'sexual_content', 'slurs'] as const;

/** Four weeks: the longest timeout a native AutoMod rule can give. */
const MAX_NATIVE_TIMEOUT_MS = 2_419_200_000;

/** `automod.native`: which rules Guildhall keeps in Discord's native AutoMod. */
export const NativeAutomodConfig = z
  .object({
    enabled: z
      .boolean()
      .default(false)
      .describe(
        "Keep Guildhall's rules in Discord's native AutoMod, which blocks a message before it is posted (the bot needs Manage Server). Off: Guildhall makes no AutoMod request (rules it made earlier stay until you delete them or sync with every part off).",
      ),
    wordFilter: z
      .boolean()
      .default(true)
      .describe(
        'Each rule with a `word_filter` trigger, a `delete_message` effect and no conditions becomes a keyword rule (at most 6 per server, 1000 words of 60 characters). Guildhall still checks posted messages for disguised words (leetspeak, look-alike letters) that Discord does not see through.',
      ),
    mentionSpam: z
      .boolean()
      .default(true)
      .describe(
        'The first rule with a `mention_spam` trigger, a `delete_message` effect and no conditions becomes the mention-spam rule (limit up to 50).',
      ),
    keywordPresets: z
      .array(z.enum(NATIVE_PRESETS))
      .default([])
      .describe(
        "Discord's own word lists to block (profanity, sexual_content, slurs); a block counts as a moderate strike with an alert.",
      ),
    alertChannel: channelRef(z.string().trim().min(1))
      .nullable()
      .default('mod-log')
      .describe('Channel (name or id) where Discord posts its alert of each block; null: no alert.'),
    blockMessage: z
      .string()
      .trim()
      .min(1)
      .max(150)
      .nullable()
      .default(null)
      .describe('What the member sees when a message is blocked (null: Discord’s default).'),
    timeout: Duration.refine((ms) => ms >= 1000 && ms <= MAX_NATIVE_TIMEOUT_MS, 'from 1s to 4 weeks (Discord’s cap)')
      .nullable()
      // prefault, not default: zod leaves a default out of the JSON Schema when the value transforms.
      .prefault(null)
      .describe(
        'Also let Discord time the member out for this long on a block (keyword and mention rules; null: only the escalation ladder sanctions).',
      ),
  })
  .strict()
  .prefault({});

/** The parsed `automod.native` section. */
export type NativeAutomodConfig = z.output<typeof NativeAutomodConfig>;
