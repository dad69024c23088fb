import { defineModule } from '../../core/defineModule.js';
import { ambassadorCommand } from './ambassadors/ambassadorCommand.js';
import { trialEndedJob } from './ambassadors/trialEndedJob.js';
import { badgesCommand } from './commands/badgesCommand.js';
import { leaderboardCommand } from './commands/leaderboardCommand.js';
import { rankCommand } from './commands/rankCommand.js';
import { recomputeCommand } from './commands/recomputeCommand.js';
import { memberRecognitionRoute } from './http/memberRecognitionRoute.js';
import { postLeaderboardJob } from './leaderboards/postLeaderboardJob.js';
import { announceJob } from './live/announceJob.js';
import { syncLevelsJob } from './levels/syncLevelsJob.js';
import { recognitionDeprecations } from './config/deprecatedKeys.js';
import { RecognitionConfig } from './RecognitionConfig.js';
import { recognitionState } from './RecognitionContext.js';
import { recognitionEvents } from './recognitionEvents.js';
import { recognitionOn } from './recognitionHandlers.js';
import { recognitionMigrations } from './recognitionMigrations.js';
import { recognitionPrivacy } from './recognitionPrivacy.js';
import { confirmReferralJob } from './referrals/confirmReferralJob.js';
import { startRecognition } from './startRecognition.js';

/**
 * Recognition: points per action (anti-farming), contributions reported by other modules,
 * thanks detection, badges, achievements, levels as Discord roles, leaderboards by period
 * and category (posted on a schedule), referrals with a fraud guard, the ambassador
 * programme, and a recompute of everything from the event log. See docs/recognition.md.
 * The event types it handles are declared once, in `recognitionHandlers.ts`.
 */
export const recognitionModule = defineModule({
  id: 'recognition',
  description:
    'Points, badges, achievements, levels as roles, leaderboards, thanks, referrals and ambassadors: /rank, /leaderboard, /badges, /ambassador.',
  config: RecognitionConfig,
  configDeprecations: recognitionDeprecations,
  setup: recognitionState,
  events: recognitionEvents,
  on: recognitionOn,
  start: startRecognition,
  commands: [rankCommand, leaderboardCommand, badgesCommand, ambassadorCommand, recomputeCommand],
  jobs: [postLeaderboardJob, confirmReferralJob, syncLevelsJob, trialEndedJob, announceJob],
  routes: [memberRecognitionRoute],
  migrations: recognitionMigrations,
  privacy: recognitionPrivacy,
});
