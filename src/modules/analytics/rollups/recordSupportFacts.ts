import type { DomainEvent, DomainEventOf } from '../../../core/DomainEvent.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { dayOf } from '../AnalyticsTables.js';
import { supportFactsDb } from '../SupportFactsTables.js';

/** The support module's event types analytics keeps facts of. */
export const SUPPORT_FACT_TYPES = [
  'support.question_opened',
  'support.first_response',
  'support.solved',
  'support.reopened',
] as const;

type SupportFactType = (typeof SUPPORT_FACT_TYPES)[number];

/** One of the support events analytics keeps. */
export type SupportFact = Extract<DomainEvent, { type: SupportFactType }>;

/**
 * True for the support events analytics keeps (`onBatch` routes them here).
 * @param event - any event
 */
export function isSupportFact(event: DomainEvent): event is SupportFact {
  return (SUPPORT_FACT_TYPES as readonly string[]).includes(event.type);
}

/**
 * A question was asked (the support module's `support.question_opened`, typed through
 * `EventPayloads`): its row, by the day it was asked. Asked again (a redelivery) it is replaced.
 * @param event - the question
 * @param ctx - the module context
 */
export async function recordQuestionOpened(
  event: DomainEventOf<'support.question_opened'>,
  ctx: AnalyticsContext,
): Promise<void> {
  const p = event.payload;
  const row = {
    guild_id: event.guildId,
    question_id: p.questionId,
    channel_id: p.channelId,
    asked_at: event.occurredAt,
    day: dayOf(event.occurredAt),
    tags: JSON.stringify(p.tags),
  };
  await supportFactsDb(ctx.db)
    .insertInto('analytics_support_questions')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['guild_id', 'question_id'])
        .doUpdateSet({ channel_id: row.channel_id, asked_at: row.asked_at, day: row.day, tags: row.tags }),
    )
    .execute();
}

/**
 * A question's first answer (`support.first_response`): when, and whether community or staff
 * gave it (not who). A question analytics never saw open is kept from this event alone (asked
 * `responseMs` before it, channel unknown).
 * @param event - the first response
 * @param ctx - the module context
 */
export async function recordFirstResponse(
  event: DomainEventOf<'support.first_response'>,
  ctx: AnalyticsContext,
): Promise<void> {
  const p = event.payload;
  const askedAt = event.occurredAt - p.responseMs;
  await supportFactsDb(ctx.db)
    .insertInto('analytics_support_questions')
    .values({
      guild_id: event.guildId,
      question_id: p.questionId,
      channel_id: '',
      asked_at: askedAt,
      day: dayOf(askedAt),
      first_response_at: event.occurredAt,
      answered_by: p.answeredBy,
      tags: JSON.stringify(p.tags),
    })
    .onConflict((oc) =>
      oc
        .columns(['guild_id', 'question_id'])
        .doUpdateSet({ first_response_at: event.occurredAt, answered_by: p.answeredBy, tags: JSON.stringify(p.tags) }),
    )
    .execute();
}

/**
 * A solution was marked (`support.solved`): the question is resolved at that time (a later
 * solution of the same question, after a reopen, replaces it).
 * @param event - the solution
 * @param ctx - the module context
 */
export async function recordSolved(event: DomainEventOf<'support.solved'>, ctx: AnalyticsContext): Promise<void> {
  const p = event.payload;
  const askedAt = event.occurredAt - p.resolutionMs;
  await supportFactsDb(ctx.db)
    .insertInto('analytics_support_questions')
    .values({
      guild_id: event.guildId,
      question_id: p.questionId,
      channel_id: '',
      asked_at: askedAt,
      day: dayOf(askedAt),
      answered_by: p.answeredBy,
      solved_at: event.occurredAt,
      tags: JSON.stringify(p.tags),
    })
    .onConflict((oc) =>
      oc
        .columns(['guild_id', 'question_id'])
        .doUpdateSet({ solved_at: event.occurredAt, tags: JSON.stringify(p.tags) }),
    )
    .execute();
}

/**
 * A solved question was reopened (`support.reopened`): unsolved again until the next solution.
 * @param event - the reopening
 * @param ctx - the module context
 */
export async function recordReopened(event: DomainEventOf<'support.reopened'>, ctx: AnalyticsContext): Promise<void> {
  await supportFactsDb(ctx.db)
    .updateTable('analytics_support_questions')
    .set({ solved_at: null })
    .where('guild_id', '=', event.guildId)
    .where('question_id', '=', event.payload.questionId)
    .execute();
}

/**
 * One support event to its recorder (a replay batch's, in order: the same as the live handlers).
 * @param event - a support fact
 * @param ctx - the module context
 */
export async function recordSupportFact(event: SupportFact, ctx: AnalyticsContext): Promise<void> {
  switch (event.type) {
    case 'support.question_opened':
      return recordQuestionOpened(event, ctx);
    case 'support.first_response':
      return recordFirstResponse(event, ctx);
    case 'support.solved':
      return recordSolved(event, ctx);
    case 'support.reopened':
      return recordReopened(event, ctx);
  }
}
