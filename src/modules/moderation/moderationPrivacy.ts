import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { PermissionOverwrite } from '../../platform/Platform.js';
import type { EvidenceMessage } from './automodVocabulary.js';
import { ERASED } from './cases/erased.js';
import { parseEvidence } from './cases/ModerationCase.js';
import { parseRestore } from './lockdown/LockedChannel.js';
import type { ModerationContext } from './ModerationContext.js';
import { moderationDb, type ModerationDb } from './ModerationTables.js';

/**
 * Moderation's part of member export and erase.
 *
 * A member appears in moderation's tables as the member of a case (`moderation_cases.user_id`,
 * with copies of their messages as evidence) or of an appeal (`moderation_appeals.user_id`,
 * with their statement), and also as staff: the moderator of a case (`actor_id`), who filed or
 * decided an appeal (`filed_by`, `decided_by`), who started a lockdown (`started_by`); as the
 * author of evidence in other members' cases; and by id inside text (a reason written
 * `by <@id>`, a case's idempotency key, an error message, a lockdown's saved overwrites).
 *
 * Erase deletes the member's cases and appeals (with their evidence and statements) unless
 * `keepModerationRecords` is set: then the records about them stay as they are, so a ban stays
 * enforceable and its case explainable. Either way their id leaves every other row (replaced
 * by {@link ERASED}; the case stays), and the content of their messages kept as evidence in
 * other members' cases is blanked.
 */
export const moderationPrivacy: MemberPrivacy<ModerationContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = moderationDb(ctx.db);
    const out: Record<string, Json> = {};
    const cases = await db
      .selectFrom('moderation_cases')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    if (cases.length > 0) {
      out.cases = cases.map((row) => ({ ...row, evidence: parseEvidence(row.evidence).map(evidenceJson) }));
    }
    const appeals = await db
      .selectFrom('moderation_appeals')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    if (appeals.length > 0) out.appeals = appeals;

    const mentioning = await rowsMentioning(db, guildId, userId);
    const otherCases = mentioning.cases.filter((c) => c.user_id !== userId);
    const acted = otherCases.filter((c) => c.actor_id === userId);
    if (acted.length > 0) {
      // As a moderator: what they did, not the other member's data.
      out.casesActedOn = acted.map((c) => ({
        id: c.id,
        action: c.action,
        reason: c.reason,
        created_at: c.created_at,
        status: c.status,
      }));
    }
    const evidence = otherCases.flatMap((c) =>
      parseEvidence(c.evidence)
        .filter((e) => e.authorId === userId)
        .map((e) => ({ caseId: c.id, ...evidenceJson(e) })),
    );
    if (evidence.length > 0) out.evidenceInOtherCases = evidence;
    const handled = mentioning.appeals.filter(
      (a) => a.user_id !== userId && (a.filed_by === userId || a.decided_by === userId),
    );
    if (handled.length > 0) {
      out.appealsHandled = handled.map((a) => ({
        id: a.id,
        case_id: a.case_id,
        level: a.level,
        filed: a.filed_by === userId,
        decided: a.decided_by === userId,
        status: a.status,
        decided_at: a.decided_by === userId ? a.decided_at : null,
        decision_reason: a.decided_by === userId ? a.decision_reason : null,
      }));
    }
    const started = mentioning.lockdowns.filter((l) => l.started_by === userId);
    if (started.length > 0) {
      out.lockdownsStarted = started.map((l) => ({
        id: l.id,
        reason: l.reason,
        started_at: l.started_at,
        ends_at: l.ends_at,
        ended_at: l.ended_at,
      }));
    }
    return out;
  },

  async eraseMember(ctx, guildId, userId, { keepModerationRecords }) {
    const db = moderationDb(ctx.db);
    let changed = 0;
    if (!keepModerationRecords) {
      const own = db
        .selectFrom('moderation_cases')
        .select('id')
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId);
      const appeals = await db
        .deleteFrom('moderation_appeals')
        .where('guild_id', '=', guildId)
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('case_id', 'in', own)]))
        .executeTakeFirst();
      const cases = await db
        .deleteFrom('moderation_cases')
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      changed += Number(appeals.numDeletedRows) + Number(cases.numDeletedRows);
    }
    // What is left mentions them as staff, as an author of evidence, or by id in text: blank
    // them out of it (the records about them themselves, when kept, stay as they are).
    const blank = blanker(userId);
    const left = await rowsMentioning(db, guildId, userId);
    for (const c of left.cases) {
      if (c.user_id === userId) continue;
      const evidence = parseEvidence(c.evidence).map((e) =>
        e.authorId === userId ? { ...e, authorId: ERASED, content: '' } : e,
      );
      await db
        .updateTable('moderation_cases')
        .set({
          actor_id: c.actor_id === userId ? ERASED : c.actor_id,
          reason: blank(c.reason),
          evidence: blank(JSON.stringify(evidence)),
          close_reason: blankOrNull(blank, c.close_reason),
          source_key: blank(c.source_key),
          apply_error: blankOrNull(blank, c.apply_error),
        })
        .where('id', '=', c.id)
        .execute();
      changed += 1;
    }
    for (const a of left.appeals) {
      if (a.user_id === userId) continue;
      await db
        .updateTable('moderation_appeals')
        .set({
          filed_by: a.filed_by === userId ? ERASED : a.filed_by,
          decided_by: a.decided_by === userId ? ERASED : a.decided_by,
          statement: blank(a.statement),
          decision_reason: blankOrNull(blank, a.decision_reason),
        })
        .where('id', '=', a.id)
        .execute();
      changed += 1;
    }
    for (const l of left.lockdowns) {
      await db
        .updateTable('moderation_lockdowns')
        .set({
          started_by: l.started_by === userId ? ERASED : l.started_by,
          reason: blank(l.reason),
          restore: blank(withoutMemberOverwrites(l.restore, userId)),
        })
        .where('id', '=', l.id)
        .execute();
      changed += 1;
    }
    return changed;
  },

  async blankContentBefore(ctx, before) {
    const db = moderationDb(ctx.db);
    // Only cases whose evidence still holds some text (JSON.stringify writes `"content":"…"`).
    const rows = await db
      .selectFrom('moderation_cases')
      .select(['id', 'evidence'])
      .where('evidence', 'like', '%"content":"_%')
      .execute();
    let changed = 0;
    for (const row of rows) {
      const evidence = parseEvidence(row.evidence);
      if (!evidence.some((e) => e.postedAt < before && e.content !== '')) continue;
      const blanked = evidence.map((e) => (e.postedAt < before ? { ...e, content: '' } : e));
      await db
        .updateTable('moderation_cases')
        .set({ evidence: JSON.stringify(blanked) })
        .where('id', '=', row.id)
        .execute();
      changed += 1;
    }
    return changed;
  },
};

