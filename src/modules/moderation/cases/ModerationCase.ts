import {
  isAutomodCategory,
  isSeverity,
  type AutomodCategory,
  type EvidenceMessage,
  type Severity,
} from '../automodVocabulary.js';
import type { ModerationAction } from '../moderationEvents.js';
import type { CaseStatus, ModerationCaseTable } from '../ModerationTables.js';

/** A case as the module works with it. */
export interface ModerationCase {
  id: number;
  guildId: string;
  userId: string | null;
  action: ModerationAction;
  reason: string;
  ruleId: string | null;
  ruleName: string | null;
  category: AutomodCategory | null;
  severity: Severity | null;
  /** The moderator; null for automod. */
  actorId: string | null;
  evidence: EvidenceMessage[];
  channelId: string | null;
  strike: boolean;
  ladderStep: number | null;
  durationMs: number | null;
  createdAt: number;
  expiresAt: number | null;
  strikeExpiresAt: number | null;
  strikeDecayedAt: number | null;
  status: CaseStatus;
  closedAt: number | null;
  closeReason: string | null;
  appliedAt: number | null;
  applyError: string | null;
  modLogMessageId: string | null;
  /** What opened it (`command:<interaction>`, an automod event id…): stable across re-runs. */
  sourceKey: string;
}

/** Every case action, in the order the API lists them (`CASE_KINDS`). */
export const MODERATION_ACTIONS = [
  'warn',
  'timeout',
  'kick',
  'ban',
  'unban',
  'untimeout',
  'delete',
  'flag',
  'lockdown',
  'lockdown_end',
] as const satisfies readonly ModerationAction[];

const ACTIONS: ReadonlySet<string> = new Set<ModerationAction>(MODERATION_ACTIONS);

/** A stored row as a case. */
export type CaseRow = Omit<ModerationCaseTable, 'id'> & { id: number };

/**
 * Reads a stored row.
 * @param row - a `moderation_cases` row
 */
export function toCase(row: CaseRow): ModerationCase {
  return {
    id: row.id,
    guildId: row.guild_id,
    userId: row.user_id,
    action: isAction(row.action) ? row.action : 'flag',
    reason: row.reason,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    category: row.category !== null && isAutomodCategory(row.category) ? row.category : null,
    severity: row.severity !== null && isSeverity(row.severity) ? row.severity : null,
    actorId: row.actor_id,
    evidence: parseEvidence(row.evidence),
    channelId: row.channel_id,
    strike: row.strike === 1,
    ladderStep: row.ladder_step,
    durationMs: row.duration_ms,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    strikeExpiresAt: row.strike_expires_at,
    strikeDecayedAt: row.strike_decayed_at,
    status: row.status,
    closedAt: row.closed_at,
    closeReason: row.close_reason,
    appliedAt: row.applied_at,
    applyError: row.apply_error,
    sourceKey: row.source_key,
    modLogMessageId: row.mod_log_message_id,
  };
}

function isAction(value: string): value is ModerationAction {
  return ACTIONS.has(value);
}

/**
 * Reads a stored evidence list (`moderation_cases.evidence`); an unreadable one is empty.
 * @param json - the column
 */
export function parseEvidence(json: string): EvidenceMessage[] {
  try {
    const parsed: unknown = JSON.parse(json);
    // Written by this module from typed evidence.
    return Array.isArray(parsed) ? (parsed as EvidenceMessage[]) : [];
  } catch {
    return [];
  }
}
