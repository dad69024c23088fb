import type { FollowOutcome } from './toggleFollow.js';

/**
 * What a member is told after following or stopping.
 * @param outcome - what the request did
 */
export function followAnswer(outcome: FollowOutcome): string {
  const n = `#${outcome.item.number}`;
  if (outcome.following) {
    return outcome.changed
      ? `You follow ${n}: you will be told in its thread when its status changes (and by DM with /feedback dms allowed:true).`
      : `You already follow ${n}.`;
  }
  return outcome.changed ? `You no longer follow ${n}.` : `You do not follow ${n}.`;
}
