import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { NativeAutomodAction, NativeAutomodRuleSpec, NativeAutomodTrigger } from '../Platform.js';
import { AutoModerationBlockedError } from './autoModerationEnforcement.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { Permission } from './permissions.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

const BLOCK: NativeAutomodAction = { type: 'block_message', customMessage: null };

function keywordRule(keywords: string[], extra: Partial<NativeAutomodRuleSpec> = {}): NativeAutomodRuleSpec {
  return {
    name: 'Guildhall: words',
    trigger: { type: 'keyword', keywords, regexPatterns: [], allowList: [] },
    actions: [BLOCK],
    enabled: true,
    exemptRoles: [],
    exemptChannels: [],
    ...extra,
  };
}

describe(`sandbox native AutoMod rules (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; modLog: string; ada: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const modLog = await rec.sandbox.createChannel(rec.guild.id, { name: 'mod-log', kind: 'text' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    rec.events.length = 0;
    return { ...rec, general: general.id, modLog: modLog.id, ada: ada.userId };
  }

  it('creates, lists, edits and deletes rules; the bot is the creator of its rules and the owner of theirs', async () => {
    const { sandbox, guild } = await setUp();
    const mine = await sandbox.createAutoModerationRule(guild.id, keywordRule(['spam']), 'sync');
    const theirs = await sandbox.createAutoModerationRuleAsOwner({
      ...keywordRule(['hello']),
      name: 'No greetings',
      trigger: { type: 'mention_spam', mentionTotalLimit: 10, raidProtection: true },
    });
    const { botUserId } = await sandbox.guild();
    expect(mine).toMatchObject({ name: 'Guildhall: words', creatorId: botUserId, enabled: true });
    expect(theirs.creatorId).toBe(guild.ownerId);
    expect((await sandbox.listAutoModerationRules(guild.id)).map((r) => r.id)).toEqual([mine.id, theirs.id]);

    const trigger: NativeAutomodTrigger = {
      type: 'keyword',
      keywords: ['spam', 'scam*'],
      regexPatterns: [],
      allowList: [],
    };
    const edited = await sandbox.editAutoModerationRule(guild.id, mine.id, { trigger, enabled: false }, 'sync');
    expect(edited).toEqual({ ...mine, trigger, enabled: false });
    await expect(
      sandbox.editAutoModerationRule(guild.id, mine.id, { trigger: { type: 'spam' } }, 'sync'),
    ).rejects.toThrow(/trigger type cannot change/);

    await sandbox.deleteAutoModerationRule(guild.id, mine.id, 'sync');
    expect((await sandbox.listAutoModerationRules(guild.id)).map((r) => r.name)).toEqual(['No greetings']);
    await expect(sandbox.deleteAutoModerationRule(guild.id, mine.id, 'sync')).rejects.toThrow(
      new SandboxNotFoundError('auto_moderation_rule', mine.id),
    );
    expect(
      (await sandbox.listAuditLog({ limit: 10 }))
        .filter((e) => e.action.startsWith('auto_moderation_rule'))
        .map((e) => [e.action, e.targetId, e.reason]),
    ).toEqual([
      ['auto_moderation_rule_delete', mine.id, 'sync'],
      ['auto_moderation_rule_update', mine.id, 'sync'],
      ['auto_moderation_rule_create', mine.id, 'sync'],
    ]);
  });

  it('refuses what Discord refuses, before storing anything: too many rules of a type, lists, lengths, exemptions, timeouts, block messages', async () => {
    const { sandbox, guild } = await setUp();
    const refused = async (spec: NativeAutomodRuleSpec): Promise<void> => {
      await expect(sandbox.createAutoModerationRule(guild.id, spec, 'x')).rejects.toBeInstanceOf(PlatformRuleError);
    };
    const many = (n: number, length = 5): string[] => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, 'w'));
    await refused(keywordRule(many(1001)));
    await refused(keywordRule(['x'.repeat(61)]));
    await refused(
      keywordRule([], { trigger: { type: 'keyword', keywords: [], regexPatterns: many(11), allowList: [] } }),
    );
    await refused(
      keywordRule([], { trigger: { type: 'keyword', keywords: [], regexPatterns: ['a'.repeat(261)], allowList: [] } }),
    );
    await refused(
      keywordRule(['a'], { trigger: { type: 'keyword', keywords: ['a'], regexPatterns: [], allowList: many(101) } }),
    );
    await refused(keywordRule([], { trigger: { type: 'mention_spam', mentionTotalLimit: 51, raidProtection: false } }));
    await refused(keywordRule(['a'], { exemptRoles: many(21) }));
    await refused(keywordRule(['a'], { exemptChannels: many(51) }));
    await refused(keywordRule(['a'], { actions: [{ type: 'timeout', durationSeconds: 2_419_201 }] }));
    await refused(keywordRule([], { trigger: { type: 'spam' }, actions: [{ type: 'timeout', durationSeconds: 60 }] }));
    await refused(keywordRule(['a'], { actions: [{ type: 'block_message', customMessage: 'x'.repeat(151) }] }));
    expect(await sandbox.listAutoModerationRules(guild.id)).toEqual([]);

    // A preset rule takes 1000 allow-list entries; the limits are inclusive.
    await sandbox.createAutoModerationRule(
      guild.id,
      keywordRule([], { trigger: { type: 'keyword_preset', presets: ['slurs'], allowList: many(1000) } }),
      'x',
    );
    await refused(keywordRule([], { trigger: { type: 'keyword_preset', presets: ['profanity'], allowList: [] } }));
    for (let i = 0; i < 6; i++) await sandbox.createAutoModerationRule(guild.id, keywordRule(many(1000, 60)), 'x');
    await refused(keywordRule(['a']));
    await sandbox.createAutoModerationRule(guild.id, keywordRule([], { trigger: { type: 'spam' } }), 'x');
    await refused(keywordRule([], { trigger: { type: 'spam' } }));
    expect(await sandbox.listAutoModerationRules(guild.id)).toHaveLength(8);
  });

  it('matches keywords like Discord: whole words, cat* / *cat / *cat* wildcards, any case, minus the allow list', async () => {
    const { sandbox, guild, general, ada } = await setUp();
    await sandbox.createAutoModerationRule(
      guild.id,
      keywordRule(['cat', 'dog*', '*fish', '*bird*', 'free nitro'], {
        trigger: {
          type: 'keyword',
          keywords: ['cat', 'dog*', '*fish', '*bird*', 'free nitro'],
          regexPatterns: ['sc[a4]m+'],
          allowList: ['blackbird'],
        },
      }),
      'x',
    );
    const blocked = async (content: string): Promise<boolean> => {
      try {
        await sandbox.postMessage({ userId: ada, channelId: general, content });
        return false;
      } catch (error) {
        if (error instanceof AutoModerationBlockedError) return true;
        throw error;
      }
    };
    expect(await blocked('my CAT, really')).toBe(true);
    expect(await blocked('two cats and concatenation')).toBe(false);
    expect(await blocked('Doghouse')).toBe(true);
    expect(await blocked('hotdog')).toBe(false);
    expect(await blocked('a swordfish')).toBe(true);
    expect(await blocked('fishing')).toBe(false);
    expect(await blocked('the birdhouse of hummingbirds')).toBe(true);
    expect(await blocked('a blackbird sang')).toBe(false);
    expect(await blocked('get FREE   nitro')).toBe(true);
    expect(await blocked('this is a SC4MMM')).toBe(true);
    expect((await sandbox.listMessages(general)).map((m) => m.content).sort()).toEqual(
      ['a blackbird sang', 'fishing', 'hotdog', 'two cats and concatenation'].sort(),
    );
  });

  it('a blocked post is never stored: one automod.native_executed per action, the alert posted, the member timed out', async () => {
    const { sandbox, guild, general, modLog, ada, clock, events } = await setUp();
    const rule = await sandbox.createAutoModerationRule(
      guild.id,
      keywordRule(['scam*'], {
        actions: [
          { type: 'block_message', customMessage: 'No scams here.' },
          { type: 'send_alert_message', channelId: modLog },
          { type: 'timeout', durationSeconds: 600 },
        ],
      }),
      'x',
    );
    await expect(sandbox.postMessage({ userId: ada, channelId: general, content: 'best scammers' })).rejects.toThrow(
      'Message was blocked by AutoMod (rule "Guildhall: words"): No scams here.',
    );
    expect(await sandbox.listMessages(general)).toEqual([]);
    const [alert] = await sandbox.listMessages(modLog);
    expect(alert).toMatchObject({
      authorId: (await sandbox.guild()).botUserId,
      embeds: [{ description: 'best scammers' }],
    });
    expect(alert?.content).toContain(`AutoMod blocked a message from <@${ada}>`);
    expect((await sandbox.getMember(ada))?.timeoutUntil).toBe(clock.now() + 600_000);
    expect(events.map((e) => e.type)).toEqual([
      'automod.native_executed',
      'automod.native_executed',
      'automod.native_executed',
    ]);
    const common = {
      ruleId: rule.id,
      ruleTriggerType: 'keyword',
      userId: ada,
      channelId: general,
      messageId: null,
      content: 'best scammers',
      matchedKeyword: 'scam*',
      matchedContent: 'scammers',
    };
    expect(events.map((e) => e.payload)).toEqual([
      { ...common, action: 'block_message', alertSystemMessageId: null },
      { ...common, action: 'send_alert_message', alertSystemMessageId: alert?.id },
      { ...common, action: 'timeout', alertSystemMessageId: null },
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events[0]?.id).toMatch(
      new RegExp(`^sandbox:automod\\.native_executed:${rule.id}:${ada}:b\\d+:block_message$`),
    );
  });

  it('counts unique member and role mentions for mention spam; an alert-only rule lets the post through with its id', async () => {
    const { sandbox, guild, general, modLog, ada, events } = await setUp();
    const bob = (await sandbox.addMember({ username: 'bob' })).userId;
    const cy = (await sandbox.addMember({ username: 'cy' })).userId;
    await sandbox.createAutoModerationRule(
      guild.id,
      keywordRule([], { trigger: { type: 'mention_spam', mentionTotalLimit: 2, raidProtection: false } }),
      'x',
    );
    await sandbox.createAutoModerationRule(
      guild.id,
      keywordRule(['heads up'], { actions: [{ type: 'send_alert_message', channelId: modLog }] }),
      'x',
    );
    events.length = 0;
    await sandbox.postMessage({ userId: ada, channelId: general, content: `<@${bob}> <@${bob}> <@&${guild.id}>` });
    await expect(
      sandbox.postMessage({ userId: ada, channelId: general, content: `<@${bob}> <@${cy}> <@&${guild.id}>` }),
    ).rejects.toBeInstanceOf(AutoModerationBlockedError);
    const posted = await sandbox.postMessage({ userId: ada, channelId: general, content: 'Heads up, everyone' });
    const executed = events.filter((e) => e.type === 'automod.native_executed').map((e) => e.payload);
    expect(executed).toMatchObject([
      { ruleTriggerType: 'mention_spam', action: 'block_message', messageId: null, matchedKeyword: null },
      { ruleTriggerType: 'keyword', action: 'send_alert_message', messageId: posted.id, matchedKeyword: 'heads up' },
    ]);
    expect((await sandbox.listMessages(modLog))[0]?.content).toContain('AutoMod flagged a message');
  });

  it('leaves alone the owner, Administrator and Manage Server, exempt roles and channels (categories too), and disabled rules', async () => {
    const { sandbox, guild, general, ada } = await setUp();
    const category = await sandbox.createChannel(guild.id, { name: 'Staff', kind: 'category' });
    const staffRoom = await sandbox.createChannel(guild.id, {
      name: 'staff-room',
      kind: 'text',
      parentId: category.id,
    });
    const trusted = await sandbox.createRole(guild.id, { name: 'Trusted' });
    const managers = await sandbox.createRole(guild.id, { name: 'Managers', permissions: String(1n << 5n) });
    const admins = await sandbox.createRole(guild.id, {
      name: 'Admins',
      permissions: String(Permission.ADMINISTRATOR),
    });
    const [bob, cy, dee] = await Promise.all(['bob', 'cy', 'dee'].map((u) => sandbox.addMember({ username: u })));
    await sandbox.addRole(guild.id, bob!.userId, trusted.id, 'x');
    await sandbox.addRole(guild.id, cy!.userId, managers.id, 'x');
    await sandbox.addRole(guild.id, dee!.userId, admins.id, 'x');
    const rule = await sandbox.createAutoModerationRule(
      guild.id,
      keywordRule(['spam'], { exemptRoles: [trusted.id], exemptChannels: [category.id] }),
      'x',
    );
    for (const userId of [guild.ownerId, bob!.userId, cy!.userId, dee!.userId]) {
      await sandbox.postMessage({ userId, channelId: general, content: 'spam' });
    }
    await sandbox.postMessage({ userId: ada, channelId: staffRoom.id, content: 'spam' });
    await expect(sandbox.postMessage({ userId: ada, channelId: general, content: 'spam' })).rejects.toBeInstanceOf(
      AutoModerationBlockedError,
    );
    await sandbox.editAutoModerationRule(guild.id, rule.id, { enabled: false }, 'x');
    await sandbox.postMessage({ userId: ada, channelId: general, content: 'spam' });
    expect((await sandbox.listMessages(general)).length).toBe(5);
  });
});
