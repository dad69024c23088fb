import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { NativeAutomodConfig } from './native/NativeAutomodConfig.js';
import { DEFAULT_RULES } from './rules/defaultRules.js';
import { RuleConfig } from './rules/RuleConfig.js';
import { DomainList } from './triggers/domainList.js';

/** `builtInRules`: one on/off switch per built-in rule, described by the rule itself. */
const BuiltInRules = z
  .object(
    Object.fromEntries(
      DEFAULT_RULES.map((rule) => [
        rule.id,
        z
          .boolean()
          .default(rule.enabled ?? true)
          .describe(`${rule.name}: ${rule.description ?? ''}`),
      ]),
    ),
  )
  .strict();

/** The `automod:` section of community.yaml. */
export const AutomodConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    exemptRoles: z
      .array(roleRef(z.string().trim().min(1)))
      .default(['Admin', 'Moderator'])
      .describe(
        'Role names (or ids) never checked by automod. The server owner and roles with Administrator are always exempt.',
      ),
    exemptChannels: z
      .array(channelRef(z.string().trim().min(1)))
      .default(['mod-log'])
      .describe('Channel or category names (or ids) where automod never acts.'),
    ignoreBots: z.boolean().default(true).describe('Leave messages of bots and webhooks alone.'),
    builtInRules: BuiltInRules.prefault({}).describe(
      'The built-in rules (docs/automod.md shows each in full): true runs it. To change one, copy it into `rules` with the same id.',
    ),
    rules: z
      .array(RuleConfig)
      // prefault, not default: zod leaves a default out of the JSON Schema when the items transform.
      .prefault([])
      .describe(
        'Your own rules (a rule with a built-in id replaces it): triggers (any fires), conditions (all hold), effects (all run). See docs/automod.md.',
      ),
    phishing: z
      .object({
        allowDomains: DomainList.describe('Domains never treated as phishing, with their subdomains.'),
        extraDomains: DomainList.describe('Domains to block on top of the shipped list.'),
        refreshUrl: z
          .url({ protocol: /^https?$/ })
          .nullable()
          .default(null)
          .describe(
            'Where to fetch a fresh list (JSON: an array of domains, or {"domains": [...]}), e.g. the raw domain-list.json of nikolaischunk/discord-phishing-links. Null: the shipped list only.',
          ),
        refreshEvery: Duration.prefault('12h').describe('How often to fetch `refreshUrl`.'),
      })
      .strict()
      .prefault({})
      .describe('The phishing domain list used by the `phishing_link` trigger.'),
    spamLearning: z
      .object({
        enabled: z
          .boolean()
          .default(true)
          .describe(
            "Learn from moderators' decisions: the message of a case a moderator confirms (an appeal upheld, or the member sanctioned by hand afterwards) counts as spam, the message of a case overturned on appeal as not spam, for the `spam_classifier` and `self_promotion` triggers of this community.",
          ),
        weight: z
          .number()
          .min(0.1)
          .max(100)
          .default(1)
          .describe("How many corpus messages one moderator's decision counts as in the classifier."),
        maxExamples: z
          .number()
          .int()
          .min(10)
          .max(100_000)
          .default(2000)
          .describe('Decided messages kept per community (the oldest are forgotten first).'),
        pendingFor: Duration.prefault('30d').describe(
          'How long a message the spam rules caught is kept waiting for a decision before it is forgotten.',
        ),
      })
      .strict()
      .prefault({})
      .describe(
        'Per-community learning of the spam triggers from moderation decisions (kept in `automod_spam_examples`, part of member export and erase).',
      ),
    native: NativeAutomodConfig.describe(
      "Discord's native AutoMod, which blocks before posting: Guildhall keeps its own rules there (named `Guildhall: …`) and counts each block like its own rule firing. See docs/automod.md.",
    ),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    for (const [index, rule] of config.rules.entries()) {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `rule id "${rule.id}" is used twice` });
      }
      seen.add(rule.id);
    }
  })
  .prefault({});

/** The parsed `automod:` section. */
export type AutomodConfig = z.output<typeof AutomodConfig>;
