import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/core/AuditLog.js';
import { EventCatalog } from '../../src/core/EventCatalog.js';
import { moduleList } from '../../src/modules/moduleList.js';
import type { InteractionReply } from '../../src/platform/Platform.js';
import { testDialect } from '../testStore.js';
import { exportReply } from '../../src/modules/privacy/exportReply.js';
import { openPrivacyCommunity, type PrivacyCommunity } from './privacyCommunity.js';

const DAY = 86_400_000;

let c: PrivacyCommunity | undefined;

afterEach(async () => {
  await c?.close();
  c = undefined;
});

function eraseButtonOf(reply: InteractionReply | null): string {
  const button = reply?.components?.[0]?.components[0];
  if (button?.kind !== 'button') throw new Error('no erase button');
  return button.customId;
}

describe(`the privacy module (${testDialect})`, () => {
  it('registers /privacy with the subcommands export and erase', async () => {
    c = await openPrivacyCommunity();
    const privacy = (await c.sandbox.listCommands()).find((command) => command.name === 'privacy');
    expect(privacy?.options?.map((o) => `${o.type} ${o.name}`)).toEqual(['subcommand export', 'subcommand erase']);
    await expect(c.command(await c.user('sam'), 'privacy', {})).rejects.toThrow(
      /choose a subcommand \(export, erase\)/,
    );
  });

  it('/privacy export gives a member their own data as a JSON file, privately', async () => {
    c = await openPrivacyCommunity();
    const sam = await c.user('sam');
    await c.sandbox.postMessage({ userId: sam, channelId: c.channel('general').id, content: 'hello there' });
    await c.settle();
    const reply = await c.command(sam, 'privacy export');
    expect(reply?.ephemeral).toBe(true);
    expect(reply?.content).toMatch(/^Your data held by Guildhall \(.*core.*sandbox.*\), as JSON\.$/);
    expect(reply?.embeds).toBeUndefined();
    expect(reply?.attachments).toMatchObject([
      { name: `guildhall-export-${sam}.json`, contentType: 'application/json' },
    ]);
    const text = await c.attachmentText(reply);
    expect(reply?.attachments?.[0]?.size).toBe(Buffer.byteLength(text));
    const file = JSON.parse(text) as {
      userId: string;
      guildId: string;
      exportedAt: string;
      data: { sandbox: { user: { username: string } } };
    };
    expect(file).toMatchObject({ userId: sam, guildId: c.guild.id, exportedAt: new Date(c.clock.now()).toISOString() });
    expect(file.data.sandbox.user.username).toBe('sam');
    expect(text).toContain('hello there');
    // The event log shows the subcommand.
    const events = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'interaction.command')
      .execute();
    expect(
      events.map((e) => JSON.parse(e.payload) as { commandName: string; subcommand: string | null }),
    ).toContainEqual(expect.objectContaining({ commandName: 'privacy', subcommand: 'export' }));
    const names = { user: (id: string | null) => `@${id ?? '?'}`, channel: () => '#general', role: () => null };
    expect(new EventCatalog(moduleList).summarize('interaction.command', events[0]?.payload ?? '', names)).toBe(
      `@${sam} ran /privacy export in #general`,
    );
    // A second export lists the first file (name, type, size), not its content again.
    const again = await c.command(sam, 'privacy export');
    const secondText = await c.attachmentText(again);
    expect(secondText.split('exportedAt').length - 1).toBe(1);
    const second = JSON.parse(secondText) as {
      data: { sandbox: { interactions: { name: string; attachments?: { name: string; size: number }[] }[] } };
    };
    const first = second.data.sandbox.interactions.find((i) => i.attachments !== undefined);
    expect(first).toMatchObject({ name: 'privacy export', attachments: [{ name: `guildhall-export-${sam}.json` }] });
  });

  it('says to use the command line when the export is larger than Discord lets a bot attach', () => {
    const data = { core: { messages: ['x'.repeat(10 * 1024 * 1024)] } };
    const own = exportReply({ userId: '123456', guildId: '1', exportedAt: '2026-03-01T12:00:00.000Z', data }, null);
    expect(own.files).toBeUndefined();
    expect(own.content).toMatch(
      /^Your data held by Guildhall \(core\) is 10\.0 MiB, more than Discord lets a bot attach \(10 MiB\): ask a moderator/,
    );
    const staff = exportReply(
      { userId: '123456', guildId: '1', exportedAt: '2026-03-01T12:00:00.000Z', data },
      '123456',
    );
    expect(staff.content).toContain('run "guildhall export-member 123456" on the server');
  });

  it("lets staff, and only staff, export another member's data (audited)", async () => {
    c = await openPrivacyCommunity();
    const [sam, kenji, noor] = [await c.user('sam'), await c.user('kenji'), await c.user('noor')];
    const refused = await c.command(kenji, 'privacy export', { member: sam });
    expect(refused?.content).toMatch(/^Only staff \(Moderator, Admin\)/);
    expect(refused?.attachments).toBeUndefined();
    const reply = await c.command(noor, 'privacy export', { member: sam });
    expect(reply?.content).toContain(`<@${sam}>'s data held by Guildhall`);
    expect(reply?.attachments?.map((a) => a.name)).toEqual([`guildhall-export-${sam}.json`]);
    expect((JSON.parse(await c.attachmentText(reply)) as { userId: string }).userId).toBe(sam);
    const audit = await new AuditLog(c.store.db, c.clock).list({ actionPrefix: 'privacy.' });
    expect(audit).toMatchObject([{ actor: `discord:${noor}`, action: 'privacy.export', target: sam }]);
  });

  it('/privacy erase asks first; the button erases the member who pressed it', async () => {
    c = await openPrivacyCommunity();
    const priya = await c.user('priya');
    await c.sandbox.postMessage({ userId: priya, channelId: c.channel('general').id, content: 'bye everyone' });
    await c.settle();
    const exported = await c.command(priya, 'privacy export');
    expect(exported?.attachments).toHaveLength(1);
    const ask = await c.command(priya, 'privacy erase');
    expect(ask).toMatchObject({ ephemeral: true });
    expect(ask?.content).toContain('It cannot be undone.');
    const customId = eraseButtonOf(ask);
    expect(customId).toBe(`privacy:erase:${priya}`);
    const done = await c.pressEphemeralButton(priya, ask, customId);
    expect(done).toMatchObject({ ephemeral: true });
    expect(done?.content).toMatch(/^Done: your data was erased \(\d+ records/);
    expect(await c.sandbox.getMember(priya)).toBeNull();
    // The file of the earlier export went with the rest.
    const files = await c.store.db
      .withTables<{ sandbox_attachments: { id: string } }>()
      .selectFrom('sandbox_attachments')
      .select('id')
      .execute();
    expect(files).toEqual([]);
    const audit = await new AuditLog(c.store.db, c.clock).list({ actionPrefix: 'privacy.' });
    expect(audit).toMatchObject([{ actor: 'member:self', action: 'privacy.erase', target: null }]);
    const failures = await c.store.db.selectFrom('handler_failures').selectAll().execute();
    expect(failures).toEqual([]);
  });

  it("lets staff erase another member on request; only they may press the button, while staff; the owner can't be erased", async () => {
    c = await openPrivacyCommunity({ keepModerationRecords: true });
    const [lena, kenji, noor] = [await c.user('lena'), await c.user('kenji'), await c.user('noor')];
    const ask = await c.command(noor, 'privacy erase', { member: lena });
    expect(ask?.content).toContain(`<@${lena}>'s data`);
    expect(ask?.content).toContain('Moderation records are kept');
    const customId = eraseButtonOf(ask);
    // Only noor sees the ephemeral answer: nobody else can press its button.
    await expect(c.pressEphemeralButton(kenji, ask, customId)).rejects.toThrow(/only the member who started/);
    await expect(c.pressEphemeralButton(noor, ask, 'privacy:erase:1')).rejects.toThrow(/has no component/);
    // Noor stops being staff before pressing: refused.
    const moderator = c.guild.roles.find((r) => r.name === 'Moderator')!.id;
    await c.sandbox.removeRole(c.guild.id, noor, moderator, 'test');
    await c.settle();
    expect((await c.pressEphemeralButton(noor, ask, customId))?.content).toBe(
      "Only staff can erase another member's data.",
    );
    expect(await c.sandbox.getMember(lena)).not.toBeNull();
    await c.sandbox.addRole(c.guild.id, noor, moderator, 'test');
    await c.settle();
    expect((await c.pressEphemeralButton(noor, ask, customId))?.content).toMatch(/^Done: the member's data was erased/);
    expect(await c.sandbox.getMember(lena)).toBeNull();
    const audit = await new AuditLog(c.store.db, c.clock).list({ actionPrefix: 'privacy.' });
    expect(audit).toMatchObject([
      { actor: `discord:${noor}`, action: 'privacy.erase', target: null, details: { keepModerationRecords: true } },
    ]);
    expect((await c.command(noor, 'privacy erase', { member: c.guild.ownerId }))?.content).toMatch(
      /server owner's data cannot be erased/,
    );
    // The erase scrubbed lena's id out of the answer's button: pressing it again does nothing.
    const scrubbed = await c.sandbox.getInteraction(ask!.interactionId);
    expect(eraseButtonOf(scrubbed?.reply ?? null)).toBe('privacy:erase:erased');
    expect((await c.pressEphemeralButton(noor, ask, 'privacy:erase:erased'))?.content).toBe(
      'This is no longer available.',
    );
  });

  it('blanks message content older than messageContentDays, daily, through the durable scheduler', async () => {
    c = await openPrivacyCommunity({ messageContentDays: 1 });
    const sam = await c.user('sam');
    const general = c.channel('general').id;
    await c.sandbox.postMessage({ userId: sam, channelId: general, content: 'old news' });
    await c.settle();
    expect(await c.runDueJobs()).toBe(1); // today's run: nothing is a day old yet
    c.clock.advance(2 * DAY);
    await c.sandbox.postMessage({ userId: sam, channelId: general, content: 'fresh news' });
    await c.settle();
    // The daily run, recognition's held "First Steps" announcement and onboarding's hourly
    // re-engagement scan.
    expect(await c.runDueJobs()).toBe(3);
    const messages = await c.sandbox.listMessages(general, { limit: 100 });
    const contents = messages.filter((m) => m.authorId === sam).map((m) => m.content);
    expect(contents).toContain('fresh news');
    expect(contents).not.toContain('old news');
    const events = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'message.created')
      .orderBy('seq')
      .execute();
    const texts = events.map((e) => (JSON.parse(e.payload) as { content: string }).content);
    expect(texts).not.toContain('old news');
    expect(texts).toContain('fresh news');
    const pending = await c.store.db
      .selectFrom('jobs')
      .select(['key', 'status'])
      .where('module', '=', 'privacy')
      .orderBy('id')
      .execute();
    expect(pending.map((j) => j.status)).toEqual(['done', 'done', 'pending']);
  });
});
