import { describe, expect, it } from 'vitest';
import { CrashCommunity } from '../crashpoints/crashCommunity.js';
import { fingerprint } from '../crashpoints/fingerprint.js';
import { testDialect } from '../testStore.js';

/**
 * `/feedback submit` and its form, as the crash-point test runs its scenarios: once cleanly,
 * then killing the process at each await point (queries and platform calls) and starting a new
 * one on the same database. Every run must end as the clean run did: one item, one card, one
 * thread, one auto-response, one `feedback.submitted`, and no handler failure. The default
 * config posts the item where the command ran and flags it critical (its title says "broken").
 */
const STRIDE = testDialect === 'postgres' ? 4 : 2;

async function submitFeedback(c: CrashCommunity): Promise<void> {
  const sam = await c.user('sam');
  const { interactionId } = await c.send(() =>
    c.sandbox.invokeCommand({
      userId: sam,
      channelId: c.channel('general'),
      name: 'feedback',
      subcommand: 'submit',
      options: { type: 'bug' },
    }),
  );
  await c.send(() =>
    c.sandbox.submitModal({
      userId: sam,
      interactionId,
      fields: { title: 'Search is broken', details: 'No results since the update.' },
    }),
  );
}

describe(`feedback intake after a crash (${testDialect})`, () => {
  it(
    'ends with one item, card, thread and auto-response whatever point the process dies at',
    { timeout: 600_000 },
    async () => {
      const clean = await CrashCommunity.open(null);
      const before = clean.points;
      await submitFeedback(clean);
      const points = clean.points;
      const expected = await fingerprint(clean.store);
      await clean.close();
      expect(expected['feedback_items']).toHaveLength(1);
      expect(expected['(failures)']).toEqual([]);
      expect(points - before).toBeGreaterThan(20);

      let crashed = 0;
      for (let at = before + 1; at <= points; at += STRIDE) {
        const c = await CrashCommunity.open(at);
        try {
          await submitFeedback(c);
          if (c.restarts > 0) crashed += 1;
          expect({ at, where: c.lastCrash, state: await fingerprint(c.store) }).toEqual({
            at,
            where: c.lastCrash,
            state: expected,
          });
        } finally {
          await c.close();
        }
      }
      // Every point tried killed the process once.
      expect(crashed).toBe(Math.ceil((points - before) / STRIDE));
    },
  );
});
