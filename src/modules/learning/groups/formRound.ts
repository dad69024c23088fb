import type { Selectable } from 'kysely';
import type { GroupType } from '../config/LearningTypes.js';
import type { LearningContext } from '../LearningContext.js';
import type { LearningProfileTable, LearningRoundTable } from '../LearningTables.js';
import { formGroups } from '../matching/formGroups.js';
import type { GroupSolution } from '../matching/MatchProfile.js';
import { disbandGroupJob } from './disbandGroup.js';
import { GroupStore } from './groupStore.js';
import { createGroupSpace, groupsChannelId } from './groupSpace.js';
import { roundProblem } from './roundProblem.js';
import { tellUnplaced } from './tellUnplaced.js';

/** What a formation round was asked to do. */
export interface RoundRequest {
  type: GroupType;
  /** Only show the groups (stored as a preview round), make nothing. */
  preview: boolean;
  /** Who asked (null: the schedule). */
  by: string | null;
  source: 'command' | 'schedule' | 'dashboard';
  scheduleId?: string | null;
  /**
   * The round's id, derived from its cause (`cmd-<interaction id>`, `sched-<schedule>-<at>`):
   * a round already stored under it is answered as stored instead of formed again.
   */
  roundId?: string;
}

/** What a round did. */
export interface RoundResult {
  roundId: string;
  number: number;
  type: GroupType;
  learners: number;
  groups: { groupId: string | null; number: number | null; memberIds: string[]; compatibility: number }[];
  unplaced: { userId: string; reason: string }[];
  value: number;
  bound: number;
  gapPct: number;
  exact: boolean;
}

type RoundRow = Selectable<LearningRoundTable>;

function roundFields(solution: GroupSolution, learners: number) {
  return {
    learners,
    groups: solution.groups.length,
    unplaced: solution.unplaced.length,
    value: solution.value,
    bound: solution.bound,
    gap: solution.gapPct,
    exact: solution.exact ? 1 : 0,
  };
}

async function emitFormed(ctx: LearningContext, guildId: string, round: RoundRow, preview: boolean): Promise<void> {
  await ctx.emit(
    'learning.groups_formed',
    {
      roundId: round.id,
      number: round.number,
      type: round.type,
      preview,
      learners: round.learners,
      groups: round.groups,
      unplaced: round.unplaced,
      value: round.value,
      bound: round.bound,
      gapPct: round.gap,
      exact: round.exact === 1,
      by: round.by,
    },
    { key: `groups_formed:${round.id}:${preview ? 'preview' : 'formed'}`, guildId },
  );
}

/**
 * Makes a solved round's groups: rows with running numbers, each group's thread, role and
 * intro, `learning.group_created`, the lifetime's disband job; stores and tells the unplaced.
 */
async function makeGroups(
  ctx: LearningContext,
  guildId: string,
  round: RoundRow,
  solution: GroupSolution,
  profiles: readonly Selectable<LearningProfileTable>[],
): Promise<RoundResult> {
  const store = new GroupStore(ctx.db);
  const now = ctx.clock.now();
  const channelId = await groupsChannelId(ctx, guildId);
  const byId = new Map(profiles.map((p) => [p.user_id, p]));
  const first = await store.nextNumber(guildId, 'learning_groups');
  const groups: RoundResult['groups'] = [];
  for (const [index, formed] of solution.groups.entries()) {
    const id = `${round.id}:${index + 1}`;
    const number = first + index;
    const members = formed.memberIds.map((userId, i) => ({
      userId,
      compatibility: formed.memberCompatibility[i] ?? 0,
    }));
    await store.insertGroup(
      {
        guild_id: guildId,
        id,
        round_id: round.id,
        number,
        type: round.type,
        thread_id: null,
        role_id: null,
        compatibility: formed.compatibility,
        status: 'active',
        created_at: now,
        disbanded_at: null,
      },
      members,
    );
    const space = await createGroupSpace(ctx, guildId, channelId, { ...formed, id, number, type: round.type }, byId);
    await store.setSpace(guildId, id, { thread_id: space.threadId, role_id: space.roleId });
    await ctx.emit(
      'learning.group_created',
      {
        groupId: id,
        number,
        roundId: round.id,
        type: round.type,
        memberIds: [...formed.memberIds],
        compatibility: formed.compatibility,
        threadId: space.threadId,
        roleId: space.roleId,
      },
      { key: `group_created:${id}`, guildId },
    );
    const lifetime = ctx.config.groups.lifetime;
    if (lifetime !== null) {
      await ctx.schedule(disbandGroupJob, {
        key: `group-disband:${id}`,
        runAt: now + lifetime,
        payload: { guildId, groupId: id },
      });
    }
    groups.push({ groupId: id, number, memberIds: [...formed.memberIds], compatibility: formed.compatibility });
  }
  const unplaced = solution.unplaced.map((u) => ({ userId: u.id, reason: u.reason }));
  await store.insertUnplaced(guildId, round.id, unplaced);
  await tellUnplaced(ctx, guildId, channelId, round, unplaced, byId);
  return resultOf(round, groups, unplaced);
}

