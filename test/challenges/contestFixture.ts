import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';

/** The challenge every contests test runs: announced 5 March 2026, 21 days of entries, 5 of voting. */
export const CONTEST = {
  id: 'cli-tools',
  title: 'Build a CLI tool',
  level: 'beginner',
  theme: 'Developer tools',
  description: 'Make a small command-line tool that solves one problem well.',
  opensAt: '2026-03-05',
};

/** When the challenge opens, submissions close and voting closes (epoch ms). */
export const OPENS = Date.UTC(2026, 2, 5);
export const SUBMISSIONS_CLOSE = OPENS + 21 * 24 * 3600_000;
export const VOTING_CLOSE = SUBMISSIONS_CLOSE + 5 * 24 * 3600_000;

/**
 * The content community with one scheduled challenge, `#challenges` for announcements and
 * `#challenge-entries` for entry cards, Moderators as judges.
 * @param restartable - keep the database for `restart()`
 */
export function openContestCommunity(restartable = false): Promise<ContentCommunity> {
  return openContentCommunity(
    {
      challenges: {
        contests: {
          channel: 'challenges',
          submissions: 'challenge-entries',
          judgeRoles: ['Moderator'],
          schedule: { items: [CONTEST] },
        },
      },
    },
    { channels: ['challenges', 'challenge-entries'], restartable },
  );
}

/**
 * Submits an entry through `/challenge submit` and its form; answers the form's reply.
 * @param c - the community
 * @param userId - the member
 * @param title - the entry's title
 */
export async function submit(c: ContentCommunity, userId: string, title: string): Promise<string> {
  const opened = await c.command(userId, 'challenge', 'submit');
  if (opened.modal === null) return opened.reply?.content ?? '';
  const sent = await c.submitModal(userId, opened.interactionId, {
    title,
    link: `https://example.com/${encodeURIComponent(title)}`,
    description: `About ${title}`,
  });
  return sent.reply?.content ?? '';
}

/**
 * Presses the Vote button on an entry's card; answers the reply.
 * @param c - the community
 * @param userId - the voter
 * @param card - the entry's card
 */
export async function vote(c: ContentCommunity, userId: string, card: SandboxMessage): Promise<string> {
  const button = card.components[0]?.components[0];
  if (button?.kind !== 'button') throw new Error('the card has no Vote button');
  return (await c.press(userId, card, button.customId)).reply?.content ?? '';
}

/**
 * The entry cards in `#challenge-entries`, by entry number.
 * @param c - the community
 */
export async function entryCards(c: ContentCommunity): Promise<SandboxMessage[]> {
  const cards = await c.messagesIn(c.channels['challenge-entries'] ?? '');
  return cards.sort((a, b) => (a.embeds[0]?.title ?? '').localeCompare(b.embeds[0]?.title ?? ''));
}

/**
 * Achievements unlocked per member (recognition's table).
 * @param c - the community
 * @param unlockId - the achievement
 */
export async function unlocked(c: ContentCommunity, unlockId: string): Promise<string[]> {
  const rows = await c.rows('recognition_unlocks');
  return rows
    .filter((r) => r.unlock_id === unlockId)
    .map((r) => String(r.user_id))
    .sort();
}

/**
 * A seeded member's id (the community must be open).
 * @param c - the community, or undefined before it is open
 * @param username - the member
 */
export function userOf(c: ContentCommunity | undefined, username: string): Promise<string> {
  if (c === undefined) throw new Error('open the community first');
  return c.user(username);
}
