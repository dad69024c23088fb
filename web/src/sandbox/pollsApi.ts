import type { SandboxPoll } from '../../../src/platform/sandbox/pollActions.js';
import type { MessageWithPoll } from '../../../src/server/sandbox/schemas/pollSchemas.js';
import { postJson } from '../api/http.js';

export type { MessageWithPoll, SandboxPoll };

/**
 * A member votes on a message's native poll: `answers` replace their vote, none takes it back
 * (`POST /api/sandbox/channels/:channelId/messages/:messageId/poll-votes`).
 * @param poll - the poll (its channel and message)
 * @param userId - the member voting
 * @param answers - answer indexes from 0
 */
export function votePoll(poll: SandboxPoll, userId: string, answers: readonly number[]): Promise<MessageWithPoll> {
  const path = `/api/sandbox/channels/${encodeURIComponent(poll.channelId)}/messages/${encodeURIComponent(poll.messageId)}/poll-votes`;
  return postJson<MessageWithPoll>(path, { userId, answers });
}

/** One answer of a poll as the page shows it. */
export interface PollAnswerTally {
  index: number;
  text: string;
  count: number;
  /** Share of all votes, 0–100, rounded. */
  percent: number;
  /** The most voted (ties: all of them); none while nobody voted. */
  leading: boolean;
}

/**
 * A poll's answers with their counts, shares and leaders.
 * @param poll - the poll
 */
export function tallyPoll(poll: SandboxPoll): PollAnswerTally[] {
  const total = poll.counts.reduce((sum, count) => sum + count, 0);
  const top = Math.max(0, ...poll.counts);
  return poll.answers.map((text, index) => {
    const count = poll.counts[index] ?? 0;
    return {
      index,
      text,
      count,
      percent: total === 0 ? 0 : Math.round((count / total) * 100),
      leading: top > 0 && count === top,
    };
  });
}

/**
 * How long a poll still runs, as Discord shows it ("23h left", "12m left").
 * @param expiresAt - when it ends
 * @param now - the time now
 */
export function pollTimeLeft(expiresAt: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((expiresAt - now) / 60_000));
  if (minutes < 60) return `${minutes}m left`;
  const hours = Math.ceil(minutes / 60);
  return hours < 48 ? `${hours}h left` : `${Math.ceil(hours / 24)}d left`;
}
