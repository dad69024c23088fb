import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { questionTags } from '../store/Questions.js';
import { memberDisplayNames as memberNames } from '../../../core/members/memberDisplayNames.js';
import { threadUrl } from './threadUrl.js';
import type { QueueEntry, SupportQueue } from './SupportReportsApi.js';

/**
 * The support queue: every open or answered-but-unsolved question, oldest first, with its age
 * against its tier's target. A question is overdue when it is unanswered and its tier's target
 * has passed (the deadline the escalation stored, else asked + the tier's `within`), or when it
 * was reported overdue past the last tier.
 * @param ctx - module context (db, config, members, platform)
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function supportQueue(
  ctx: Pick<SupportContext, 'db' | 'config' | 'members' | 'platform'>,
  guildId: string,
  now: number,
): Promise<SupportQueue> {
  const db = supportDb(ctx.db);
  const rows = await db
    .selectFrom('support_questions')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('status', 'in', ['open', 'answered'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const { tiers } = ctx.config;
  const reportedOverdue = new Set(
    rows.length === 0 || tiers.length === 0
      ? []
      : (
          await db
            .selectFrom('support_escalations')
            .select('question_id')
            .where('guild_id', '=', guildId)
            .where('tier', '>=', tiers.length)
            .where(
              'question_id',
              'in',
              rows.map((r) => r.id),
            )
            .execute()
        ).map((r) => r.question_id),
  );
  const names = await memberNames(
    ctx,
    guildId,
    rows.map((r) => r.asker_id),
  );
  const questions = rows.map((row): QueueEntry => {
    const tier = tiers[Math.min(row.tier, tiers.length - 1)];
    const unanswered = row.first_response_at === null;
    const dueAt = !unanswered || tier === undefined ? null : (row.escalate_at ?? row.created_at + tier.within);
    const overdue =
      unanswered &&
      tier !== undefined &&
      (reportedOverdue.has(row.id) || row.tier >= tiers.length || (dueAt !== null && now >= dueAt));
    return {
      id: row.id,
      title: row.title,
      tags: questionTags(row),
      askerId: row.asker_id,
      askerName: names.get(row.asker_id) ?? row.asker_id,
      status: row.status === 'answered' ? 'answered' : 'open',
      askedAt: row.created_at,
      ageMs: Math.max(0, now - row.created_at),
      tier: row.tier,
      tierName: tier?.name ?? null,
      targetMs: tier?.within ?? null,
      dueAt,
      overdue,
      firstResponseAt: row.first_response_at,
      answeredBy: row.answered_by,
      answers: row.answers,
      threadUrl: threadUrl(guildId, row.id),
    };
  });
  return { now, tiers: tiers.map((t) => ({ name: t.name, targetMs: t.within })), questions };
}
