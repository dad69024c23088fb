import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadModules } from '../../src/app/loadModules.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { defineModule } from '../../src/core/defineModule.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';

/** A module that erases a message's author when they ask, mid-queue (as /privacy erase does). */
const eraser = defineModule({
  id: 'eraser',
  description: 'erases the author of "!erase-me"',
  config: z.object({}).loose(),
  on: {
    'message.created': async (event, ctx) => {
      if (event.payload.content !== '!erase-me') return;
      await ctx.memberData.eraseMember(event.guildId, event.payload.authorId, 'member:self', {
        keepModerationRecords: false,
      });
    },
  },
});

describe(`events queued behind an erase (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('are not handled, nor is the erasing event by the modules after the eraser: no module stores the member again', async () => {
    const loaded = loadModules({ configText: starterConfig() });
    loaded.modules.unshift({ definition: eraser, config: {} });
    t = await createTestEngine({ loaded });
    const member = await t.sandbox.addMember({ username: 'queued_quinn' });
    await t.settle();
    const general = t.channel('general').id;
    // Both are recorded at once; the second waits in the guild's queue behind the erase.
    const erase = t.sandbox.postMessage({ userId: member.userId, channelId: general, content: '!erase-me' });
    const after = t.sandbox.postMessage({ userId: member.userId, channelId: general, content: 'one more thing' });
    // Both were accepted (recorded) before the erase ran: the member still existed.
    expect((await Promise.allSettled([erase, after])).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    await t.settle();
    const rows = await t.store.db
      .selectFrom('recognition_members' as 'event_log')
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(member.userId);
    const log = await t.store.db.selectFrom('event_log').select(['id', 'payload']).execute();
    expect(JSON.stringify(log)).not.toContain(member.userId);
    expect(JSON.stringify(log)).not.toContain('one more thing');
  });
});
