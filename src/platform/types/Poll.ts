/**
 * A native poll attached to a message (Discord's poll create request): a question and 1–10
 * text answers, open for whole hours (1–768); members vote in Discord's own UI.
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export interface OutgoingPoll {
  /** Up to 300 characters (`POLL_LIMITS.question`). */
  question: string;
  /** 1–10 answers of up to 55 characters each, in order (answer 0 is the first). */
  answers: string[];
  /** How long it is open: 1–768 whole hours (32 days). */
  durationHours: number;
  /** Whether a member may pick several answers (default false). */
  allowMultiselect?: boolean;
}

/**
 * A native poll's vote counts, per answer in the order they were given.
 * @see https://discord.com/developers/docs/resources/poll#poll-results-object
 */
export interface PollResults {
  /** Votes per answer (index 0 is the first answer). */
  counts: number[];
  /** True once the poll has ended and the counts are final. */
  finalized: boolean;
}
