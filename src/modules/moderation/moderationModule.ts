import { defineModule } from '../../core/defineModule.js';
import { automodRuleTriggered } from './automodRuleTriggered.js';
import { appealCommand } from './commands/appealCommand.js';
import { appealButtonHandler, appealFormHandler } from './components/appealComponents.js';
import { decideButtonHandler, decisionFormHandler } from './components/decisionComponents.js';
import { banCommand } from './commands/banCommand.js';
import { caseCommand } from './commands/caseCommand.js';
import { falsePositivesCommand } from './commands/falsePositivesCommand.js';
import { historyCommand } from './commands/historyCommand.js';
import { lockdownCommand } from './commands/lockdownCommand.js';
import { reviewAppealCommand } from './commands/reviewAppealCommand.js';
import { timeoutCommand } from './commands/timeoutCommand.js';
import { unbanCommand } from './commands/unbanCommand.js';
import { warnCommand } from './commands/warnCommand.js';
import { decayStrike } from './jobs/decayStrike.js';
import { expireCase } from './jobs/expireCase.js';
import { flagAppeal } from './jobs/flagAppeal.js';
import { JOB } from './jobs/jobNames.js';
import { liftLockdown } from './jobs/liftLockdown.js';
import { renewInvitePause } from './jobs/renewInvitePause.js';
import { renewTimeout } from './jobs/renewTimeout.js';
import { ModerationConfig } from './ModerationConfig.js';
import { moderationMigrations } from './moderationMigrations.js';

/**
 * Moderation: cases for every action (automod's and moderators'), posted to the mod-log;
 * the escalation ladder with strike decay and immediate-action categories; alerts by
 * severity; lockdowns; moderator commands with role-hierarchy checks; appeals (by `/appeal` or the
 * Appeal button of the DM notice, which works after a ban) with a final appeal to admins; timed actions on the durable scheduler.
 */
export const moderationModule = defineModule({
  id: 'moderation',
  description:
    'Cases, escalation ladder with decay, alerts, lockdown, moderator commands (/warn /timeout /ban /unban /case /history /lockdown) and appeals.',
  config: ModerationConfig,
  subscribes: ['automod.rule_triggered'],
  async handle(event, ctx) {
    if (event.type === 'automod.rule_triggered') await automodRuleTriggered(event, ctx);
  },
  commands: [
    warnCommand,
    timeoutCommand,
    banCommand,
    unbanCommand,
    caseCommand,
    historyCommand,
    lockdownCommand,
    appealCommand,
    reviewAppealCommand,
    falsePositivesCommand,
  ],
  components: [appealButtonHandler, appealFormHandler, decideButtonHandler, decisionFormHandler],
  jobs: {
    [JOB.expireCase]: expireCase,
    [JOB.renewTimeout]: renewTimeout,
    [JOB.decayStrike]: decayStrike,
    [JOB.liftLockdown]: liftLockdown,
    [JOB.renewInvitePause]: renewInvitePause,
    [JOB.flagAppeal]: flagAppeal,
  },
  migrations: moderationMigrations,
});
