import type { JobHandler } from '../../../core/defineModule.js';
import { renewInvitePause as renew } from '../lockdown/invitePause.js';
import type { ModerationConfig } from '../ModerationConfig.js';
import { numberField, stringField } from './jobPayload.js';

/**
 * Job: re-applies an active lockdown's invite pause before Discord's 24-hour cap lets
 * invites work again (see `renewInvitePause` in the lockdown folder).
 */
export const renewInvitePause: JobHandler<ModerationConfig> = async (payload, ctx) => {
  const guildId = stringField(payload, 'guildId');
  const lockdownId = numberField(payload, 'lockdownId');
  if (guildId === null || lockdownId === null) return;
  await renew(ctx, guildId, lockdownId);
};
