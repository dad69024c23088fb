import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApplyInterruptedError, applyPlan, planHasChanges } from '../../src/modules/server/index.js';
import { serverDb } from '../../src/modules/server/ServerTables.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, type BlueprintSandbox } from './blueprintSandbox.js';
import { COMMUNITY_BLUEPRINT } from './blueprints.js';
import { wrapPlatform, WRITES } from './wrapPlatform.js';

describe(`an interrupted apply completes when run again, without duplicates (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
  });
  afterEach(async () => {
    await s.close();
  });

  /** A platform whose Nth write fails, before reaching the server or after (the answer lost). */
  function failingAt(n: number, when: 'before' | 'after') {
    let writes = 0;
    const fail = (method: string): void => {
      if (!WRITES.has(method)) return;
      writes += 1;
      if (writes === n) throw new Error(`connection reset during ${method}`);
    };
    return wrapPlatform(s.sandbox, when === 'before' ? { before: fail } : { after: fail });
  }

  async function layout(of: BlueprintSandbox = s): Promise<string[]> {
    const guild = await of.guild();
    return [
      ...guild.roles.map((r) => `role ${r.name}`),
      ...guild.channels.filter((c) => c.kind !== 'thread').map((c) => `${c.kind} ${c.name}`),
    ].sort();
  }

  for (const when of ['before', 'after'] as const) {
    for (const n of [2, 5, 8, 11]) {
      it(`write ${n} fails ${when === 'before' ? 'before reaching' : 'after changing'} the server`, async () => {
        const first = await s.plan(COMMUNITY_BLUEPRINT);
        const error: unknown = await applyPlan(first, {
          db: s.store.db,
          platform: failingAt(n, when),
          clock: s.clock,
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ApplyInterruptedError);
        expect((error as ApplyInterruptedError).changes).toBe(n - 1);
        expect(planHasChanges((await s.plan(COMMUNITY_BLUEPRINT)).plan)).toBe(true);

        await s.apply(COMMUNITY_BLUEPRINT);
        expect(planHasChanges((await s.plan(COMMUNITY_BLUEPRINT)).plan)).toBe(false);

        const expected = await openBlueprintSandbox();
        try {
          await expected.apply(COMMUNITY_BLUEPRINT);
          expect(await layout()).toEqual(await layout(expected));
        } finally {
          await expected.close();
        }
        const recorded = await serverDb(s.store.db).selectFrom('server_changes').select('run_id').execute();
        expect(new Set(recorded.map((r) => r.run_id)).size).toBe(2);
      });
    }
  }
});
