import type { PermissionOverwrite } from '../../../platform/Platform.js';
import type { VerificationLevel } from './GuildSafetyControls.js';

/** A channel a lockdown changed, with what to put back. */
export interface LockedChannel {
  channelId: string;
  previousSlowmode: number;
  /** The channel's overwrites before (restored as they were in read-only mode). */
  previousOverwrites: PermissionOverwrite[];
}

/** What a lockdown row stores to be undone. */
export interface LockdownRestore {
  mode: 'slowmode' | 'read_only';
  channels: LockedChannel[];
  /** The verification level before, when the platform could raise it. */
  previousVerificationLevel: VerificationLevel | null;
  invitesPaused: boolean;
  /** Until when the platform holds the invites paused (re-applied while the lockdown lasts); null: not paused. */
  invitesPausedUntil: number | null;
}

/**
 * Reads a stored restore record (written by the lockdown itself).
 * @param json - the `restore` column
 */
export function parseRestore(json: string): LockdownRestore {
  // Written by startLockdown from a typed value (rows from before invite pauses lack `invitesPausedUntil`).
  const parsed = JSON.parse(json) as Omit<LockdownRestore, 'invitesPausedUntil'> & {
    invitesPausedUntil?: number | null;
  };
  return { ...parsed, invitesPausedUntil: parsed.invitesPausedUntil ?? null };
}
