import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { LearningContext } from '../LearningContext.js';
import { endMentorship } from './endMentorship.js';
import { mentorshipsOf } from './journeyStore.js';

/**
 * On `member.left`: every active mentorship of the member (as mentor or mentee) ends with
 * reason `member_left`.
 * @param event - the departure
 * @param ctx - module context
 */
export async function onMemberLeft(event: DomainEventOf<'member.left'>, ctx: LearningContext): Promise<void> {
  for (const mentorship of await mentorshipsOf(ctx.db, event.guildId, event.payload.userId, true)) {
    await endMentorship(ctx, mentorship, 'member_left', null);
  }
}
