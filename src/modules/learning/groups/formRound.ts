import type { GroupType } from '../config/LearningTypes.js';
import type { LearningContext } from '../LearningContext.js';

/** What a formation round was asked to do. */
export interface RoundRequest {
  type: GroupType;
  /** Only show the groups (stored as a preview round), make nothing. */
  preview: boolean;
  /** Who asked (null: the schedule). */
  by: string | null;
  source: 'command' | 'schedule' | 'dashboard';
  scheduleId?: string | null;
}

/** What a round did. */
export interface RoundResult {
  roundId: string;
  number: number;
  learners: number;
  groups: { groupId: string | null; number: number | null; memberIds: string[]; compatibility: number }[];
  unplaced: { userId: string; reason: string }[];
  value: number;
  bound: number;
  gapPct: number;
  exact: boolean;
}

/**
 * PLACEHOLDER (lead's skeleton; the groups helper replaces the body): forms (or previews) the
 * study groups of one type over everyone taking part.
 * @param ctx - module context
 * @param guildId - the guild
 * @param request - type, preview, who
 */
export function formRound(ctx: LearningContext, guildId: string, request: RoundRequest): Promise<RoundResult> {
  return Promise.reject(
    new Error(`formRound is not implemented (${guildId}, ${request.type}, ${ctx.config.timezone})`),
  );
}
