import type { Clock } from '../../../core/Clock.js';
import type { InteractionProgress } from '../../../core/InteractionProgress.js';

/** Told after each channel a lockdown changes (locked, or put back), failed ones included. */
export type ChannelProgress = (done: number, total: number) => void;

/** Shortest time between two progress edits (Discord rate-limits edits of one interaction). */
export const LOCKDOWN_PROGRESS_EVERY_MS = 1_000;

/**
 * Progress of `/lockdown` for the moderator who ran it: "Locking channels: 40 of 300…" as an
 * edit of the deferred answer, at most once per {@link LOCKDOWN_PROGRESS_EVERY_MS}, and not for
 * the last channel (the answer follows at once).
 * @param progress - the interaction's progress
 * @param clock - the module's clock
 * @param verb - `Locking` or `Unlocking`
 */
export function lockdownProgress(progress: InteractionProgress, clock: Clock, verb: string): ChannelProgress {
  let last = clock.now();
  return (done, total) => {
    if (done >= total) return;
    const now = clock.now();
    if (now - last < LOCKDOWN_PROGRESS_EVERY_MS) return;
    last = now;
    progress.update({ content: `${verb} channels: ${done} of ${total}…`, ephemeral: true });
  };
}
