import { errorMessage, UserError } from '../core/errors.js';
import { formatPlan, planHasChanges, planServer } from '../modules/server/index.js';
import { formatProblems, openBlueprintTarget } from './blueprintTarget.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall plan`. */
export interface PlanOptions {
  /** community.yaml. */
  config: string;
  /** Show deletions as `apply --prune` would make them. */
  prune?: boolean;
}

/** Exit code of `plan` when there is nothing to apply (as `terraform plan -detailed-exitcode`). */
export const PLAN_NO_CHANGES = 0;
/** Exit code of `plan` on an error: invalid file, problems, platform failure. */
export const PLAN_ERROR = 1;
/** Exit code of `plan` when there are changes to apply. */
export const PLAN_CHANGES = 2;

/**
 * `guildhall plan`: prints the differences between the `server:` section and the live server.
 * Returns 0 when there is nothing to apply, 2 when there are changes, 1 on an error
 * (invalid file, something Discord would refuse — printed as `FILE:LINE: path: problem`).
 * @param options - config file, prune
 * @param io - where to print
 * @param env - DISCORD_TOKEN, DATABASE_URL … (sandbox without a token)
 */
export async function planCommand(
  options: PlanOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
): Promise<number> {
  let target;
  try {
    target = await openBlueprintTarget({ config: options.config }, env);
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `guildhall plan: ${errorMessage(error)}`);
    return PLAN_ERROR;
  }
  try {
    if (!target.server.enabled) {
      io.err(`${options.config}: server.enabled is false: the blueprint is switched off`);
      return PLAN_ERROR;
    }
    const result = await planServer(
      { db: target.store.db, platform: target.platform },
      { guildId: target.guildId, config: target.server, prune: options.prune === true },
    );
    io.out(formatPlan(result.plan));
    if (result.problems.length > 0) {
      io.err('');
      io.err(`The server cannot be made to match ${options.config}:`);
      for (const line of formatProblems(result.problems, target)) io.err(line);
      return PLAN_ERROR;
    }
    return planHasChanges(result.plan) ? PLAN_CHANGES : PLAN_NO_CHANGES;
  } catch (error) {
    io.err(`guildhall plan: ${errorMessage(error)}`);
    return PLAN_ERROR;
  } finally {
    await target.close();
  }
}
