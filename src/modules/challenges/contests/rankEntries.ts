import { mean } from './contestCards.js';
import type { TalliedEntry } from './contestStore.js';

/** Shares of the combined score. */
export interface ScoreWeights {
  community: number;
  judges: number;
}

/**
 * Ranks entries best first by combined score: community votes normalised by the most votes
 * any entry got (0–1) times `weights.community`, plus the judges' mean score (1–10 read as
 * 0.1–1) times `weights.judges`, divided by the weights' sum. When nobody voted, or no judge
 * scored, that side's weight goes to the other. Ties: more votes, then the earliest entry.
 * @param entries - the entries with their votes and judges' scores
 * @param weights - `challenges.contests.weights`
 */
export function rankEntries<E extends TalliedEntry>(
  entries: readonly E[],
  weights: ScoreWeights,
): (E & { score: number })[] {
  const maxVotes = Math.max(0, ...entries.map((e) => e.votes));
  const judged = entries.some((e) => e.judgeScores.length > 0);
  const community = maxVotes > 0 ? weights.community : 0;
  const judges = judged ? weights.judges : 0;
  const total = community + judges;
  return entries
    .map((entry) => {
      const votesPart = maxVotes > 0 ? entry.votes / maxVotes : 0;
      const judgePart = mean(entry.judgeScores) / 10;
      const score = total === 0 ? 0 : (votesPart * community + judgePart * judges) / total;
      return { ...entry, score };
    })
    .sort((a, b) => b.score - a.score || b.votes - a.votes || a.created_at - b.created_at || a.number - b.number);
}
