import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../core/Clock.js';
import type { InteractionProgress } from '../../../core/InteractionProgress.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { LOCKDOWN_PROGRESS_EVERY_MS, lockdownProgress } from './lockdownProgress.js';

describe('lockdown progress', () => {
  it('edits the deferred answer at most once a second while channels are locked, never for the last', () => {
    const clock = new ManualClock();
    const shown: InteractionReply[] = [];
    const progress: InteractionProgress = { defer: () => undefined, update: (reply) => shown.push(reply) };
    const report = lockdownProgress(progress, clock, 'Locking');
    // Each channel takes 400 ms: progress after the 3rd, 5th and 8th (1.2 s, 2 s, 3.2 s)...
    for (let done = 1; done <= 9; done += 1) {
      clock.advance(400);
      report(done, 10);
    }
    clock.advance(LOCKDOWN_PROGRESS_EVERY_MS);
    report(10, 10);
    expect(shown).toEqual([
      { content: 'Locking channels: 3 of 10…', ephemeral: true },
      { content: 'Locking channels: 6 of 10…', ephemeral: true },
      { content: 'Locking channels: 9 of 10…', ephemeral: true },
    ]);
  });
});
