import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { onboardingDb, type OnboardingStepTable, type OnboardingTables } from '../OnboardingTables.js';

/** One member's journey step as stored. */
export type JourneyStep = Selectable<OnboardingStepTable>;

/** What happened to a step: sent (`dm`, `thread`, `channel`), `skipped` or `stopped`. */
export type StepOutcome = 'dm' | 'thread' | 'channel' | 'skipped' | 'stopped';

/** A step's outcome with its detail (why skipped, `dm_closed` when a DM fell back) and message. */
export interface StepResult {
  outcome: StepOutcome;
  detail: string | null;
  messageId: string | null;
}

/**
 * The `onboarding_steps` rows of the journey part: one per member and step, written when the
 * member joins and closed once when the step is sent, skipped or stopped.
 */
export class JourneySteps {
  readonly #db: Kysely<CoreTables & OnboardingTables>;

  /** @param db - the database (inside the caller's unit of work) */
  constructor(db: Kysely<CoreTables>) {
    this.#db = onboardingDb(db);
  }

  /**
   * Records a step as waiting; a step already recorded (a redelivered join) stays as it is.
   * @param result - an outcome at once (a step already past when the join was caught up)
   */
  async plan(
    guildId: string,
    userId: string,
    stepId: string,
    dueAt: number,
    result: StepResult | null,
    now: number,
  ): Promise<void> {
    await this.#db
      .insertInto('onboarding_steps')
      .values({
        guild_id: guildId,
        user_id: userId,
        step_id: stepId,
        due_at: dueAt,
        outcome: result?.outcome ?? null,
        detail: result?.detail ?? null,
        message_id: result?.messageId ?? null,
        done_at: result === null ? null : now,
      })
      .onConflict((oc) => oc.columns(['guild_id', 'user_id', 'step_id']).doNothing())
      .execute();
  }

  /** A member's step, if recorded. */
  async get(guildId: string, userId: string, stepId: string): Promise<JourneyStep | undefined> {
    return this.#db
      .selectFrom('onboarding_steps')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('step_id', '=', stepId)
      .executeTakeFirst();
  }

  /** A member's steps, by due time. */
  async list(guildId: string, userId: string): Promise<JourneyStep[]> {
    return this.#db
      .selectFrom('onboarding_steps')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('due_at')
      .orderBy('step_id')
      .execute();
  }

  /**
   * A member's steps still waiting and due by `dueAt`, by due time: a job runs the late
   * steps before its own, so steps reach the member in order even after downtime.
   */
  async waitingUpTo(guildId: string, userId: string, dueAt: number): Promise<JourneyStep[]> {
    return this.#db
      .selectFrom('onboarding_steps')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('outcome', 'is', null)
      .where('due_at', '<=', dueAt)
      .orderBy('due_at')
      .orderBy('step_id')
      .execute();
  }

  /**
   * Claims a waiting step for this unit of work (marks it taken by setting `done_at`): a
   * concurrent job of the same member (PostgreSQL) waits on the row and then finds it taken.
   * @returns false when the step is taken or closed already
   */
  async claim(guildId: string, userId: string, stepId: string, now: number): Promise<boolean> {
    const updated = await this.#db
      .updateTable('onboarding_steps')
      .set({ done_at: now })
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('step_id', '=', stepId)
      .where('outcome', 'is', null)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  }

  /**
   * Closes a waiting step with its outcome.
   * @returns false when the step was not waiting (already closed, or not recorded)
   */
  async close(guildId: string, userId: string, stepId: string, result: StepResult, now: number): Promise<boolean> {
    const updated = await this.#db
      .updateTable('onboarding_steps')
      .set({ outcome: result.outcome, detail: result.detail, message_id: result.messageId, done_at: now })
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('step_id', '=', stepId)
      .where('outcome', 'is', null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  }

  /**
   * Marks every waiting step of a member stopped.
   * @param detail - why (`left`, `member`)
   */
  async stopWaiting(guildId: string, userId: string, detail: string, now: number): Promise<void> {
    await this.#db
      .updateTable('onboarding_steps')
      .set({ outcome: 'stopped', detail, done_at: now })
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('outcome', 'is', null)
      .execute();
  }
}