function resultOf(round: RoundRow, groups: RoundResult['groups'], unplaced: RoundResult['unplaced']): RoundResult {
  return {
    roundId: round.id,
    number: round.number,
    type: round.type,
    learners: round.learners,
    groups,
    unplaced,
    value: round.value,
    bound: round.bound,
    gapPct: round.gap,
    exact: round.exact === 1,
  };
}

/** A round already formed, as stored. */
async function storedResult(ctx: LearningContext, guildId: string, round: RoundRow): Promise<RoundResult> {
  const store = new GroupStore(ctx.db);
  const groups = await store.groupsOfRound(guildId, round.id);
  const unplaced = await store.unplacedOfRound(guildId, round.id);
  return resultOf(
    round,
    groups.map((g) => ({
      groupId: g.id,
      number: g.number,
      memberIds: g.members.map((m) => m.user_id),
      compatibility: g.compatibility,
    })),
    unplaced,
  );
}

/** The proposed groups of a preview (no ids or numbers yet). */
function previewResult(round: RoundRow, solution: GroupSolution): RoundResult {
  return resultOf(
    round,
    solution.groups.map((g) => ({
      groupId: null,
      number: null,
      memberIds: [...g.memberIds],
      compatibility: g.compatibility,
    })),
    solution.unplaced.map((u) => ({ userId: u.id, reason: u.reason })),
  );
}

/**
 * Forms (or previews) the study groups of one type over everyone taking part, in one unit of
 * work: the round row (running number), and unless a preview the groups with their threads,
 * roles and intros, the unplaced told why; `learning.groups_formed` always,
 * `learning.group_created` per group. A round already stored under `request.roundId` (a job
 * run again after its commit) is answered as stored. A new preview replaces the type's older
 * previews.
 * @param ctx - module context
 * @param guildId - the guild
 * @param request - type, preview, who
 */
export async function formRound(ctx: LearningContext, guildId: string, request: RoundRequest): Promise<RoundResult> {
  const store = new GroupStore(ctx.db);
  const now = ctx.clock.now();
  const roundId = request.roundId ?? `${request.source}-${now}`;
  const existing = await store.round(guildId, roundId);
  if (existing !== undefined && existing.status === 'formed') return storedResult(ctx, guildId, existing);
  const { problem, profiles } = await roundProblem(ctx, guildId, request.type);
  const solution = formGroups(problem);
  const round: RoundRow = existing ?? {
    guild_id: guildId,
    id: roundId,
    number: await store.nextNumber(guildId, 'learning_rounds'),
    type: request.type,
    source: request.source,
    schedule_id: request.scheduleId ?? null,
    by: request.by,
    status: request.preview ? 'preview' : 'formed',
    ...roundFields(solution, problem.learners.length),
    created_at: now,
  };
  if (existing === undefined) await store.insertRound(round);
  await emitFormed(ctx, guildId, round, request.preview);
  if (request.preview) {
    await store.dropPreviews(guildId, request.type, roundId);
    return previewResult(round, solution);
  }
  return makeGroups(ctx, guildId, round, solution, profiles);
}

/** What pressing "Form these groups" did. */
export type PreviewOutcome =
  | { kind: 'gone' }
  | { kind: 'already'; result: RoundResult }
  | { kind: 'formed'; result: RoundResult; changed: boolean };

/**
 * Forms the groups a preview proposed: the round is solved again (the optimiser is
 * deterministic, so the same profiles give the same groups) and the preview row becomes the
 * formed round. `changed` says the groups may differ from the preview: a profile of the cohort
 * changed after it, or the cohort, the number of groups or the objective is not the same.
 * @param ctx - module context
 * @param guildId - the guild
 * @param roundId - the preview round
 * @param by - who pressed the button
 */
export async function formPreviewedRound(
  ctx: LearningContext,
  guildId: string,
  roundId: string,
  by: string,
): Promise<PreviewOutcome> {
  const store = new GroupStore(ctx.db);
  const preview = await store.round(guildId, roundId);
  if (preview === undefined) return { kind: 'gone' };
  if (preview.status === 'formed') return { kind: 'already', result: await storedResult(ctx, guildId, preview) };
  const { problem, profiles } = await roundProblem(ctx, guildId, preview.type);
  const solution = formGroups(problem);
  const fields = roundFields(solution, problem.learners.length);
  const changed =
    profiles.some((p) => p.updated_at > preview.created_at) ||
    fields.learners !== preview.learners ||
    fields.groups !== preview.groups ||
    fields.unplaced !== preview.unplaced ||
    Math.abs(fields.value - preview.value) > 1e-9;
  const round: RoundRow = { ...preview, ...fields, by, status: 'formed' };
  await store.updateRound(guildId, roundId, { ...fields, by, status: 'formed' });
  await emitFormed(ctx, guildId, round, false);
  return { kind: 'formed', result: await makeGroups(ctx, guildId, round, solution, profiles), changed };
}
