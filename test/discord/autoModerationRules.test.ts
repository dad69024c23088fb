import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../src/core/errors.js';
import type { NativeAutomodRuleSpec } from '../../src/platform/Platform.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { bodyObject, newSnowflake } from './fakeDiscordApi.js';
import type { FixtureObject } from './fixtures.js';
import { TEST_IDS } from './DiscordTestServer.js';

const G = TEST_IDS.guildId;
const RULES = `/guilds/${G}/auto-moderation/rules`;
const RULE = /^\/guilds\/\d+\/auto-moderation\/rules\/(\d+)$/;
const { moderator: MODERATOR } = TEST_IDS.roles;
const { general: GENERAL, welcome: WELCOME } = TEST_IDS.channels;

/** A community rule Guildhall does not model: a member-profile rule blocking interactions. */
function profileRule(): FixtureObject {
  return {
    id: '849000000000000700',
    guild_id: G,
    name: 'Profile names',
    creator_id: TEST_IDS.ownerId,
    event_type: 2,
    trigger_type: 6,
    trigger_metadata: { keyword_filter: ['nitro'], regex_patterns: [], allow_list: [] },
    actions: [{ type: 4, metadata: {} }],
    enabled: true,
    exempt_roles: [],
    exempt_channels: [],
  };
}

/**
 * Answers the auto-moderation endpoints like Discord, from a list the test can read: create
 * fills in id, guild and creator; modify merges the fields sent; delete answers 204.
 */
function fakeAutoModeration(c: ConnectedDiscordPlatform): FixtureObject[] {
  const rules: FixtureObject[] = [profileRule()];
  c.discord.route('GET', RULES, () => ({ status: 200, body: rules }));
  c.discord.route('POST', RULES, (request) => {
    const rule = { id: newSnowflake(), guild_id: G, creator_id: TEST_IDS.botUserId, ...bodyObject(request.body) };
    rules.push(rule);
    return { status: 200, body: rule };
  });
  c.discord.route('PATCH', RULE, (request, [id]) => {
    const rule = rules.find((r) => r.id === id);
    if (rule === undefined) return { status: 404, body: { code: 10066, message: 'Unknown auto moderation rule' } };
    Object.assign(rule, bodyObject(request.body));
    return { status: 200, body: rule };
  });
  c.discord.route('DELETE', RULE, (_request, [id]) => {
    rules.splice(
      rules.findIndex((r) => r.id === id),
      1,
    );
    return { status: 204 };
  });
  return rules;
}

const spec: NativeAutomodRuleSpec = {
  name: 'Guildhall: Scam message (scam-phrases)',
  trigger: { type: 'keyword', keywords: ['free nitro', 'steam gift*'], regexPatterns: ['n[i1]tr[o0]'], allowList: [] },
  actions: [
    { type: 'block_message', customMessage: 'Scams are not welcome here.' },
    { type: 'send_alert_message', channelId: WELCOME },
    { type: 'timeout', durationSeconds: 600 },
  ],
  enabled: true,
  exemptRoles: [MODERATOR],
  exemptChannels: [GENERAL],
};

