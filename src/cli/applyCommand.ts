import { createInterface } from 'node:readline/promises';
import { errorMessage, UserError } from '../core/errors.js';
import { ApplyInterruptedError, applyPlan, formatPlan, planHasChanges, planServer } from '../modules/server/index.js';
import { formatProblems, openBlueprintTarget, type BlueprintTarget } from './blueprintTarget.js';
import { cliActor } from './auditCommand.js';
import { AuditLog } from '../core/AuditLog.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall apply`. */
export interface ApplyOptions {
  /** community.yaml. */
  config: string;
  /** Apply without asking. */
  yes?: boolean;
  /** Also delete what the file does not declare. */
  prune?: boolean;
}

/** How apply asks for confirmation. */
export interface ConfirmPrompt {
  /** Whether a person can answer (standard input is a terminal). */
  interactive: boolean;
  /** Asks a question and returns the answer. */
  ask(question: string): Promise<string>;
}

/** Asks on the process's terminal. */
export const terminalPrompt: ConfirmPrompt = {
  // Undefined (falsy) at run time when the stream is not a terminal, though typed boolean.
  interactive: process.stdin.isTTY && process.stdout.isTTY,
  async ask(question) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  },
};

/**
 * `guildhall apply`: shows the plan, asks for confirmation (unless `--yes`; refuses without
 * a terminal), applies it with progress lines, and checks that a new plan shows no changes.
 * Returns 0 when the server matches the file (or the answer was no changes), 1 otherwise.
 * @param options - config file, --yes, --prune
 * @param io - where to print
 * @param env - DISCORD_TOKEN, DATABASE_URL … (sandbox without a token)
 * @param prompt - the confirmation (default: the terminal)
 */
export async function applyCommand(
  options: ApplyOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
  prompt: ConfirmPrompt = terminalPrompt,
): Promise<number> {
  let target;
  try {
    target = await openBlueprintTarget({ config: options.config }, env);
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `guildhall apply: ${errorMessage(error)}`);
    return 1;
  }
  const prune = options.prune === true;
  try {
    if (!target.server.enabled) {
      io.err(`${options.config}: server.enabled is false: the blueprint is switched off`);
      return 1;
    }
    const deps = { db: target.store.db, platform: target.platform };
    const input = { guildId: target.guildId, config: target.server, prune };
    const result = await planServer(deps, input);
    io.out(formatPlan(result.plan));
    if (result.problems.length > 0) {
      io.err('');
      io.err(`Nothing was changed: the server cannot be made to match ${options.config}:`);
      for (const line of formatProblems(result.problems, target)) io.err(line);
      return 1;
    }
    if (!planHasChanges(result.plan)) return 0;
    if (options.yes !== true) {
      if (!prompt.interactive) {
        io.err('');
        io.err(
          'Nothing was changed: apply asks for confirmation and no terminal can answer. Pass --yes to apply anyway.',
        );
        return 1;
      }
      const where = `${JSON.stringify(result.plan.live.name)} (${target.guildId})`;
      const answer = await prompt.ask(`\nApply these changes to ${where}? Only "yes" is accepted: `);
      if (answer.trim() !== 'yes') {
        io.err('Apply cancelled: nothing was changed.');
        return 1;
      }
    }
    io.out('');
    let applied;
    try {
      applied = await applyPlan(result, { ...deps, clock: target.clock, report: (line) => io.out(`  ${line}`) });
    } catch (error) {
      if (!(error instanceof ApplyInterruptedError)) throw error;
      await recordApply(target, { changes: error.changes, runId: error.runId, prune, interrupted: true });
      io.err(
        `Apply stopped after ${error.changes} change(s) (run ${error.runId}): ${error.message}. Fix the cause and run "guildhall apply" again: it continues where it stopped.`,
      );
      return 1;
    }
    await recordApply(target, { changes: applied.changes, runId: applied.runId, prune, interrupted: false });
    io.out('');
    io.out(`Apply complete: ${applied.changes} change(s), recorded as run ${applied.runId}.`);
    const check = await planServer(deps, input);
    if (planHasChanges(check.plan)) {
      io.err('The server still differs from the file (changed meanwhile?): run "guildhall plan" to see how.');
      return 1;
    }
    return 0;
  } catch (error) {
    io.err(`guildhall apply: ${errorMessage(error)}`);
    return 1;
  } finally {
    await target.close();
  }
}

/** Records an apply (complete or interrupted) in the audit log: `server.apply` by `cli:<os user>`. */
async function recordApply(
  target: BlueprintTarget,
  details: { changes: number; runId: string; prune: boolean; interrupted: boolean },
): Promise<void> {
  await new AuditLog(target.store.db, target.clock).record({
    guildId: target.guildId,
    actor: cliActor(),
    action: 'server.apply',
    target: null,
    details,
  });
}
