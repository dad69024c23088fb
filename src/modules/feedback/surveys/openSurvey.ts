import type { SurveyKind } from '../config/FeedbackTypes.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { closeSurveyJob } from './closeSurvey.js';
import { openSurveyMessage } from './surveyCard.js';
import { findSurvey, type SurveyRow } from './surveyStore.js';

/** What opens a survey. */
export interface SurveyRequest {
  /** Stable id: the interaction id on demand, `<schedule>-<occurrence ms>` when scheduled. */
  id: string;
  kind: SurveyKind;
  question: string;
  channelId: string;
  openForMs: number;
  scheduleId: string | null;
  openedBy: string | null;
}

/**
 * Opens a survey: stores it, posts the message with score buttons (at once, with a nonce, so
 * its id is kept), schedules its close job and emits `feedback.survey_opened`. Running it
 * again with the same id changes nothing.
 * @param ctx - module context
 * @param guildId - the guild
 * @param request - what to ask, where, for how long
 * @throws PlatformError when the channel is unknown or the bot may not post there
 */
export async function openSurvey(ctx: FeedbackContext, guildId: string, request: SurveyRequest): Promise<SurveyRow> {
  const existing = await findSurvey(ctx, guildId, request.id);
  if (existing !== null) return existing;
  const now = ctx.clock.now();
  const survey: SurveyRow = {
    guild_id: guildId,
    id: request.id,
    kind: request.kind,
    question: request.question,
    channel_id: request.channelId,
    message_id: null,
    schedule_id: request.scheduleId,
    opened_by: request.openedBy,
    opened_at: now,
    closes_at: now + request.openForMs,
    closed_at: null,
  };
  const sent = await ctx.platformNow.sendMessage(request.channelId, {
    ...openSurveyMessage(survey),
    nonce: `feedback:survey:${guildId}:${request.id}`,
  });
  const stored = { ...survey, message_id: sent.id };
  await feedbackDb(ctx.db).insertInto('feedback_surveys').values(stored).execute();
  await ctx.schedule(closeSurveyJob, {
    key: `survey-close:${request.id}`,
    runAt: stored.closes_at,
    payload: { guildId, surveyId: request.id },
  });
  await ctx.emit(
    'feedback.survey_opened',
    { surveyId: request.id, kind: request.kind, channelId: request.channelId, scheduleId: request.scheduleId },
    { key: `survey-opened:${request.id}`, guildId },
  );
  return stored;
}
