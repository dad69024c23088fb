import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

describe(`cross-channel spam on the sandbox (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  const spam = 'Check out my new crypto course, 90% off today only!!';

  it('deletes every copy of a message posted in 3 channels within a minute, times the member out and alerts', async () => {
    c = await openModerationCommunity();
    const sam = await c.user('sam');
    const first = await c.post(sam, 'general', spam);
    c.clock.advance(5_000);
    const second = await c.post(sam, 'introductions', spam);
    c.clock.advance(5_000);
    // A near-duplicate (the usual random suffix) still counts as a copy.
    const third = await c.post(sam, 'showcase', `${spam} x7`);
    for (const [channel, message] of [
      ['general', first],
      ['introductions', second],
      ['showcase', third],
    ] as const) {
      const left = await c.sandbox.listMessages(c.channel(channel).id, { limit: 100 });
      expect(left.map((m) => m.id)).not.toContain(message?.id);
    }
    const member = await c.sandbox.getMember(sam);
    expect(member?.timeoutUntil).toBe(c.clock.now() + 3_600_000);

    const log = await c.botMessages('mod-log');
    const caseEmbed = log.find((m) => m.embeds[0]?.title?.startsWith('Case #'))?.embeds[0];
    expect(caseEmbed?.title).toBe('Case #1 · Timeout (1 hour)');
    expect(caseEmbed?.fields?.find((f) => f.name === 'Evidence (3)')?.value).toContain('crypto course');
    const alert = log.find((m) => m.content.includes('automod rule'));
    expect(alert?.content).toContain(`<@&${c.role('Moderator').id}>`);
    expect(alert?.content).toContain('same message in 3 channels within 60 s');
  });

  it('deletes a fourth copy posted during the cooldown without opening another case', async () => {
    const deleteOnly = {
      id: 'cross-channel-spam',
      name: 'Same message in several channels',
      category: 'spam',
      severity: 'moderate',
      triggers: [{ type: 'duplicate_content' }],
      effects: [{ type: 'delete_message' }, { type: 'alert' }],
      cooldown: '5m',
    };
    c = await openModerationCommunity({ sections: { automod: { rules: [deleteOnly] } } });
    const lena = await c.user('lena');
    for (const channel of ['general', 'introductions', 'showcase']) await c.post(lena, channel, spam);
    c.clock.advance(20_000);
    const fourth = await c.post(lena, 'general', spam);
    const general = await c.sandbox.listMessages(c.channel('general').id, { limit: 100 });
    expect(general.map((m) => m.id)).not.toContain(fourth?.id);
    const log = await c.botMessages('mod-log');
    expect(log.filter((m) => m.embeds[0]?.title?.startsWith('Case #')).map((m) => m.embeds[0]?.title)).toEqual([
      'Case #1 · Messages deleted',
    ]);
    expect(log.filter((m) => m.content.includes('automod rule'))).toHaveLength(1);
  });

  it('leaves alone a short greeting in three channels and one message repeated in one channel', async () => {
    c = await openModerationCommunity();
    const kenji = await c.user('kenji');
    for (const channel of ['general', 'introductions', 'showcase']) await c.post(kenji, channel, 'gm all');
    c.clock.advance(61_000);
    for (let i = 0; i < 3; i++) await c.post(kenji, 'general', 'has anyone seen the release notes?');
    expect(await c.botMessages('mod-log')).toEqual([]);
    const general = await c.sandbox.listMessages(c.channel('general').id, { limit: 100 });
    expect(general.filter((m) => m.authorId === kenji && m.content.startsWith('has anyone seen'))).toHaveLength(3);
    expect(general.filter((m) => m.authorId === kenji && m.content === 'gm all')).toHaveLength(1);
  });
});
