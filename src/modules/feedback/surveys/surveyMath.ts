/** NPS breakdown of a set of 0–10 answers. */
export interface NpsBreakdown {
  /** Number of answers counted. */
  readonly responses: number;
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers of 0 to 6. */
  readonly detractors: number;
  /** round(%promoters − %detractors), from −100 to 100; null without answers. */
  readonly nps: number | null;
}

/**
 * Net Promoter Score of 0–10 answers: promoters 9–10, passives 7–8, detractors 0–6,
 * score = round(% promoters − % detractors). Values outside 0–10 or not integers are ignored.
 * @param scores - the answers, one per respondent
 */
export function npsOf(scores: readonly number[]): NpsBreakdown {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 0 || s > 10) continue;
    if (s >= 9) promoters += 1;
    else if (s >= 7) passives += 1;
    else detractors += 1;
  }
  const responses = promoters + passives + detractors;
  const nps = responses === 0 ? null : Math.round(((promoters - detractors) * 100) / responses) + 0;
  return { responses, promoters, passives, detractors, nps };
}

/**
 * Arithmetic mean of the answers, rounded to two decimals; null without answers.
 * Non-finite values are ignored.
 * @param scores - the answers, one per respondent
 */
export function meanOf(scores: readonly number[]): number | null {
  const finite = scores.filter((s) => Number.isFinite(s));
  if (finite.length === 0) return null;
  const sum = finite.reduce((a, b) => a + b, 0);
  return Math.round((sum / finite.length) * 100) / 100;
}