describe('native AutoMod rules through discord.js', () => {
  let c: ConnectedDiscordPlatform;
  let rules: FixtureObject[];
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    rules = fakeAutoModeration(c);
    c.discord.clearRequests();
  });

  it('createAutoModerationRule lists the rules, then POSTs the rule in Discord’s shape with the audit-log reason', async () => {
    const created = await c.platform.createAutoModerationRule(G, spec, 'Guildhall automod: sync');
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${RULES}`, `POST ${RULES}`]);
    const post = c.discord.requests[1];
    expect(post?.body).toEqual({
      name: 'Guildhall: Scam message (scam-phrases)',
      event_type: 1,
      trigger_type: 1,
      trigger_metadata: {
        keyword_filter: ['free nitro', 'steam gift*'],
        regex_patterns: ['n[i1]tr[o0]'],
        allow_list: [],
      },
      actions: [
        { type: 1, metadata: { custom_message: 'Scams are not welcome here.' } },
        { type: 2, metadata: { channel_id: WELCOME } },
        { type: 3, metadata: { duration_seconds: 600 } },
      ],
      enabled: true,
      exempt_roles: [MODERATOR],
      exempt_channels: [GENERAL],
    });
    expect(post?.auditLogReason).toBe('Guildhall automod: sync');
    expect(created).toEqual({ ...spec, id: rules[1]?.id, creatorId: TEST_IDS.botUserId });
  });

  it('creates mention-spam, preset and spam rules with their metadata (none for spam, Discord’s default block message)', async () => {
    const base = { enabled: true, exemptRoles: [], exemptChannels: [] };
    const block = [{ type: 'block_message' as const, customMessage: null }];
    await c.platform.createAutoModerationRule(
      G,
      {
        ...base,
        name: 'm',
        actions: block,
        trigger: { type: 'mention_spam', mentionTotalLimit: 5, raidProtection: true },
      },
      'r',
    );
    await c.platform.createAutoModerationRule(
      G,
      {
        ...base,
        name: 'p',
        actions: block,
        trigger: { type: 'keyword_preset', presets: ['slurs', 'profanity'], allowList: ['scunthorpe'] },
      },
      'r',
    );
    await c.platform.createAutoModerationRule(
      G,
      { ...base, name: 's', actions: block, trigger: { type: 'spam' } },
      'r',
    );
    const bodies = c.discord.requestsTo('POST', RULES).map((r) => bodyObject(r.body));
    expect(bodies.map((b) => [b.trigger_type, b.trigger_metadata, b.actions])).toEqual([
      [5, { mention_total_limit: 5, mention_raid_protection_enabled: true }, [{ type: 1, metadata: {} }]],
      [4, { presets: [3, 1], allow_list: ['scunthorpe'] }, [{ type: 1, metadata: {} }]],
      [3, undefined, [{ type: 1, metadata: {} }]],
    ]);
  });

  it('refuses a rule over Discord’s limits before any request, and a 7th keyword rule after listing, without a POST', async () => {
    const refuse = (patch: Partial<NativeAutomodRuleSpec>) =>
      expect(c.platform.createAutoModerationRule(G, { ...spec, ...patch }, 'r')).rejects.toBeInstanceOf(
        PlatformRuleError,
      );
    await refuse({ actions: [{ type: 'timeout', durationSeconds: 2_419_201 }] });
    await refuse({ exemptRoles: Array.from({ length: 21 }, (_, i) => String(i)) });
    await refuse({ trigger: { type: 'keyword', keywords: ['x'.repeat(61)], regexPatterns: [], allowList: [] } });
    await refuse({ trigger: { type: 'spam' } }); // spam rules cannot time out
    expect(c.discord.requests).toEqual([]);
    for (let i = 0; i < 6; i++) await c.platform.createAutoModerationRule(G, { ...spec, name: `k${i}` }, 'r');
    c.discord.clearRequests();
    await refuse({});
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${RULES}`]);
  });

  it('lists every rule, reading a trigger or action Guildhall does not model as its kind with Discord’s number', async () => {
    await c.platform.createAutoModerationRule(G, spec, 'r');
    c.discord.clearRequests();
    const listed = await c.platform.listAutoModerationRules(G);
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${RULES}`]);
    expect(listed[0]).toEqual({
      id: '849000000000000700',
      name: 'Profile names',
      creatorId: TEST_IDS.ownerId,
      trigger: { type: 'member_profile', code: 6 },
      actions: [{ type: 'block_member_interaction', code: 4 }],
      enabled: true,
      exemptRoles: [],
      exemptChannels: [],
    });
    expect(listed[1]).toMatchObject({ name: spec.name, trigger: spec.trigger, actions: spec.actions });
  });

  it('editAutoModerationRule PATCHes only the given fields (the trigger as metadata); delete sends DELETE; both with the reason', async () => {
    const created = await c.platform.createAutoModerationRule(G, spec, 'r');
    c.discord.clearRequests();
    const trigger = {
      type: 'keyword' as const,
      keywords: ['free nitro'],
      regexPatterns: [],
      allowList: ['nitro boost'],
    };
    const edited = await c.platform.editAutoModerationRule(
      G,
      created.id,
      { trigger, enabled: false },
      'Guildhall: edit',
    );
    expect(c.discord.requests.map((r) => [`${r.method} ${r.path}`, r.body, r.auditLogReason])).toEqual([
      [
        `PATCH ${RULES}/${created.id}`,
        {
          trigger_metadata: { keyword_filter: ['free nitro'], regex_patterns: [], allow_list: ['nitro boost'] },
          enabled: false,
        },
        'Guildhall: edit',
      ],
    ]);
    expect(edited).toMatchObject({ trigger, enabled: false, actions: spec.actions });
    await expect(
      c.platform.editAutoModerationRule(G, created.id, { exemptChannels: Array.from({ length: 51 }, String) }, 'r'),
    ).rejects.toBeInstanceOf(PlatformRuleError);
    await c.platform.deleteAutoModerationRule(G, created.id, 'Guildhall: gone');
    const deleted = c.discord.requestsTo('DELETE', `${RULES}/${created.id}`);
    expect(deleted.map((r) => r.auditLogReason)).toEqual(['Guildhall: gone']);
    expect(rules.map((r) => r.id)).toEqual(['849000000000000700']);
  });
});
