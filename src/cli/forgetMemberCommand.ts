import { errorMessage, UserError } from '../core/errors.js';
import { terminalPrompt, type ConfirmPrompt } from './applyCommand.js';
import { cliActor } from './auditCommand.js';
import type { CliIO } from './CliIO.js';
import { checkUserId, openMemberData } from './exportMemberCommand.js';

/** Options of `guildhall forget-member`. */
export interface ForgetMemberOptions {
  /** community.yaml. */
  config: string;
  /** Erase without asking. */
  yes?: boolean;
}

/**
 * `guildhall forget-member <userId>`: erases one member everywhere Guildhall keeps data
 * (event log, jobs, audit targets, sandbox, every module), keeping moderation records when
 * `privacy.keepModerationRecords` says so. Asks for confirmation unless `--yes`, and refuses
 * without a terminal to answer. Recorded in the audit log (`privacy.erase`, actor
 * `cli:<os user>`, without the member's id).
 * @param userId - the member's id
 * @param options - config file, --yes
 * @param io - where to print
 * @param env - the environment
 * @param prompt - the confirmation (default: the terminal)
 */
export async function forgetMemberCommand(
  userId: string,
  options: ForgetMemberOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
  prompt: ConfirmPrompt = terminalPrompt,
): Promise<number> {
  try {
    checkUserId(userId);
  } catch (error) {
    io.err(errorMessage(error));
    return 1;
  }
  if (options.yes !== true && !prompt.interactive) {
    io.err(
      `Nothing was erased: forget-member asks for confirmation and no terminal can answer. Pass --yes to erase ${userId}.`,
    );
    return 1;
  }
  let target;
  try {
    target = await openMemberData(options.config, env);
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `guildhall forget-member: ${errorMessage(error)}`);
    return 1;
  }
  try {
    const keepModerationRecords = target.privacy.keepModerationRecords;
    if (options.yes !== true) {
      const kept = keepModerationRecords ? ' Moderation records are kept (privacy.keepModerationRecords).' : '';
      const answer = await prompt.ask(
        `Erase every trace of member ${userId} from ${target.store.location}? This cannot be undone.${kept} Only "yes" is accepted: `,
      );
      if (answer.trim() !== 'yes') {
        io.err('Forget cancelled: nothing was erased.');
        return 1;
      }
    }
    const report = await target.engine.memberData.eraseMember(target.guildId, userId, cliActor(env), {
      keepModerationRecords,
    });
    const total = Object.values(report.changed).reduce((a, b) => a + b, 0);
    io.out(
      total === 0
        ? `Guildhall held nothing about member ${userId}: nothing was erased.`
        : `Erased member ${userId}: ${total} row(s) removed or anonymised.`,
    );
    for (const [owner, rows] of Object.entries(report.changed)) io.out(`  ${owner}: ${rows}`);
    return 0;
  } catch (error) {
    io.err(`guildhall forget-member: ${errorMessage(error)} (run it again to finish: erasing is idempotent)`);
    return 1;
  } finally {
    await target.close();
  }
}
