import type { RuleInput } from './RuleConfig.js';

/**
 * Scam phrases seen in compromised-account and fake-giveaway spam on Discord. Deliberately
 * Discord-specific (not "free" or "win"): everyday chat says those all the time.
 */
export const SCAM_PHRASES = [
  'free nitro',
  'free discord nitro',
  'nitro for free',
  'nitro giveaway',
  'discord nitro giveaway',
  'claim your nitro',
  'steam gift',
  'free steam gift',
  'gift from steam',
  'i accidentally reported you',
  'accidentally reported your account',
  'i reported you by accident',
  'crypto airdrop',
  'free airdrop',
  'claim your airdrop',
  'double your crypto',
  'send me your seed phrase',
  'onlyfans leaks',
  'nudes leak',
  'hot singles',
  'i am leaving cs',
  'who wants my skins',
  'free skins',
];

/**
 * The built-in rules, on unless switched off in `automod.builtInRules`. Tuned for real
 * chat: sanctions are mild where honest members could match (a fast typist, one shouted
 * line) and firm where they cannot (phishing links, the same message in three channels).
 * A rule in `automod.rules` with the same id replaces one of these.
 */
export const DEFAULT_RULES: readonly RuleInput[] = [
  {
    id: 'message-flood',
    name: 'Message flood',
    description:
      'More than 5 messages in 60 s (seed 002): the extra message is deleted and the member cools down for a minute.',
    category: 'spam',
    severity: 'minor',
    triggers: [{ type: 'message_rate', maxMessages: 5, seconds: 60 }],
    effects: [{ type: 'delete_message' }, { type: 'timeout', duration: '1m' }],
    cooldown: '60s',
  },
  {
    id: 'cross-channel-spam',
    name: 'Same message in several channels',
    description:
      'The same message in 3 or more channels within a minute, the pattern of a compromised account: every copy is deleted, the member is timed out for an hour and moderators are alerted.',
    category: 'spam',
    severity: 'moderate',
    triggers: [{ type: 'duplicate_content', minChannels: 3, seconds: 60 }],
    effects: [{ type: 'delete_message' }, { type: 'timeout', duration: '1h' }, { type: 'alert' }],
    cooldown: '5m',
  },
  {
    id: 'phishing-links',
    name: 'Phishing link',
    description:
      'A link to a known phishing or scam domain, or to a look-alike of Discord or Steam: deleted, and the phishing immediate action applies (moderators alerted).',
    category: 'phishing',
    severity: 'serious',
    triggers: [{ type: 'phishing_link' }],
    effects: [{ type: 'delete_message' }, { type: 'strike' }, { type: 'alert' }],
    cooldown: '5m',
  },
  {
    id: 'scam-phrases',
    name: 'Scam message',
    description:
      'Known Discord scam phrases ("free nitro", "I accidentally reported you", …), however disguised: deleted, one strike.',
    category: 'spam',
    severity: 'moderate',
    triggers: [{ type: 'word_filter', words: SCAM_PHRASES }],
    effects: [{ type: 'delete_message' }, { type: 'strike' }],
  },
  {
    id: 'new-member-spam',
    name: 'Spam from a new member',
    description:
      'A member who joined less than 7 days ago advertises ("check out my channel", "sub4sub", "make money online", a shortened link, a link to a video or social site with a promotional word) or posts what the spam classifier scores as spam: deleted, with a private warning (no strike). Learns from moderators: see `automod.spamLearning`.',
    category: 'spam',
    severity: 'minor',
    triggers: [{ type: 'self_promotion' }, { type: 'spam_classifier' }],
    conditions: [{ type: 'member_age', youngerThan: '7d' }],
    effects: [
      { type: 'delete_message' },
      {
        type: 'warn',
        message:
          'Your message looked like advertising or spam, which new members can’t post in their first week, so it was removed. If that was a mistake, appeal and a moderator will look at it.',
      },
    ],
  },
  {
    id: 'invite-links',
    name: 'Invite to another server',
    description: "An invite to another Discord server (this server's own invites are fine): deleted, one strike.",
    category: 'links',
    severity: 'minor',
    triggers: [{ type: 'invite_link' }],
    effects: [{ type: 'delete_message' }, { type: 'strike' }],
  },
  {
    id: 'mention-spam',
    name: 'Mention spam',
    description: 'More than 5 members and roles pinged in one message: deleted, one strike, moderators alerted.',
    category: 'harassment',
    severity: 'moderate',
    triggers: [{ type: 'mention_spam', maxMentions: 5 }],
    effects: [{ type: 'delete_message' }, { type: 'strike' }, { type: 'alert' }],
  },
  {
    id: 'caps-flood',
    name: 'Shouting',
    description: 'Mostly capitals in a long message: deleted with a private warning (no strike).',
    category: 'spam',
    severity: 'minor',
    triggers: [{ type: 'caps_flood' }],
    effects: [{ type: 'delete_message' }, { type: 'warn', message: 'Please don’t write whole messages in capitals.' }],
  },
  {
    id: 'emoji-flood',
    name: 'Emoji flood',
    description: 'More than 12 emoji in one message: deleted with a private warning (no strike).',
    category: 'spam',
    severity: 'minor',
    triggers: [{ type: 'emoji_flood' }],
    effects: [{ type: 'delete_message' }, { type: 'warn', message: 'Please keep emoji to a handful per message.' }],
  },
  {
    id: 'raid',
    name: 'Raid',
    description:
      'At least 10 joins within 10 s: the server is locked down until 15 minutes pass without a new spike, and moderators are alerted.',
    category: 'raid',
    severity: 'severe',
    triggers: [{ type: 'join_rate', joins: 10, seconds: 10 }],
    effects: [{ type: 'lockdown', calmPeriod: '15m' }, { type: 'alert' }],
    cooldown: '60s',
  },
  {
    id: 'new-account',
    name: 'Brand-new account',
    description:
      'An account less than a day old joins: moderators are alerted. Off by default (noisy in growing servers).',
    enabled: false,
    category: 'other',
    severity: 'minor',
    triggers: [{ type: 'new_account', minAccountAge: '1d' }],
    effects: [{ type: 'alert' }],
  },
];
