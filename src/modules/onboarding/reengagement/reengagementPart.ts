import type { OnboardingPart } from '../OnboardingPart.js';
import { postMissedDigestJob } from './postMissedDigestJob.js';
import { reengageJob, scheduleReengagement } from './reengageJob.js';
import { reengageStopButton } from './stopButton.js';

/**
 * Re-engagement: every hour a page of quiet members (no message or reaction for
 * `reengagement.inactiveFor`) gets at most one "what you missed" message per
 * `reengagement.period`: a DM with a "No more of these" button to members who opted in to DMs,
 * else nothing personal (and the weekly channel digest when `reengagement.digestChannel` is set).
 */
export const reengagementPart: OnboardingPart = {
  components: [reengageStopButton],
  jobs: [reengageJob, postMissedDigestJob],
  async start(ctx, guildId) {
    if (ctx.config.reengagement.enabled) await scheduleReengagement(ctx, guildId, ctx.clock.now());
  },
};
