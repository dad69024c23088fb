import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { dayOf } from '../AnalyticsTables.js';
import { bumpChannelDay, bumpDay, bumpMemberDay } from './bumpCounts.js';
import { keepMemberStarts } from './memberStarts.js';
import { recordResponse, recordTopic, startsTopic } from './topics.js';

/**
 * Whether the member directory knows a user as a bot (events without a bot flag: reactions,
 * departures), from the member directory: one primary-key read.
 * @param ctx - the module context
 * @param guildId - the guild
 * @param userId - the user
 */
async function knownBot(ctx: AnalyticsContext, guildId: string, userId: string): Promise<boolean> {
  return (await ctx.members.get(guildId, userId))?.bot === true;
}

/**
 * A human message: +1 message (and +1 reply when it references another) on the guild's,
 * the author's and the channel's day; a new topic when it starts one; a first response to
 * the topics it answers; the author's kept start rows (`keepMemberStarts`). Runs once per
 * event (the engine's handled marker), so adding is safe.
 * @param event - the message
 * @param ctx - the module context
 */
export async function onMessageCreated(event: DomainEventOf<'message.created'>, ctx: AnalyticsContext): Promise<void> {
  const p = event.payload;
  if (p.authorBot) return;
  const day = dayOf(event.occurredAt);
  const by = { messages: 1, replies: p.referencedMessageId === null ? 0 : 1 };
  await bumpDay(ctx.db, event.guildId, day, by);
  await bumpMemberDay(ctx.db, event.guildId, day, p.authorId, by);
  await keepMemberStarts(ctx.db, event.guildId, new Map([[p.authorId, [{ day, posted: true }]]]));
  await bumpChannelDay(ctx.db, event.guildId, day, p.channelId, by);
  await recordResponse(ctx.db, event);
  if (startsTopic(p)) {
    await recordTopic(ctx.db, {
      guildId: event.guildId,
      messageId: p.messageId,
      channelId: p.channelId,
      authorId: p.authorId,
      postedAt: event.occurredAt,
    });
  }
}

/**
 * A reaction by a human: +1 reaction on the guild's, the reacting member's (an active day)
 * and the channel's day, and the member's kept start rows. Users the member directory knows
 * as bots are skipped.
 * @param event - the reaction
 * @param ctx - the module context
 */
export async function onReactionAdded(event: DomainEventOf<'reaction.added'>, ctx: AnalyticsContext): Promise<void> {
  const p = event.payload;
  if (await knownBot(ctx, event.guildId, p.userId)) return;
  const day = dayOf(event.occurredAt);
  await bumpDay(ctx.db, event.guildId, day, { reactions: 1 });
  await bumpMemberDay(ctx.db, event.guildId, day, p.userId, { reactions: 1 });
  await keepMemberStarts(ctx.db, event.guildId, new Map([[p.userId, [{ day, posted: false }]]]));
  await bumpChannelDay(ctx.db, event.guildId, day, p.channelId, { reactions: 1 });
}

/**
 * A human joined: +1 join on the day they joined; their kept start rows follow the join.
 * @param event - the join
 * @param ctx - the module context
 */
export async function onMemberJoined(event: DomainEventOf<'member.joined'>, ctx: AnalyticsContext): Promise<void> {
  if (event.payload.bot) return;
  await bumpDay(ctx.db, event.guildId, dayOf(event.payload.joinedAt), { joins: 1 });
  // The member directory (updated before the handlers) may hold a new join day.
  await keepMemberStarts(ctx.db, event.guildId, new Map([[event.payload.userId, []]]));
}

/**
 * A human left: +1 leave on the day. Users the member directory knows as bots are skipped.
 * @param event - the departure
 * @param ctx - the module context
 */
export async function onMemberLeft(event: DomainEventOf<'member.left'>, ctx: AnalyticsContext): Promise<void> {
  if (await knownBot(ctx, event.guildId, event.payload.userId)) return;
  await bumpDay(ctx.db, event.guildId, dayOf(event.occurredAt), { leaves: 1 });
}

/**
 * A thread was created (live): its owner's topic, if the starter message was not already one.
 * The topic's time is the thread's creation.
 * @param event - the thread
 * @param ctx - the module context
 */
export async function onThreadCreated(event: DomainEventOf<'thread.created'>, ctx: AnalyticsContext): Promise<void> {
  const p = event.payload;
  if (p.ownerId === null || (await knownBot(ctx, event.guildId, p.ownerId))) return;
  await recordTopic(ctx.db, {
    guildId: event.guildId,
    messageId: p.threadId,
    channelId: p.parentId ?? p.threadId,
    authorId: p.ownerId,
    postedAt: event.occurredAt,
  });
}
