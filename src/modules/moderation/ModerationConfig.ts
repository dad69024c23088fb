import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import type { Assert, AutomodCategory, Same, Severity } from './automodVocabulary.js';
import { SanctionConfig, sanctionSetting } from './sanctions/SanctionConfig.js';

const RoleName = roleRef(z.string().trim().min(1).max(100));
const ChannelName = channelRef(z.string().trim().min(1).max(100));

/** The escalation ladder of seed 001 / 004. */
const DEFAULT_LADDER = [
  { action: 'warn' },
  { action: 'timeout', duration: '24h', public: true },
  { action: 'ban', duration: '7d' },
  { action: 'ban', duration: 'permanent' },
] as const;

/** The `moderation:` section of community.yaml. */
export const ModerationConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    moderatorRoles: z
      .array(RoleName)
      .min(1)
      .default(['Moderator', 'Admin'])
      .describe(
        'Roles allowed to use /warn, /timeout, /ban, /unban, /case, /history, /lockdown and to review first appeals. The server owner always may.',
      ),
    adminRoles: z
      .array(RoleName)
      .min(1)
      .default(['Admin'])
      .describe('Roles that review final appeals. The server owner always may.'),
    modLogChannel: ChannelName.default('mod-log').describe('Channel where every case is posted as an embed.'),
    alertChannel: ChannelName.nullable()
      .default(null)
      .describe('Channel for alerts and appeal notices (null: the mod-log channel).'),
    alertRoles: z
      .object({
        minor: RoleName.nullable().default('Moderator').describe('Alerted for minor violations (seed 004: moderator).'),
        moderate: RoleName.nullable().default('Moderator').describe('Alerted for moderate violations (moderator).'),
        serious: RoleName.nullable().default('Admin').describe('Alerted for serious violations (community manager).'),
        severe: RoleName.nullable().default('Admin').describe('Alerted for severe violations (community lead).'),
      })
      .strict()
      .prefault({})
      .describe('The escalation matrix: which role an alert pings, by severity (null: nobody).'),
    ladder: z
      .array(SanctionConfig)
      .min(1)
      .max(10)
      .prefault([...DEFAULT_LADDER])
      .describe(
        'What the 1st, 2nd, 3rd … active strike does (seed 001: private warning; public warning + 24 h timeout; 7-day ban; permanent ban). Strikes past the end repeat the last step.',
      ),
    strikeDecay: Duration.prefault('30d').describe('A strike stops counting this long after it was given.'),
    immediateActions: z
      .object({
        phishing: sanctionSetting({ action: 'ban', duration: '7d', deleteMessages: '1h' })
          .nullable()
          .prefault({})
          .describe('Malicious links: straight to this, skipping the ladder (null: use the ladder).'),
        hate_speech: sanctionSetting({ action: 'ban', duration: 'permanent', deleteMessages: '1h' })
          .nullable()
          .prefault({})
          .describe('Hate speech.'),
        doxxing: sanctionSetting({ action: 'ban', duration: 'permanent', deleteMessages: '1h' })
          .nullable()
          .prefault({})
          .describe('Sharing private information.'),
        raid: sanctionSetting({ action: 'kick' }).nullable().prefault({}).describe('Taking part in a raid.'),
      })
      .strict()
      .prefault({})
      .describe(
        'Categories of automod rules that skip the escalation ladder: a strike in these goes straight to the action (still counted as a strike).',
      ),
    dmFallback: z
      .boolean()
      .default(true)
      .describe(
        'When a member has DMs closed, post their warning in the channel where it happened, mentioning them (bans and kicks never fall back).',
      ),
    appeals: z
      .object({
        enabled: z
          .boolean()
          .default(true)
          .describe(
            'Members can appeal their cases: with the Appeal button on the notice they get by DM (it works after a ban) or with /appeal.',
          ),
        reviewWithin: Duration.prefault('48h').describe(
          'An appeal still waiting after this is flagged to the admins (seed 001: 48 h).',
        ),
        finalAppeal: z
          .boolean()
          .default(true)
          .describe('After a moderator upholds a case, the member may appeal once more, to the admins.'),
        contact: z
          .string()
          .trim()
          .min(1)
          .max(300)
          .nullable()
          .default(null)
          .describe(
            'Another way for a banned member to reach the team (an email, a form), added to the ban message; the Appeal button works without it. Null: not mentioned.',
          ),
      })
      .strict()
      .prefault({})
      .describe('Appeals: member → moderators (within 48 h) → final appeal to admins.'),
    lockdown: z
      .object({
        mode: z
          .enum(['slowmode', 'read_only'])
          .default('slowmode')
          .describe('slowmode: public channels get `slowmodeSeconds`; read_only: @everyone cannot post.'),
        slowmodeSeconds: z.number().int().min(1).max(21_600).default(30).describe('Slowmode during a lockdown.'),
        channels: z
          .array(ChannelName)
          .default([])
          .describe('Channels (or categories) to lock; empty: every text channel @everyone can post in.'),
        verificationLevel: z
          .enum(['none', 'low', 'medium', 'high', 'very_high'])
          .default('high')
          .describe(
            'Verification level a lockdown raises the server to (never lowers it), put back when it ends. Invites are paused during a lockdown too.',
          ),
      })
      .strict()
      .prefault({})
      .describe('What a lockdown (raid mode, /lockdown) does.'),
  })
  .strict()
  .prefault({});

/** The parsed `moderation:` section. */
export type ModerationConfig = z.output<typeof ModerationConfig>;

/** The automod categories that may skip the ladder (the keys of `immediateActions`). */
export const IMMEDIATE_CATEGORIES = ['phishing', 'hate_speech', 'doxxing', 'raid'] as const;

/** A category of {@link IMMEDIATE_CATEGORIES}. */
export type ImmediateCategory = (typeof IMMEDIATE_CATEGORIES)[number];

/**
 * Fails to compile when the settings and automod's vocabulary drift apart: `alertRoles` has
 * one entry per severity, `immediateActions` one per immediate category, each an automod category.
 */
export type ModerationConfigMatchesAutomod = [
  Assert<Same<keyof ModerationConfig['alertRoles'], Severity>>,
  Assert<Same<keyof ModerationConfig['immediateActions'], ImmediateCategory>>,
  Assert<Same<Extract<ImmediateCategory, AutomodCategory>, ImmediateCategory>>,
];

/**
 * True when a strike in this category goes straight to its immediate action (when set).
 * @param category - the automod rule's category
 */
export function isImmediateCategory(category: AutomodCategory): category is ImmediateCategory {
  return (IMMEDIATE_CATEGORIES as readonly string[]).includes(category);
}
