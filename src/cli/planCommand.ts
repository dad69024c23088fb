import { formatConfigError, formatPath, type ConfigError } from '../config/ConfigError.js';
import { errorMessage } from '../core/errors.js';
import {
  formatPlan,
  planHasChanges,
  planServer,
  summarisePlan,
  type Plan,
  type PlanSummary,
} from '../modules/server/index.js';
import { loadModules } from '../app/loadModules.js';
import {
  formatProgrammePlan,
  planEventsProgramme,
  type EventsConfig,
  type ProgrammePlanEntry,
} from '../modules/events/index.js';
import { problemErrors, openBlueprintTarget } from './blueprintTarget.js';
import { capLines } from './capLines.js';
import type { CliIO } from './CliIO.js';
import { humanError } from './humanError.js';

/** Options of `guildhall plan`. */
export interface PlanOptions {
  /** community.yaml. */
  config: string;
  /** Show deletions as `apply --prune` would make them. */
  prune?: boolean;
  /** Print one JSON object ({@link PlanReport}) instead of the plan as text. */
  json?: boolean;
}

/** Exit code of `plan` when there is nothing to apply (as `terraform plan -detailed-exitcode`). */
export const PLAN_NO_CHANGES = 0;
/** Exit code of `plan` on an error: invalid file, problems, platform failure. */
export const PLAN_ERROR = 1;
/** Exit code of `plan` when there are changes to apply. */
export const PLAN_CHANGES = 2;

/** One change of a plan, as `plan --json` prints it. */
export interface PlanChange {
  /** `role`, `category`, `channel` or `overwrite`. */
  kind: string;
  action: 'create' | 'update' | 'move' | 'delete';
  /** How `plan` shows the resource: `@Moderator`, `#general`. */
  label: string;
  detail?: string;
  fields: { field: string; from: string; to: string; diff?: string }[];
  /** False for a deletion listed without `--prune`: never executed. */
  executable: boolean;
  /** Where it is declared in community.yaml (`server.roles[1]`), if it is. */
  path?: string;
}

/** What `plan --json` prints: one object. */
export interface PlanReport {
  file: string;
  guildId?: string;
  prune: boolean;
  /** Whether `apply` would change the server. */
  hasChanges: boolean;
  summary?: PlanSummary;
  changes: PlanChange[];
  /** What Discord would refuse, as config errors (file, line, path, message). */
  problems: ConfigError[];
  /** The events programme's changes (made by the running Guildhall's sync, not by `apply`). */
  programme?: ProgrammePlanEntry[];
  /** Why no plan could be made (invalid file, database or platform failure). */
  error?: string;
}

/**
 * `guildhall plan`: prints the differences between the `server:` section and the live server.
 * Returns 0 when there is nothing to apply, 2 when there are changes, 1 on an error
 * (invalid file, something Discord would refuse — printed as `FILE:LINE: path: problem`).
 * With `json`, prints a {@link PlanReport} on stdout instead (the same exit codes).
 * @param options - config file, prune, output form
 * @param io - where to print
 * @param env - DISCORD_TOKEN, DATABASE_URL … (sandbox without a token)
 */
export async function planCommand(
  options: PlanOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
): Promise<number> {
  const prune = options.prune === true;
  const report: PlanReport = { file: options.config, prune, hasChanges: false, changes: [], problems: [] };
  const fail = (message: string): number => {
    if (options.json === true) io.out(JSON.stringify({ ...report, error: message }));
    else io.err(message);
    return PLAN_ERROR;
  };
  let target;
  try {
    target = await openBlueprintTarget({ config: options.config }, env);
  } catch (error) {
    return fail(humanError(error, { env }) ?? `guildhall plan: ${errorMessage(error)}`);
  }
  try {
    if (!target.server.enabled) {
      return fail(`${options.config}: server.enabled is false: the blueprint is switched off`);
    }
    const result = await planServer(
      { db: target.store.db, platform: target.platform },
      { guildId: target.guildId, config: target.server, prune },
    );
    const problems = problemErrors(result.problems, target);
    const hasChanges = planHasChanges(result.plan);
    const programme = await programmePlan(target);
    if (options.json === true) {
      const changes = planChangesOf(result.plan);
      const summary = summarisePlan(result.plan);
      io.out(JSON.stringify({ ...report, guildId: target.guildId, hasChanges, summary, changes, problems, programme }));
    } else {
      io.out(formatPlan(result.plan));
      const programmeLines = formatProgrammePlan(programme);
      if (programmeLines.length > 0) io.out(['', ...programmeLines].join('\n'));
      if (problems.length > 0) {
        io.err('');
        io.err(`The server cannot be made to match ${options.config}:`);
        for (const line of capLines(problems.map(formatConfigError))) io.err(line);
      }
    }
    if (problems.length > 0) return PLAN_ERROR;
    return hasChanges ? PLAN_CHANGES : PLAN_NO_CHANGES;
  } catch (error) {
    return fail(humanError(error, { env }) ?? `guildhall plan: ${errorMessage(error)}`);
  } finally {
    await target.close();
  }
}

/**
 * The events programme's plan (empty when the events module is off): what its next sync
 * would create, change and cancel.
 * @param target - the opened server
 */
async function programmePlan(target: Awaited<ReturnType<typeof openBlueprintTarget>>): Promise<ProgrammePlanEntry[]> {
  const { modules } = loadModules({ configText: target.configText, configPath: target.configPath });
  const events = modules.find((m) => m.definition.id === 'events');
  if (events === undefined || events.config === undefined) return [];
  // Parsed by the events module's own schema in loadModules.
  const config = events.config as EventsConfig;
  return planEventsProgramme(
    { db: target.store.db, platform: target.platform },
    { guildId: target.guildId, config, now: target.clock.now() },
  );
}

/**
 * A plan's entries in the order `plan` shows and `apply` makes them, as plain data.
 * @param plan - the plan
 */
function planChangesOf(plan: Plan): PlanChange[] {
  const entries = [...plan.roles, ...plan.categories, ...plan.channels, ...plan.overwrites, ...plan.positions];
  return entries.map((entry) => ({
    kind: entry.kind,
    action: entry.action,
    label: entry.label,
    ...(entry.detail === undefined ? {} : { detail: entry.detail }),
    fields: entry.fields.map((f) => ({ ...f })),
    executable: entry.executable,
    ...(entry.path === undefined ? {} : { path: formatPath(entry.path) }),
  }));
}
