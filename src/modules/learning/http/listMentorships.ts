import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { learningDb } from '../LearningTables.js';
import type { MentorshipList } from './LearningApi.js';
import { named, threadUrl, type LearningViewContext } from './learningViews.js';

type Status = 'active' | 'completed' | 'ended' | 'all';

/**
 * Mentorships, newest first, with their journey: sessions met, missed (no-show), skipped and
 * pending, the next one due, and how much of the planned length has gone by.
 * @param ctx - db, clock, member directory, platform
 * @param guildId - the guild
 * @param status - active, completed, ended or all
 */
export async function listMentorships(
  ctx: LearningViewContext,
  guildId: string,
  status: Status,
): Promise<MentorshipList> {
  const db = learningDb(ctx.db);
  let select = db.selectFrom('learning_mentorships').selectAll().where('guild_id', '=', guildId);
  if (status !== 'all') select = select.where('status', '=', status);
  const rows = await select.orderBy('started_at', 'desc').orderBy('id').execute();
  if (rows.length === 0) return { mentorships: [] };
  const sessions = await db
    .selectFrom('learning_sessions')
    .select(['mentorship_id', 'kind', 'seq', 'due_at', 'outcome'])
    .where('guild_id', '=', guildId)
    .where(
      'mentorship_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('due_at')
    .orderBy('seq')
    .execute();
  const names = await memberDisplayNames(
    ctx,
    guildId,
    rows.flatMap((r) => [r.mentor_id, r.mentee_id]),
  );
  const now = ctx.clock.now();
  return {
    mentorships: rows.map((r) => {
      const own = sessions.filter((s) => s.mentorship_id === r.id);
      const of = (outcome: string) => own.filter((s) => s.outcome === outcome).length;
      const next = own.find((s) => s.outcome === 'pending');
      const length = r.ends_at - r.started_at;
      const end = r.ended_at ?? now;
      const elapsed = r.status !== 'active' ? 1 : length <= 0 ? 1 : (end - r.started_at) / length;
      return {
        id: r.id,
        mentor: named(names, r.mentor_id),
        mentee: named(names, r.mentee_id),
        compatibility: r.compatibility,
        source: r.source,
        status: r.status,
        startedAt: r.started_at,
        endsAt: r.ends_at,
        endedAt: r.ended_at,
        elapsed: Math.min(1, Math.max(0, elapsed)),
        sessions: { met: of('met'), noShow: of('no_show'), skipped: of('skipped'), pending: of('pending') },
        nextDue: next === undefined ? null : { kind: next.kind, seq: next.seq, dueAt: next.due_at },
        threadUrl: threadUrl(guildId, r.thread_id),
      };
    }),
  };
}
