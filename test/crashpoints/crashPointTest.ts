import { describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { CrashCommunity } from './crashCommunity.js';
import { fingerprint } from './fingerprint.js';
import { scenarios } from './scenarios.js';

/**
 * The crash-point test: each scenario runs once cleanly, counting the process's await points
 * (every query and every platform effect, before and after it); then once per point, killing
 * the process there, starting a new one on the same database (which recovers), and replaying
 * the client's unaccepted input. Every run must end in exactly the clean run's state and
 * effects: nothing lost, nothing twice.
 *
 * PostgreSQL runs every third point (each run opens a schema); SQLite every one. Each scenario
 * has its own test file (crashPoints.*.test.ts), so the scenarios run in parallel.
 */
const STRIDE = testDialect === 'postgres' ? 3 : 1;

/**
 * Declares the crash-point test of one scenario.
 * @param name - the scenario's name in scenarios.ts
 */
export function describeCrashPoints(name: string): void {
  const scenario = scenarios.find((s) => s.name === name);
  if (scenario === undefined) throw new Error(`no crash scenario named "${name}"`);
  describe(`crash points (${testDialect})`, () => {
    it(
      `${scenario.name} (${scenario.modules.join(', ')}): the same end after a crash at any point`,
      { timeout: 900_000 },
      async () => {
        const clean = await CrashCommunity.open(null);
        const before = clean.points;
        await scenario.run(clean);
        const points = clean.points;
        const expected = await fingerprint(clean.store);
        await clean.close();
        expect(points - before).toBeGreaterThan(5);

        let crashed = 0;
        for (let at = before + 1; at <= points; at += STRIDE) {
          const c = await CrashCommunity.open(at);
          try {
            await scenario.run(c);
            const where = c.lastCrash;
            if (c.restarts > 0) crashed += 1;
            expect({ at, where, state: await fingerprint(c.store) }).toEqual({ at, where, state: expected });
          } finally {
            await c.close();
          }
        }
        // Every point tried crashed the process once.
        expect(crashed).toBe(Math.ceil((points - before) / STRIDE));
      },
    );
  });
}
