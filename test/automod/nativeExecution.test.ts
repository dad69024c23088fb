import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/core/DomainEvent.js';
import type { EvidenceMessage } from '../../src/modules/automod/automodEvents.js';
import { moderationDb } from '../../src/modules/moderation/ModerationTables.js';
import { AutoModerationBlockedError } from '../../src/platform/sandbox/autoModerationEnforcement.js';
import { registerSandboxRoutes } from '../../src/server/sandbox/registerSandboxRoutes.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const MINUTE = 60_000;

describe(`native AutoMod blocks count on the escalation ladder (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  const native = { enabled: true, timeout: '5m', blockMessage: 'Scams are not welcome.' };

  async function cases(community: ModerationCommunity) {
    return moderationDb(community.store.db)
      .selectFrom('moderation_cases')
      .select(['id', 'user_id', 'action', 'rule_id', 'strike', 'evidence', 'reason'])
      .orderBy('id')
      .execute();
  }

  async function nativeEvents(community: ModerationCommunity): Promise<DomainEvent[]> {
    const rows = await community.store.db
      .selectFrom('event_log')
      .selectAll()
      .where('type', '=', 'automod.native_executed')
      .orderBy('id')
      .execute();
    return rows.map(
      (row) =>
        ({
          id: row.id,
          type: 'automod.native_executed',
          guildId: row.guild_id,
          occurredAt: row.occurred_at,
          source: row.source,
          payload: JSON.parse(row.payload) as DomainEvent['payload'],
        }) as DomainEvent,
    );
  }

  it('a blocked scam message opens exactly one strike case with the blocked text as evidence, though Discord reports three actions', async () => {
    c = await openModerationCommunity({ sections: { automod: { native } } });
    const sam = await c.user('sam');
    await expect(
      c.sandbox.postMessage({ userId: sam, channelId: c.channel('general').id, content: 'Claim your FREE NITRO here' }),
    ).rejects.toThrow(AutoModerationBlockedError);
    await c.settle();

    expect((await nativeEvents(c)).map((e) => (e.type === 'automod.native_executed' ? e.payload.action : ''))).toEqual(
      expect.arrayContaining(['block_message', 'send_alert_message', 'timeout']),
    );
    const opened = await cases(c);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ user_id: sam, action: 'warn', rule_id: 'scam-phrases', strike: 1 });
    expect(opened[0]?.reason).toContain('blocked by Discord AutoMod before posting ("free nitro")');
    const evidence = JSON.parse(opened[0]?.evidence ?? '[]') as EvidenceMessage[];
    expect(evidence).toEqual([
      {
        messageId: '',
        channelId: c.channel('general').id,
        authorId: sam,
        content: 'Claim your FREE NITRO here',
        postedAt: c.clock.now(),
      },
    ]);
    // Discord's own timeout applied, and its alert is in mod-log beside the case.
    expect((await c.sandbox.getMember(sam))?.timeoutUntil).toBe(c.clock.now() + 5 * MINUTE);
    expect((await c.botMessages('mod-log')).map((m) => m.content)).toEqual(
      expect.arrayContaining([expect.stringContaining('AutoMod blocked a message from')]),
    );
    expect((await c.sandbox.listDirectMessages(sam))[0]?.content).toContain('Case #1');

    // Replaying the recorded executions (a gateway redelivery) opens nothing new.
    for (const event of await nativeEvents(c)) await c.engine.ingest(event);
    await c.settle();
    expect(await cases(c)).toHaveLength(1);
  });

  it('blocked mention spam alerts the moderators for its severity; a second block after the cooldown is the next strike', async () => {
    c = await openModerationCommunity({ sections: { automod: { native: { enabled: true } } } });
    const sam = await c.user('sam');
    const others = await Promise.all(['kenji', 'lena', 'tomas', 'priya', 'noor'].map((u) => c!.user(u)));
    const ping = [...others, c.guild.ownerId].map((id) => `<@${id}>`).join(' ');
    expect(await c.post(sam, 'general', `hey ${ping}`)).toBeNull();
    await c.settle();
    const alerts = (await c.botMessages('mod-log')).filter((m) => m.content.includes('automod rule **Mention spam**'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.content).toContain(`<@&${c.role('Moderator').id}>`);

    c.clock.advance(30_000);
    expect(await c.post(sam, 'general', `again ${ping}`)).toBeNull();
    await c.settle();
    expect(await cases(c)).toHaveLength(1);
    c.clock.advance(MINUTE);
    expect(await c.post(sam, 'general', `and again ${ping}`)).toBeNull();
    await c.settle();
    expect((await cases(c)).map((row) => [row.rule_id, row.strike])).toEqual([
      ['mention-spam', 1],
      ['mention-spam', 1],
    ]);
  });

  it("the community's own rules and members above AutoMod open no case", async () => {
    c = await openModerationCommunity({ sections: { automod: { native: { enabled: true } } } });
    await c.sandbox.createAutoModerationRuleAsOwner({
      name: 'No bananas',
      trigger: { type: 'keyword', keywords: ['banana'], regexPatterns: [], allowList: [] },
      actions: [{ type: 'block_message', customMessage: null }],
      enabled: true,
      exemptRoles: [],
      exemptChannels: [],
    });
    const sam = await c.user('sam');
    expect(await c.post(sam, 'general', 'banana bread')).toBeNull();
    await c.settle();
    // Moderators are exempt (automod.exemptRoles), so their message is posted.
    expect(await c.post(await c.user('noor'), 'general', 'free nitro is a scam, do not click')).not.toBeNull();
    expect(await cases(c)).toEqual([]);
  });

  it('the sandbox API lists the rules, and answers a blocked post with 422 once the case is open', async () => {
    c = await openModerationCommunity({ sections: { automod: { native } } });
    const community = c;
    const app = Fastify();
    await registerSandboxRoutes(app, { sandbox: community.sandbox, settle: () => community.engine.settle() });
    try {
      const rules = await app.inject({ method: 'GET', url: '/api/sandbox/automod-rules' });
      expect(rules.statusCode).toBe(200);
      expect(rules.json<{ name: string }[]>().map((r) => r.name)).toEqual([
        'Guildhall: Scam message (scam-phrases)',
        'Guildhall: Mention spam (mention-spam)',
      ]);
      const sam = await community.user('sam');
      const post = await app.inject({
        method: 'POST',
        url: `/api/sandbox/channels/${community.channel('general').id}/messages`,
        payload: { userId: sam, content: 'free nitro for everyone' },
      });
      expect(post.statusCode).toBe(422);
      expect(post.json()).toEqual({
        error: 'Message was blocked by AutoMod (rule "Guildhall: Scam message (scam-phrases)"): Scams are not welcome.',
      });
      expect((await cases(community)).map((row) => [row.user_id, row.rule_id, row.strike])).toEqual([
        [sam, 'scam-phrases', 1],
      ]);
    } finally {
      await app.close();
    }
  });
});
