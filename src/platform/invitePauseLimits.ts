import { INVITE_PAUSE_MAX_MS } from './discordLimits.js';
import { InvalidRequest } from './PlatformError.js';

/**
 * Refuses an invite pause Discord would refuse: not in the future, or more than 24 hours ahead.
 * @param until - epoch ms, or null to resume (always allowed)
 * @param now - epoch ms
 * @throws InvalidRequest
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
 */
export function assertInvitePause(until: number | null, now: number): void {
  if (until === null) return;
  if (!Number.isFinite(until) || until <= now)
    throw new InvalidRequest('invites can only be paused until a future time');
  if (until - now > INVITE_PAUSE_MAX_MS) {
    throw new InvalidRequest('invites can be paused for at most 24 hours: re-apply the pause to extend it');
  }
}
