import { NO_STATS, type Tutorial, type TutorialStats } from './tutorialStore.js';

/** A prior of this many ratings at 3/5 keeps one 5-star rating from topping the list. */
const PRIOR_RATINGS = 2;
const PRIOR_MEAN = 3;

/**
 * A tutorial's ranking score: its mean rating pulled towards 3/5 by two phantom ratings (a
 * Bayesian average), so many good ratings beat one perfect one.
 * @param stats - its counts
 */
export function rankScore(stats: Pick<TutorialStats, 'ratings' | 'mean'>): number {
  return (stats.mean * stats.ratings + PRIOR_MEAN * PRIOR_RATINGS) / (stats.ratings + PRIOR_RATINGS);
}

/**
 * Tutorials best first: ranking score, then completions, then the newest.
 * @param tutorials - the tutorials
 * @param stats - their counts by id
 */
export function rankTutorials(tutorials: readonly Tutorial[], stats: ReadonlyMap<string, TutorialStats>): Tutorial[] {
  const of = (t: Tutorial) => stats.get(t.id) ?? NO_STATS;
  return [...tutorials].sort(
    (a, b) => rankScore(of(b)) - rankScore(of(a)) || of(b).completions - of(a).completions || b.number - a.number,
  );
}
