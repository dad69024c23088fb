import { afterEach, describe, expect, it } from 'vitest';
import { loadModules } from '../../src/app/loadModules.js';
import { silentLogger } from '../../src/core/Logger.js';
import { AutomodConfig } from '../../src/modules/automod/AutomodConfig.js';
import { automodState, type AutomodContext } from '../../src/modules/automod/AutomodContext.js';
import { syncNativeRules } from '../../src/modules/automod/native/syncNativeRules.js';
import type {
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
} from '../../src/platform/Platform.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { testDialect } from '../testStore.js';
import { communityYaml, openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';
import { MemberDirectory } from '../../src/core/members/MemberDirectory.js';

/** The sandbox guild, recording every native AutoMod write Guildhall makes. */
class RecordingPlatform extends SandboxPlatform {
  readonly writes: string[] = [];
  failList = false;
  override listAutoModerationRules(guildId: string): Promise<NativeAutomodRuleSnapshot[]> {
    if (this.failList) return Promise.reject(new Error('Missing Permissions (50013)'));
    return super.listAutoModerationRules(guildId);
  }
  override createAutoModerationRule(g: string, spec: NativeAutomodRuleSpec, r: string) {
    this.writes.push(`create ${spec.name}`);
    return super.createAutoModerationRule(g, spec, r);
  }
  override editAutoModerationRule(g: string, id: string, patch: NativeAutomodRulePatch, r: string) {
    this.writes.push(`edit ${patch.name ?? id}`);
    return super.editAutoModerationRule(g, id, patch, r);
  }
  override deleteAutoModerationRule(g: string, id: string, r: string): Promise<void> {
    this.writes.push(`delete ${id}`);
    return super.deleteAutoModerationRule(g, id, r);
  }
}

const SCAM = 'Guildhall: Scam message (scam-phrases)';
const MENTIONS = 'Guildhall: Mention spam (mention-spam)';
const PRESETS = 'Guildhall: Discord keyword presets (native-keyword-presets)';

describe(`native AutoMod sync from the automod module (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  /** Syncs as the module's start hook does, with `automod` settings, through a recording platform. */
  function syncer(community: ModerationCommunity) {
    const platform = new RecordingPlatform({ store: community.store, clock: community.clock });
    const sync = (automod: Record<string, unknown>) => {
      const config = AutomodConfig.parse(automod);
      const ctx: AutomodContext = {
        moduleId: 'automod',
        db: community.store.db,
        dialect: community.store.dialect,
        platform,
        platformNow: platform,
        config,
        community: loadModules({ configText: communityYaml() }).community,
        clock: community.clock,
        log: silentLogger(),
        memberData: community.engine.memberData,
        members: new MemberDirectory(community.store.db, community.clock),
        state: automodState({ config }),
        schedule: () => Promise.resolve(),
        emit: () => Promise.resolve(),
        audit: () => Promise.resolve(),
      };
      return syncNativeRules(ctx, community.guild.id);
    };
    return { platform, sync };
  }

  it("the start hook creates Guildhall's rules from the word-filter and mention rules, with automod's exemptions and alert channel", async () => {
    c = await openModerationCommunity({
      sections: { automod: { native: { enabled: true, keywordPresets: ['slurs'], blockMessage: 'Not here.' } } },
    });
    const rules = await c.sandbox.listAutoModerationRules(c.guild.id);
    expect(rules.map((r) => r.name)).toEqual([SCAM, MENTIONS, PRESETS]);
    const [scam, mentions, presets] = rules;
    const exempt = {
      exemptRoles: [c.role('Admin').id, c.role('Moderator').id].sort(),
      exemptChannels: [c.channel('mod-log').id],
    };
    const actions = [
      { type: 'block_message', customMessage: 'Not here.' },
      { type: 'send_alert_message', channelId: c.channel('mod-log').id },
    ];
    expect({ ...scam, exemptRoles: [...(scam?.exemptRoles ?? [])].sort() }).toMatchObject({
      actions,
      enabled: true,
      ...exempt,
    });
    expect(scam?.trigger).toMatchObject({ type: 'keyword', regexPatterns: [], allowList: [] });
    expect(scam?.trigger.type === 'keyword' ? scam.trigger.keywords : []).toEqual(
      expect.arrayContaining(['free nitro', 'i accidentally reported you', 'who wants my skins']),
    );
    expect(mentions).toMatchObject({
      trigger: { type: 'mention_spam', mentionTotalLimit: 5, raidProtection: false },
      actions,
    });
    expect(presets).toMatchObject({ trigger: { type: 'keyword_preset', presets: ['slurs'], allowList: [] }, actions });
  });

  it("a second sync changes nothing; drift is put back, stale Guildhall rules go, the community's own rules stay", async () => {
    c = await openModerationCommunity({ sections: { automod: { native: { enabled: true } } } });
    const { platform, sync } = syncer(c);
    const settings = { native: { enabled: true } };
    const before = await c.sandbox.listAutoModerationRules(c.guild.id);
    expect(await sync(settings)).toEqual({ created: [], edited: [], deleted: [], failed: [] });
    expect(platform.writes).toEqual([]);

    const bananas: NativeAutomodRuleSpec = {
      name: 'No bananas',
      trigger: { type: 'keyword', keywords: ['banana'], regexPatterns: [], allowList: [] },
      actions: [{ type: 'block_message', customMessage: null }],
      enabled: true,
      exemptRoles: [],
      exemptChannels: [],
    };
    const own = await c.sandbox.createAutoModerationRuleAsOwner(bananas);
    const stale = await c.sandbox.createAutoModerationRule(
      c.guild.id,
      { ...bananas, name: 'Guildhall: Old rule (old-rule)' },
      'an older Guildhall',
    );
    const scam = before.find((r) => r.name === SCAM);
    await c.sandbox.editAutoModerationRule(
      c.guild.id,
      scam?.id ?? '',
      { enabled: false, exemptChannels: [] },
      'a moderator',
    );

    expect(await sync(settings)).toEqual({
      created: [],
      edited: [SCAM],
      deleted: ['Guildhall: Old rule (old-rule)'],
      failed: [],
    });
    expect(platform.writes).toEqual([`delete ${stale.id}`, `edit ${SCAM}`]);
    const after = await c.sandbox.listAutoModerationRules(c.guild.id);
    expect(after).toEqual([...before, own]);

    platform.writes.length = 0;
    expect(await sync({ native: { enabled: true, mentionSpam: false } })).toMatchObject({ deleted: [MENTIONS] });
    expect((await c.sandbox.listAutoModerationRules(c.guild.id)).map((r) => r.name)).toEqual([SCAM, 'No bananas']);
    expect(await sync({ native: { enabled: false } })).toBeNull();
    expect(platform.writes).toEqual([`delete ${before[1]?.id ?? ''}`]);
  });

  it('a rule Discord has no room for is logged and skipped; a platform refusing to list stops nothing', async () => {
    c = await openModerationCommunity();
    expect(await c.sandbox.listAutoModerationRules(c.guild.id)).toEqual([]);
    await c.sandbox.createAutoModerationRuleAsOwner({
      name: 'Their mentions',
      trigger: { type: 'mention_spam', mentionTotalLimit: 9, raidProtection: true },
      actions: [{ type: 'block_message', customMessage: null }],
      enabled: true,
      exemptRoles: [],
      exemptChannels: [],
    });
    const { platform, sync } = syncer(c);
    expect(await sync({ native: { enabled: true } })).toEqual({
      created: [SCAM],
      edited: [],
      deleted: [],
      failed: [MENTIONS],
    });
    expect(platform.writes).toEqual([`create ${SCAM}`]);
    platform.failList = true;
    expect(await sync({ native: { enabled: true } })).toBeNull();
  });

  it('words Discord cannot hold and rules with conditions stay with Guildhall alone', async () => {
    c = await openModerationCommunity();
    const { sync } = syncer(c);
    const long = 'a very long phrase that no keyword filter of discord can hold at all';
    const rules = [
      {
        id: 'words',
        name: 'Words',
        triggers: [{ type: 'word_filter', words: ['spam*', '*scam', long, 'SPAM*'] }],
        effects: [{ type: 'delete_message' }, { type: 'strike' }],
      },
      {
        id: 'newcomer-words',
        name: 'Newcomer words',
        triggers: [{ type: 'word_filter', words: ['link'] }],
        conditions: [{ type: 'member_age', youngerThan: '1d' }],
        effects: [{ type: 'delete_message' }],
      },
    ];
    await sync({ native: { enabled: true, mentionSpam: false }, builtInRules: { 'scam-phrases': false }, rules });
    const listed = await c.sandbox.listAutoModerationRules(c.guild.id);
    expect(listed.map((r) => [r.name, r.trigger])).toEqual([
      ['Guildhall: Words (words)', { type: 'keyword', keywords: ['spam*', '*scam'], regexPatterns: [], allowList: [] }],
    ]);
  });
});
