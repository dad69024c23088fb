import { MENTOR_CATEGORY_LABELS } from '../config/LearningTypes.js';
import type { LearningContext } from '../LearningContext.js';
import { percent } from './checkPair.js';
import type { Recommendations } from './recommendFor.js';

/**
 * Recommendations as members read them: a numbered list (`1. @mentor: 84 % · Career coach`),
 * or an honest "nobody reaches the floor" with the closest match and what would help.
 * @param ctx - module context
 * @param recommendations - as `recommendFor` found them
 */
export function recommendationText(ctx: LearningContext, recommendations: Recommendations): string {
  const floor = percent(ctx.config.mentors.minCompatibility);
  if (recommendations.ranked.length > 0) {
    return recommendations.ranked
      .map((r, i) => `${i + 1}. <@${r.mentorId}>: ${percent(r.compatibility)} · ${MENTOR_CATEGORY_LABELS[r.category]}`)
      .join('\n');
  }
  if (recommendations.available === 0) {
    return 'No mentor has room for a new mentee right now: more mentors may register or free up later.';
  }
  const closest =
    recommendations.bestBelow === null
      ? ''
      : ` The closest match is ${percent(recommendations.bestBelow.compatibility)}.`;
  return `No mentor reaches ${floor} with you yet.${closest} What would help: more interests and career goals in your profile (matched with mentors' domains), wider availability, another language you are happy to use, or a different communication style (\`/learn profile\`).`;
}
