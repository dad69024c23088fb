import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { getQuestion, questionTags } from '../store/Questions.js';
import { memberDisplayNames as memberNames } from '../../../core/members/memberDisplayNames.js';
import { threadUrl } from './threadUrl.js';
import type { QuestionDetail } from './SupportReportsApi.js';

/**
 * One question for the dashboard: its fields with names, the members taking part (asker first,
 * then by first message), the tiers it moved to and the similar questions suggested in it.
 * Undefined when there is no such question.
 * @param ctx - module context (db, config, members, platform)
 * @param guildId - the guild
 * @param questionId - the thread id
 */
export async function questionDetail(
  ctx: SupportContext,
  guildId: string,
  questionId: string,
): Promise<QuestionDetail | undefined> {
  const q = await getQuestion(ctx, guildId, questionId);
  if (q === undefined) return undefined;
  const db = supportDb(ctx.db);
  const participants = await db
    .selectFrom('support_participants')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('question_id', '=', questionId)
    .orderBy('first_at')
    .orderBy('user_id')
    .execute();
  const escalations = await db
    .selectFrom('support_escalations')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('question_id', '=', questionId)
    .orderBy('tier')
    .execute();
  const suggestions = await db
    .selectFrom('support_suggestions')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('question_id', '=', questionId)
    .orderBy('rank')
    .execute();
  const ids = suggestions.map((s) => s.suggested_id);
  const titles = new Map<string, string>();
  if (ids.length > 0) {
    for (const table of ['support_questions', 'support_articles'] as const) {
      const found = await db
        .selectFrom(table)
        .select(['id', 'title'])
        .where('guild_id', '=', guildId)
        .where('id', 'in', ids)
        .execute();
      for (const row of found) titles.set(row.id, row.title);
    }
  }
  const people = [q.asker_id, ...participants.map((p) => p.user_id)];
  if (q.first_responder_id !== null) people.push(q.first_responder_id);
  if (q.solution_author_id !== null) people.push(q.solution_author_id);
  const names = await memberNames(ctx, guildId, people);
  const nameOf = (id: string | null): string | null => (id === null ? null : (names.get(id) ?? id));
  const { tiers } = ctx.config;
  return {
    question: {
      id: q.id,
      channelId: q.channel_id,
      title: q.title,
      body: q.body,
      tags: questionTags(q),
      status: q.status,
      askerId: q.asker_id,
      askerName: nameOf(q.asker_id) ?? q.asker_id,
      askedAt: q.created_at,
      lastActivityAt: q.last_activity_at,
      answers: q.answers,
      firstResponseAt: q.first_response_at,
      firstResponderId: q.first_responder_id,
      firstResponderName: nameOf(q.first_responder_id),
      answeredBy: q.answered_by,
      tier: q.tier,
      tierName: tiers[Math.min(q.tier, tiers.length - 1)]?.name ?? null,
      escalateAt: q.escalate_at,
      solvedAt: q.solved_at,
      solutionMessageId: q.solution_message_id,
      solutionAuthorId: q.solution_author_id,
      solutionAuthorName: nameOf(q.solution_author_id),
      solvedVia: q.solved_via,
      archivedAt: q.archived_at,
      threadUrl: threadUrl(guildId, q.id),
    },
    participants: participants
      .map((p) => ({
        userId: p.user_id,
        name: nameOf(p.user_id) ?? p.user_id,
        staff: p.staff === 1,
        asker: p.user_id === q.asker_id,
        messages: p.messages,
        firstAt: p.first_at,
        lastAt: p.last_at,
      }))
      .sort((a, b) => Number(b.asker) - Number(a.asker)),
    escalations: escalations.map((e) => ({
      tier: e.tier,
      tierName: e.tier_name,
      overdue: e.tier >= tiers.length,
      escalatedAt: e.escalated_at,
      channelId: e.channel_id,
    })),
    suggestions: suggestions.map((s) => ({
      id: s.suggested_id,
      title: titles.get(s.suggested_id) ?? null,
      rank: s.rank,
      score: s.score,
    })),
  };
}