/** One evidence message as export JSON. */
function evidenceJson(e: EvidenceMessage): { [key: string]: Json } {
  return {
    messageId: e.messageId,
    channelId: e.channelId,
    authorId: e.authorId,
    content: e.content,
    postedAt: e.postedAt,
  };
}

/**
 * Replaces the member's id wherever it stands alone in a text (`<@id>`, `…:id`), not inside a
 * longer number.
 */
function blanker(userId: string): (text: string) => string {
  const pattern = new RegExp(`(?<![0-9])${userId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9])`, 'g');
  return (text) => text.replace(pattern, ERASED);
}

function blankOrNull(blank: (text: string) => string, text: string | null): string | null {
  return text === null ? null : blank(text);
}

/**
 * A lockdown's saved state without the member's own permission overwrites (a read-only
 * lockdown's restore then leaves them off the channel, which is what erasing asks).
 */
function withoutMemberOverwrites(json: string, userId: string): string {
  const restore = parseRestore(json);
  const keep = (overwrites: PermissionOverwrite[]): PermissionOverwrite[] =>
    overwrites.filter((o) => !(o.type === 'member' && o.id === userId));
  return JSON.stringify({
    ...restore,
    channels: restore.channels.map((c) => ({ ...c, previousOverwrites: keep(c.previousOverwrites) })),
  });
}

/**
 * Rows of the guild whose columns may hold the member's id: a LIKE on every text column
 * narrows them down (it may match more, e.g. a longer id containing theirs; the callers look
 * at each row).
 */
async function rowsMentioning(db: ModerationDb, guildId: string, userId: string) {
  const like = `%${userId}%`;
  const cases = await db
    .selectFrom('moderation_cases')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where((eb) =>
      eb.or([
        eb('user_id', '=', userId),
        eb('actor_id', '=', userId),
        eb('reason', 'like', like),
        eb('evidence', 'like', like),
        eb('close_reason', 'like', like),
        eb('source_key', 'like', like),
        eb('apply_error', 'like', like),
      ]),
    )
    .orderBy('id')
    .execute();
  const appeals = await db
    .selectFrom('moderation_appeals')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where((eb) =>
      eb.or([
        eb('user_id', '=', userId),
        eb('filed_by', '=', userId),
        eb('decided_by', '=', userId),
        eb('statement', 'like', like),
        eb('decision_reason', 'like', like),
      ]),
    )
    .orderBy('id')
    .execute();
  const lockdowns = await db
    .selectFrom('moderation_lockdowns')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('started_by', '=', userId), eb('reason', 'like', like), eb('restore', 'like', like)]))
    .orderBy('id')
    .execute();
  return { cases, appeals, lockdowns };
}
