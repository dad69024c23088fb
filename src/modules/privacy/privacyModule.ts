import { defineModule } from '../../core/defineModule.js';
import { eraseButton } from './eraseButton.js';
import { PrivacyConfig } from './PrivacyConfig.js';
import { privacyCommand } from './privacyCommand.js';
import { retentionJob, scheduleRetention } from './retentionJob.js';

/**
 * Privacy: members export or erase their own data (`/privacy`), staff do it on request, and
 * message content is blanked after `messageContentDays`. The work is done by
 * `ctx.memberData` across the core, the sandbox and every module's `privacy`; this module
 * holds no data itself.
 */
export const privacyModule = defineModule({
  id: 'privacy',
  description: 'Member data export and erase (/privacy) and message content retention.',
  config: PrivacyConfig,
  start: (ctx) => scheduleRetention(ctx),
  commands: [privacyCommand],
  components: [eraseButton],
  jobs: [retentionJob],
});
