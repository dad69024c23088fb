import { defineModule } from '../../core/defineModule.js';
import { ambassadorCommand } from './ambassadors/ambassadorCommand.js';
import { TRIAL_ENDED_JOB, trialEndedJob } from './ambassadors/trialEndedJob.js';
import { badgesCommand } from './commands/badgesCommand.js';
import { leaderboardCommand } from './commands/leaderboardCommand.js';
import { rankCommand } from './commands/rankCommand.js';
import { recomputeCommand } from './commands/recomputeCommand.js';
import { POST_LEADERBOARD_JOB } from './leaderboards/scheduleLeaderboardPost.js';
import { postLeaderboard } from './leaderboards/postLeaderboard.js';
import { SYNC_LEVELS_JOB, syncLevelsJob } from './levels/syncLevelsJob.js';
import { handleLive } from './live/handleLive.js';
import { CONFIRM_REFERRAL_JOB } from './live/performOutcomes.js';
import { RecognitionConfig } from './RecognitionConfig.js';
import { recognitionMigrations } from './recognitionMigrations.js';
import { confirmReferralJob } from './referrals/confirmReferralJob.js';
import { startRecognition } from './startRecognition.js';

/**
 * Recognition: points per action (anti-farming), contributions reported by other modules,
 * thanks detection, badges, achievements, levels as Discord roles, leaderboards by period
 * and category (posted on a schedule), referrals with a fraud guard, the ambassador
 * programme, and a recompute of everything from the event log. See docs/recognition.md.
 */
export const recognitionModule = defineModule({
  id: 'recognition',
  description:
    'Points, badges, achievements, levels as roles, leaderboards, thanks, referrals and ambassadors: /rank, /leaderboard, /badges, /ambassador.',
  config: RecognitionConfig,
  subscribes: [
    'member.joined',
    'member.left',
    'message.created',
    'reaction.added',
    'invite.created',
    'contribution.recorded',
    'recognition.thanks_given',
    'recognition.member_referred',
    'recognition.referral_confirmed',
    'recognition.ambassador_status_changed',
    'recognition.recompute_requested',
  ],
  handle: (event, ctx) => handleLive(ctx, event),
  start: startRecognition,
  commands: [rankCommand, leaderboardCommand, badgesCommand, ambassadorCommand, recomputeCommand],
  jobs: {
    [POST_LEADERBOARD_JOB]: postLeaderboard,
    [CONFIRM_REFERRAL_JOB]: confirmReferralJob,
    [SYNC_LEVELS_JOB]: syncLevelsJob,
    [TRIAL_ENDED_JOB]: trialEndedJob,
  },
  migrations: recognitionMigrations,
});
