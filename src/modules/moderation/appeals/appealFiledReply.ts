import { describeDuration } from '../../../config/Duration.js';
import type { ModerationConfig } from '../ModerationConfig.js';
import type { Appeal } from './Appeal.js';

/**
 * What the member is told once their appeal is filed.
 * @param appeal - the filed appeal
 * @param config - the module's config (review deadline)
 */
export function appealFiledReply(appeal: Appeal, config: ModerationConfig): string {
  const who = appeal.level === 'first' ? 'the moderators' : 'the admins (final appeal)';
  return `Appeal #${appeal.id} of case #${appeal.caseId} is with ${who}. You will get the decision and the reasoning by DM, normally within ${describeDuration(config.appeals.reviewWithin)} (if Discord cannot deliver it because you are no longer in the server, the appeal button on your notice shows it).`;
}
