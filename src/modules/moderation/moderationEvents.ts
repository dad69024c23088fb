// The moderation module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere see them typed without importing this module) and one summary line each.
import { defineEvents } from '../../core/defineEvents.js';
import { excerpt } from '../../core/summaryText.js';

/** What a moderation case did. */
export type ModerationAction =
  'warn' | 'timeout' | 'kick' | 'ban' | 'unban' | 'untimeout' | 'delete' | 'flag' | 'lockdown' | 'lockdown_end';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A moderation case was opened: a sanction, a deletion, a lockdown, by automod or a moderator. */
    'moderation.case_opened': {
      caseId: number;
      /** Null for a guild-wide action (lockdown). */
      userId: string | null;
      action: ModerationAction;
      reason: string;
      ruleId: string | null;
      /** The moderator, or null for automod. */
      actorId: string | null;
      /** Epoch ms a timed sanction ends, or null. */
      expiresAt: number | null;
      /** Counts on the escalation ladder. */
      strike: boolean;
    };
    /** A case stopped being in force: its time ran out, a moderator lifted it, or an appeal overturned it. */
    'moderation.case_closed': {
      caseId: number;
      userId: string | null;
      action: ModerationAction;
      outcome: 'expired' | 'revoked' | 'overturned';
    };
    'moderation.appeal_filed': { appealId: number; caseId: number; userId: string; level: 'first' | 'final' };
    'moderation.appeal_decided': {
      appealId: number;
      caseId: number;
      userId: string;
      level: 'first' | 'final';
      outcome: 'upheld' | 'overturned';
      reviewerId: string;
      /** The automod rule of the case, for false-positive rates per rule. */
      ruleId: string | null;
    };
    'moderation.lockdown_started': { reason: string; endsAt: number | null; startedBy: string | null };
    'moderation.lockdown_ended': { reason: string; endedBy: string | null };
  }
}

/** The moderation module's events. */
export const moderationEvents = defineEvents('moderation', {
  'moderation.case_opened': {
    summary: (p, n) =>
      `Case #${p.caseId}: ${p.action.replaceAll('_', ' ')}${p.userId === null ? '' : ` for ${n.user(p.userId)}`} (${excerpt(p.reason)})`,
  },
  'moderation.case_closed': { summary: (p) => `Case #${p.caseId} ${p.outcome}` },
  'moderation.appeal_filed': { summary: (p, n) => `${n.user(p.userId)} appealed case #${p.caseId}` },
  'moderation.appeal_decided': { summary: (p) => `Appeal on case #${p.caseId} ${p.outcome}` },
  'moderation.lockdown_started': { summary: (p) => `Lockdown started: ${excerpt(p.reason)}` },
  'moderation.lockdown_ended': { summary: (p) => `Lockdown ended: ${excerpt(p.reason)}` },
});
