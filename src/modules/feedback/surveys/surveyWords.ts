import type { SurveyKind } from '../config/FeedbackTypes.js';

/** The lowest and highest score of a survey kind: satisfaction 1–10, NPS 0–10. */
export function scoreRange(kind: SurveyKind): { min: number; max: number } {
  return kind === 'nps' ? { min: 0, max: 10 } : { min: 1, max: 10 };
}

/**
 * The question asked when none is configured.
 * @param kind - the survey kind
 * @param community - the community's name
 */
export function defaultQuestion(kind: SurveyKind, community: string): string {
  return kind === 'nps'
    ? `How likely are you to recommend ${community} to a friend? (0 = not at all, 10 = extremely likely)`
    : `How satisfied are you with ${community}? (1 = not at all, 10 = completely)`;
}
