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
}

/**
 * Reads a stored restore record (written by the lockdown itself).
 * @param json - the `restore` column
 */
export function parseRestore(json: string): LockdownRestore {
  const parsed: unknown = JSON.parse(json);
  // Written by startLockdown from a typed value.
  return parsed as LockdownRestore;
}
