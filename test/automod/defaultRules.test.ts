import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

/** Case embed titles in the mod-log, oldest first. */
async function caseTitles(c: ModerationCommunity): Promise<string[]> {
  return (await c.botMessages('mod-log'))
    .flatMap((m) => m.embeds.map((e) => e.title ?? ''))
    .filter((t) => t.startsWith('Case #'));
}

async function present(c: ModerationCommunity, channel: string, messageId: string | undefined): Promise<boolean> {
  const messages = await c.sandbox.listMessages(c.channel(channel).id, { limit: 100 });
  return messages.some((m) => m.id === messageId);
}

describe(`the built-in automod rules on the sandbox (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
    server = undefined;
  });

  it('a phishing link is deleted and its author banned for 7 days straight away (immediate action)', async () => {
    c = await openModerationCommunity();
    const kenji = await c.user('kenji');
    const scam = await c.post(kenji, 'general', 'free nitro for 3 months: https://discordc.gift/claim');
    expect(await present(c, 'general', scam?.id)).toBe(false);
    const bans = await c.sandbox.listBans();
    expect(bans.map((b) => [b.userId, b.reason])).toEqual([
      [kenji, 'Case #1: Phishing link: known phishing domain discordc.gift (also: Scam message)'],
    ]);
    expect(await caseTitles(c)).toEqual(['Case #1 · Ban (7 days)']);
    const alert = (await c.botMessages('mod-log')).find((m) => m.content.includes('automod rule'));
    expect(alert?.content).toContain(`<@&${c.role('Admin').id}>`); // serious → Admin in the matrix
  });

  it('a message edited into a phishing link is caught like a new one', async () => {
    c = await openModerationCommunity();
    const sam = await c.user('sam');
    const message = await c.post(sam, 'general', 'check out my project page');
    await c.sandbox.editMessage({
      channelId: c.channel('general').id,
      messageId: message!.id,
      content: 'check https://discordc.gift/x',
    });
    await c.settle();
    expect(await present(c, 'general', message?.id)).toBe(false);
    expect(await caseTitles(c)).toEqual(['Case #1 · Ban (7 days)']);
  });

  it('a disguised scam phrase is deleted and earns a first strike: a private warning', async () => {
    c = await openModerationCommunity();
    const lena = await c.user('lena');
    const scam = await c.post(lena, 'general', 'hey, I acc1dentally rep0rted you, talk to my friend');
    expect(await present(c, 'general', scam?.id)).toBe(false);
    const dms = await c.sandbox.listDirectMessages(lena);
    expect(dms.map((d) => d.content)).toEqual([
      '⚠️ A warning from the moderators of **Test Community**: Scam message: blocked phrase "i accidentally reported you". Case #1. If you think this is a mistake, press the **Appeal** button below (or use `/appeal case:1` in the server).',
    ]);
    expect(await caseTitles(c)).toEqual(['Case #1 · Warning']);
  });

  it("an invite to another server is deleted, one to this server's own invite is not", async () => {
    c = await openModerationCommunity();
    const sam = await c.user('sam');
    const invite = await c.sandbox.createInvite({ userId: sam, channelId: c.channel('general').id });
    const ours = await c.post(sam, 'general', `bring friends: discord.gg/${invite.code}`);
    const theirs = await c.post(sam, 'general', 'better server: discord.gg/elsewhere');
    expect(await present(c, 'general', ours?.id)).toBe(true);
    expect(await present(c, 'general', theirs?.id)).toBe(false);
  });

  it('mention spam is deleted with a strike and an alert; five mentions are fine', async () => {
    c = await openModerationCommunity();
    const names = ['noor', 'sam', 'kenji', 'lena', 'tomas', 'priya'];
    const ids = await Promise.all(names.map((n) => c!.user(n)));
    const mira = c.guild.ownerId;
    const five = await c.post(
      ids[1]!,
      'general',
      `hi ${[ids[0], ids[2], ids[3], ids[4], ids[5]].map((i) => `<@${i}>`).join(' ')}`,
    );
    expect(await present(c, 'general', five?.id)).toBe(true);
    const six = await c.post(
      ids[1]!,
      'general',
      `hi ${[ids[0], ids[2], ids[3], ids[4], ids[5], mira].map((i) => `<@${i}>`).join(' ')}`,
    );
    expect(await present(c, 'general', six?.id)).toBe(false);
    expect(await caseTitles(c)).toEqual(['Case #1 · Warning']);
  });

  it('a flood of more than 5 messages a minute loses the extra message and cools down for a minute', async () => {
    c = await openModerationCommunity();
    const priya = await c.user('priya');
    const posted = [];
    for (let i = 0; i < 6; i++) {
      posted.push(await c.post(priya, 'general', `message number ${i} about many different things`));
      c.clock.advance(5_000);
    }
    expect(await present(c, 'general', posted[4]?.id)).toBe(true);
    expect(await present(c, 'general', posted[5]?.id)).toBe(false);
    expect((await c.sandbox.getMember(priya))?.timeoutUntil).toBe(Date.UTC(2026, 2, 2, 12) + 25_000 + 60_000);
    expect(await caseTitles(c)).toEqual(['Case #1 · Timeout (1 minute)']);
  });

  it('shouting and emoji walls are deleted with a private warning and no strike', async () => {
    c = await openModerationCommunity();
    const sam = await c.user('sam');
    await c.post(sam, 'general', 'WHY IS EVERYTHING BROKEN AGAIN TODAY I AM SO DONE');
    await c.post(sam, 'showcase', '🔥'.repeat(20));
    const dms = (await c.sandbox.listDirectMessages(sam)).map((d) => d.content).sort();
    expect(dms).toEqual([
      '⚠️ A warning from the moderators of **Test Community**: Please don’t write whole messages in capitals. (Shouting: 100 % capitals in 40 letters). Case #1. If you think this is a mistake, press the **Appeal** button below (or use `/appeal case:1` in the server).',
      '⚠️ A warning from the moderators of **Test Community**: Please keep emoji to a handful per message. (Emoji flood: 20 emoji (limit 12)). Case #2. If you think this is a mistake, press the **Appeal** button below (or use `/appeal case:2` in the server).',
    ]);
    const history = await c.command(c.guild.ownerId, 'history', { member: sam });
    expect(history?.content).toContain('0 active strikes');
  });

  it('staff, the owner and exempt channels are never checked', async () => {
    c = await openModerationCommunity();
    const noor = await c.user('noor'); // Moderator
    const phishing = 'https://discordc.gift/claim';
    const fromMod = await c.post(noor, 'general', phishing);
    const fromOwner = await c.post(c.guild.ownerId, 'general', phishing);
    expect(await present(c, 'general', fromMod?.id)).toBe(true);
    expect(await present(c, 'general', fromOwner?.id)).toBe(true);
    expect(await caseTitles(c)).toEqual([]);
  });

  it('conditions narrow a rule: links only for members who joined less than a day ago', async () => {
    const newcomerLinks = {
      id: 'newcomer-links',
      name: 'Links from newcomers',
      triggers: [{ type: 'link', allowOnly: true, allow: ['github.com'] }],
      conditions: [
        { type: 'member_age', youngerThan: '1d' },
        { type: 'lacks_role', roles: ['Member'] },
      ],
      effects: [{ type: 'delete_message' }],
    };
    c = await openModerationCommunity({ sections: { automod: { rules: [newcomerLinks] } } });
    const tomas = await c.user('tomas'); // New Member, joined at seeding
    const sam = await c.user('sam'); // Member
    const fromNewcomer = await c.post(tomas, 'general', 'my site https://example.org');
    const fromMember = await c.post(sam, 'general', 'my site https://example.org');
    const allowed = await c.post(tomas, 'general', 'repo: https://github.com/x/y');
    c.clock.advance(2 * 86_400_000);
    const later = await c.post(tomas, 'general', 'my site again https://example.org');
    expect(await present(c, 'general', fromNewcomer?.id)).toBe(false);
    expect(await present(c, 'general', fromMember?.id)).toBe(true);
    expect(await present(c, 'general', allowed?.id)).toBe(true);
    expect(await present(c, 'general', later?.id)).toBe(true);
  });

  it('a slowmode effect slows the channel and the durable job puts it back', async () => {
    const slowdown = {
      id: 'heated',
      name: 'Heated channel',
      triggers: [{ type: 'word_filter', words: ['calm down'] }],
      effects: [{ type: 'slowmode', seconds: 20, duration: '10m' }],
    };
    c = await openModerationCommunity({ sections: { automod: { rules: [slowdown] } } });
    const sam = await c.user('sam');
    await c.post(sam, 'general', 'everyone CALM DOWN please');
    const slowmode = async (): Promise<number | undefined> =>
      (await c!.sandbox.listChannels()).find((ch) => ch.name === 'general')?.rateLimitPerUser;
    expect(await slowmode()).toBe(20);
    c.clock.advance(9 * 60_000);
    expect(await c.runDueJobs()).toBe(1); // recognition's held "First Steps" announcement
    expect(await slowmode()).toBe(20);
    c.clock.advance(60_000);
    expect(await c.runDueJobs()).toBe(1);
    expect(await slowmode()).toBe(0);
  });

  it('a raid (10 joins in 10 s) locks public channels down, alerts, and lifts after 15 calm minutes', async () => {
    c = await openModerationCommunity();
    for (let i = 0; i < 10; i++) {
      await c.sandbox.addMember({ username: `raider${i}` });
      c.clock.advance(500);
    }
    await c.settle();
    const slowmodes = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        (await c!.sandbox.listChannels())
          .filter((ch) => ch.rateLimitPerUser > 0)
          .map((ch) => [ch.name, ch.rateLimitPerUser]),
      );
    expect(await slowmodes()).toEqual({ general: 30, introductions: 30, help: 30, showcase: 30 });
    const log = await c.botMessages('mod-log');
    expect(await caseTitles(c)).toEqual(['Case #1 · Lockdown']);
    const alert = log.find((m) => m.content.includes('Lockdown started'));
    expect(alert?.content).toContain(`<@&${c.role('Admin').id}>`); // severe → Admin
    expect(alert?.content).toContain('Raid: 10 joins in 10 s');
    c.clock.advance(15 * 60_000);
    await c.runDueJobs();
    expect(await slowmodes()).toEqual({});
    expect(await caseTitles(c)).toEqual(['Case #1 · Lockdown', 'Case #2 · Lockdown ended']);
  });

  it('a raid rule with a strike applies the raid immediate action to every joiner, also those who join during its cooldown', async () => {
    const raid = {
      id: 'raid',
      name: 'Raid',
      category: 'raid',
      severity: 'severe',
      triggers: [{ type: 'join_rate', joins: 5, seconds: 10 }],
      effects: [{ type: 'strike' }, { type: 'alert' }],
    };
    c = await openModerationCommunity({ sections: { automod: { rules: [raid] } } });
    const joined: string[] = [];
    for (let i = 0; i < 6; i++) {
      joined.push((await c.sandbox.addMember({ username: `raider${i}` })).userId);
      c.clock.advance(1_000);
    }
    await c.settle();
    const members = new Set((await c.sandbox.listMembers({ limit: 200 })).map((m) => m.userId));
    expect(joined.filter((id) => members.has(id))).toEqual([]); // all kicked (moderation.immediateActions.raid)
    expect(await caseTitles(c)).toEqual(Array.from({ length: 6 }, (_, i) => `Case #${i + 1} · Kick`));
    const alerts = (await c.botMessages('mod-log')).filter((m) => m.content.includes('automod rule **Raid**'));
    expect(alerts).toHaveLength(1); // one alert per incident, not per joiner
  });

  it('new accounts are only reported when the built-in rule is switched on', async () => {
    c = await openModerationCommunity({ sections: { automod: { builtInRules: { 'new-account': true } } } });
    await c.sandbox.addMember({ username: 'fresh', accountCreatedAt: c.clock.now() - 3_600_000 });
    await c.sandbox.addMember({ username: 'seasoned', accountCreatedAt: c.clock.now() - 400 * 86_400_000 });
    await c.settle();
    const alerts = (await c.botMessages('mod-log')).filter((m) => m.content.includes('automod rule'));
    expect(alerts.map((m) => m.content.replace(/<@\d+>/g, '<@…>'))).toEqual([
      '<@&…> 🔔 **minor**: automod rule **Brand-new account**: account 1 h old (minimum 24 hours). <@…>. Case #1.'.replace(
        '<@&…>',
        `<@&${c.role('Moderator').id}>`,
      ),
    ]);
  });

  it('refreshes the phishing list from the configured URL and blocks newly listed domains', async () => {
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ domains: ['brand-new-scam.example'] }));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/domain-list.json`;
    c = await openModerationCommunity({ sections: { automod: { phishing: { refreshUrl: url } } } });
    const sam = await c.user('sam');
    const before = await c.post(sam, 'general', 'look https://brand-new-scam.example/x');
    expect(await present(c, 'general', before?.id)).toBe(true);
    expect(await c.runDueJobs()).toBe(1);
    const after = await c.post(sam, 'showcase', 'look https://brand-new-scam.example/y');
    expect(await present(c, 'showcase', after?.id)).toBe(false);
  });
});
