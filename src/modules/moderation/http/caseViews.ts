import { z } from 'zod';
import { AUTOMOD_CATEGORIES, SEVERITIES, type Assert, type Same } from '../automodVocabulary.js';
import type { Appeal } from '../appeals/Appeal.js';
import { describeAction } from '../cases/describeCase.js';
import { MODERATION_ACTIONS, type ModerationCase } from '../cases/ModerationCase.js';
import type { ModerationAction } from '../moderationEvents.js';
import type { CaseStatus } from '../ModerationTables.js';

/** Every case kind (a case's action), as the API names them. */
export const CASE_KINDS = MODERATION_ACTIONS;

/** Every stored case status. */
export const CASE_STATUSES = ['active', 'expired', 'revoked', 'overturned'] as const;

/** Fails to compile when the API's lists and the module's types drift apart. */
export type CaseViewsMatchTables = [
  Assert<Same<(typeof CASE_KINDS)[number], ModerationAction>>,
  Assert<Same<(typeof CASE_STATUSES)[number], CaseStatus>>,
];

/** A copy of a message kept in a case (the original may be deleted). */
export const EvidenceView = z.object({
  messageId: z.string(),
  channelId: z.string(),
  authorId: z.string(),
  content: z.string(),
  /** Epoch ms. */
  postedAt: z.number(),
});

/** A case as the dashboard shows it. */
export const CaseView = z.object({
  caseNumber: z.number().int(),
  /** The member; null for a guild-wide action (lockdown). */
  userId: z.string().nullable(),
  kind: z.enum(CASE_KINDS),
  /** The action in words: `Timeout (24 hours)`. */
  label: z.string(),
  reason: z.string(),
  status: z.enum(CASE_STATUSES),
  /** `automod` when no moderator acted (automod, a lockdown lifting by itself). */
  source: z.enum(['automod', 'manual']),
  actorId: z.string().nullable(),
  /** The automod rule that opened it, as stored with the case; null for a moderator's action. */
  rule: z
    .object({
      id: z.string(),
      name: z.string().nullable(),
      category: z.enum(AUTOMOD_CATEGORIES).nullable(),
      severity: z.enum(SEVERITIES).nullable(),
    })
    .nullable(),
  evidence: z.array(EvidenceView),
  channelId: z.string().nullable(),
  strike: z.boolean(),
  /** The strike stopped counting (decay); false when it still counts or was none. */
  strikeDecayed: z.boolean(),
  ladderStep: z.number().int().nullable(),
  durationMs: z.number().nullable(),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  closeReason: z.string().nullable(),
  /** When the sanction was carried out; null: not yet, or nothing to carry out. */
  appliedAt: z.number().nullable(),
  /** Why carrying it out failed (Discord refused, member left). */
  applyError: z.string().nullable(),
});

/** An appeal as the dashboard shows it. */
export const AppealView = z.object({
  appealId: z.number().int(),
  caseNumber: z.number().int(),
  userId: z.string(),
  /** The member, or a moderator on a banned member's behalf. */
  filedBy: z.string(),
  /** `first` goes to moderators, `final` to admins. */
  level: z.enum(['first', 'final']),
  statement: z.string(),
  status: z.enum(['pending', 'upheld', 'overturned']),
  createdAt: z.number(),
  decidedAt: z.number().nullable(),
  decidedBy: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** When it was flagged for waiting too long. */
  flaggedAt: z.number().nullable(),
});

/**
 * A case for the API.
 * @param c - the case
 */
export function caseView(c: ModerationCase): z.output<typeof CaseView> {
  return {
    caseNumber: c.id,
    userId: c.userId,
    kind: c.action,
    label: describeAction(c),
    reason: c.reason,
    status: c.status,
    source: c.actorId === null ? 'automod' : 'manual',
    actorId: c.actorId,
    rule: c.ruleId === null ? null : { id: c.ruleId, name: c.ruleName, category: c.category, severity: c.severity },
    evidence: c.evidence,
    channelId: c.channelId,
    strike: c.strike,
    strikeDecayed: c.strikeDecayedAt !== null,
    ladderStep: c.ladderStep,
    durationMs: c.durationMs,
    createdAt: c.createdAt,
    expiresAt: c.expiresAt,
    closedAt: c.closedAt,
    closeReason: c.closeReason,
    appliedAt: c.appliedAt,
    applyError: c.applyError,
  };
}

/**
 * An appeal for the API.
 * @param a - the appeal
 */
export function appealView(a: Appeal): z.output<typeof AppealView> {
  return {
    appealId: a.id,
    caseNumber: a.caseId,
    userId: a.userId,
    filedBy: a.filedBy,
    level: a.level,
    statement: a.statement,
    status: a.status,
    createdAt: a.createdAt,
    decidedAt: a.decidedAt,
    decidedBy: a.decidedBy,
    decisionReason: a.decisionReason,
    flaggedAt: a.flaggedAt,
  };
}
