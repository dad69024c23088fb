import type { SupportTier } from '../config/TiersConfig.js';
import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { updateQuestion, type Question } from '../store/Questions.js';
import { escalationNotice, type NoticePlace } from './escalationNotice.js';
import { scheduleEscalation } from './scheduleEscalation.js';
import { tierDeadline } from './tierDeadline.js';

/** What moving a question on did. */
export type EscalationOutcome =
  | { kind: 'moved'; tier: SupportTier; tierIndex: number }
  | { kind: 'overdue'; tier: SupportTier }
  /** Nothing: no tiers, or this step was taken before (one notice per tier). */
  | { kind: 'none' };

/**
 * Moves a question from its tier to the next one (`tiers[tier + 1]`): records the escalation
 * (once per tier: `support_escalations`' key), posts the notice in the next tier's channel with
 * its role pinged (or in the thread when the tier has no channel), emits `support.escalated`,
 * and, while the question is unanswered, sets and schedules the next tier's deadline. From the
 * last tier it reports the question overdue instead (tier index = the number of tiers, posted
 * in the last tier's channel, nobody pinged), once. Runs inside a unit of work (job or command).
 * @param ctx - module context
 * @param question - the question as stored
 */
export async function escalateQuestion(ctx: SupportContext, question: Question): Promise<EscalationOutcome> {
  const tiers = ctx.config.tiers;
  const last = tiers[tiers.length - 1];
  if (last === undefined) return { kind: 'none' };
  const targetIndex = Math.min(question.tier + 1, tiers.length);
  const target = tiers[targetIndex];
  const overdue = target === undefined;
  const tier = target ?? last;
  const now = ctx.clock.now();
  const place = await noticePlace(ctx, question, tier);
  const inserted = await supportDb(ctx.db)
    .insertInto('support_escalations')
    .values({
      guild_id: question.guild_id,
      question_id: question.id,
      tier: targetIndex,
      tier_name: tier.name,
      escalated_at: now,
      channel_id: place.channelId,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'question_id', 'tier']).doNothing())
    .executeTakeFirst();
  const first = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
  const unanswered = question.status === 'open' && question.first_response_at === null;
  const nextAt = overdue || !unanswered ? null : tierDeadline(tier, question.created_at);
  await updateQuestion(ctx, question.guild_id, question.id, {
    tier: overdue ? tiers.length - 1 : targetIndex,
    escalate_at: nextAt,
  });
  if (!first) return { kind: 'none' };
  const waitedMs = now - question.created_at;
  await ctx.platform.sendMessage(place.channelId, escalationNotice(question, tier, place, waitedMs, overdue));
  await ctx.emit(
    'support.escalated',
    { questionId: question.id, tier: tier.name, tierIndex: targetIndex, overdue, waitedMs },
    { key: `escalated:${question.id}:${targetIndex}`, guildId: question.guild_id },
  );
  if (nextAt !== null) await scheduleEscalation(ctx, question.guild_id, question.id, targetIndex, nextAt);
  return overdue ? { kind: 'overdue', tier } : { kind: 'moved', tier, tierIndex: targetIndex };
}

/**
 * The tier's channel and role by name (ids from the guild); the question's thread when the tier
 * has no channel or the guild has no channel by that name.
 */
async function noticePlace(ctx: SupportContext, question: Question, tier: SupportTier): Promise<NoticePlace> {
  if (tier.channel === null && tier.role === null) return { channelId: question.id, roleId: null, inThread: true };
  const guild = await ctx.platform.fetchGuild(question.guild_id);
  const channel =
    tier.channel === null
      ? undefined
      : guild.channels.find((c) => c.name === tier.channel && (c.kind === 'text' || c.kind === 'announcement'));
  const role = tier.role === null ? undefined : guild.roles.find((r) => r.name === tier.role);
  return {
    channelId: channel?.id ?? question.id,
    roleId: role?.id ?? null,
    inThread: channel === undefined,
  };
}
