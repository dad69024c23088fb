import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { Surveys } from '../store/Surveys.js';
import type { SurveyAnswer } from './surveyForm.js';

/**
 * Stores a member's survey answer (replacing an earlier one) and emits
 * `events.survey_submitted`. Answers whether it replaced an earlier answer.
 * @param ctx - module context
 * @param event - the event (the member may answer: see `surveyAccess`)
 * @param userId - the member
 * @param answer - the parsed answer
 * @param interactionId - the modal submission, which keys the emitted event
 */
export async function submitSurvey(
  ctx: EventsContext,
  event: CommunityEvent,
  userId: string,
  answer: SurveyAnswer,
  interactionId: string,
): Promise<boolean> {
  const replaced = await new Surveys(ctx.db).save({
    guild_id: event.guild_id,
    event_id: event.id,
    user_id: userId,
    rating: answer.rating,
    content_quality: answer.contentQuality,
    engagement: answer.engagement,
    improvements: answer.improvements,
    future_topics: answer.futureTopics,
    submitted_at: ctx.clock.now(),
  });
  await ctx.emit(
    'events.survey_submitted',
    {
      eventId: event.id,
      userId,
      eventType: event.type,
      rating: answer.rating,
      contentQuality: answer.contentQuality,
      engagement: answer.engagement,
    },
    { key: `survey:${interactionId}`, guildId: event.guild_id },
  );
  return replaced;
}
