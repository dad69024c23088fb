import { defineModule } from '../../core/defineModule.js';
import { automodRuleTriggered } from './automodRuleTriggered.js';
import { appealCommand } from './commands/appealCommand.js';
import { banCommand } from './commands/banCommand.js';
import { caseCommand } from './commands/caseCommand.js';
import { falsePositivesCommand } from './commands/falsePositivesCommand.js';
import { historyCommand } from './commands/historyCommand.js';
import { lockdownCommand } from './commands/lockdownCommand.js';
import { reviewAppealCommand } from './commands/reviewAppealCommand.js';
import { timeoutCommand } from './commands/timeoutCommand.js';
import { unbanCommand } from './commands/unbanCommand.js';
import { warnCommand } from './commands/warnCommand.js';
import { appealButtonHandler, appealFormHandler } from './components/appealComponents.js';
import { decideButtonHandler, decisionFormHandler } from './components/decisionComponents.js';
import { decayStrikeJob } from './jobs/decayStrike.js';
import { expireCaseJob } from './jobs/expireCase.js';
import { flagAppealJob } from './jobs/flagAppeal.js';
import { liftLockdownJob } from './jobs/liftLockdown.js';
import { renewTimeoutJob } from './jobs/renewTimeout.js';
import { moderationRoutes } from './http/moderationRoutes.js';
import { renewInvitePauseJob } from './lockdown/invitePause.js';
import { ModerationConfig } from './ModerationConfig.js';
import { moderationEvents } from './moderationEvents.js';
import { moderationMigrations } from './moderationMigrations.js';
import { moderationPrivacy } from './moderationPrivacy.js';

/**
 * Moderation: cases for every action (automod's and moderators'), posted to the mod-log;
 * the escalation ladder with strike decay and immediate-action categories; alerts by
 * severity; lockdowns; moderator commands with role-hierarchy checks, each recorded in the
 * audit log; appeals (by `/appeal` or the Appeal button of the DM notice, which works after a
 * ban) with a final appeal to admins; timed actions on the durable scheduler.
 */
export const moderationModule = defineModule({
  id: 'moderation',
  description:
    'Cases, escalation ladder with decay, alerts, lockdown, moderator commands (/warn /timeout /ban /unban /case /history /lockdown) and appeals.',
  config: ModerationConfig,
  events: moderationEvents,
  on: { 'automod.rule_triggered': automodRuleTriggered },
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
  jobs: [expireCaseJob, renewTimeoutJob, decayStrikeJob, liftLockdownJob, renewInvitePauseJob, flagAppealJob],
  routes: moderationRoutes,
  migrations: moderationMigrations,
  privacy: moderationPrivacy,
});
