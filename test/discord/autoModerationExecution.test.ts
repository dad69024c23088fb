import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import type { FixtureObject } from './fixtures.js';

const G = TEST_IDS.guildId;
const RULE = '849000000000000801';
const ADA = TEST_IDS.memberUserId;
const ALERT = '849000000000000802';

/**
 * AUTO_MODERATION_ACTION_EXECUTION as Discord sends it for one blocked message of a keyword
 * rule with three actions (block, alert, timeout): no `message_id` (the message was never
 * posted), the alert's id on the alert action only.
 * @see https://discord.com/developers/docs/events/gateway-events#auto-moderation-action-execution
 */
function execution(action: FixtureObject, extra: FixtureObject = {}): FixtureObject {
  return {
    guild_id: G,
    action,
    rule_id: RULE,
    rule_trigger_type: 1,
    user_id: ADA,
    channel_id: TEST_IDS.channels.general,
    content: 'claim your free nitro now',
    matched_keyword: 'free nitro',
    matched_content: 'free nitro',
    ...extra,
  };
}

const block = execution({ type: 1, metadata: { custom_message: 'No scams.' } });
const alert = execution(
  { type: 2, metadata: { channel_id: TEST_IDS.channels.welcome } },
  { alert_system_message_id: ALERT },
);
const timeout = execution({ type: 3, metadata: { duration_seconds: 600 } });

describe('AUTO_MODERATION_ACTION_EXECUTION through discord.js', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('becomes one automod.native_executed per action, each with its own stable id', async () => {
    const events = await dispatchAndCollect(c, [
      ['AUTO_MODERATION_ACTION_EXECUTION', block],
      ['AUTO_MODERATION_ACTION_EXECUTION', alert],
      ['AUTO_MODERATION_ACTION_EXECUTION', timeout],
    ]);
    const now = c.clock.now();
    const common = {
      ruleId: RULE,
      ruleTriggerType: 'keyword',
      userId: ADA,
      channelId: TEST_IDS.channels.general,
      messageId: null,
      content: 'claim your free nitro now',
      matchedKeyword: 'free nitro',
      matchedContent: 'free nitro',
    };
    expect(events).toEqual([
      {
        id: `discord:automod.native_executed:${RULE}:${ADA}:c${TEST_IDS.channels.general}:${now}:block_message`,
        type: 'automod.native_executed',
        guildId: G,
        occurredAt: now,
        source: 'discord',
        payload: { ...common, action: 'block_message', alertSystemMessageId: null },
      },
      {
        id: `discord:automod.native_executed:${RULE}:${ADA}:a${ALERT}:send_alert_message`,
        type: 'automod.native_executed',
        guildId: G,
        occurredAt: now,
        source: 'discord',
        payload: { ...common, action: 'send_alert_message', alertSystemMessageId: ALERT },
      },
      {
        id: `discord:automod.native_executed:${RULE}:${ADA}:c${TEST_IDS.channels.general}:${now}:timeout`,
        type: 'automod.native_executed',
        guildId: G,
        occurredAt: now,
        source: 'discord',
        payload: { ...common, action: 'timeout', alertSystemMessageId: null },
      },
    ]);
  });

  it('keys a posted message on its id, so a redelivery has the same id; without Message Content the content is empty', async () => {
    const flagged = execution(
      { type: 2, metadata: { channel_id: TEST_IDS.channels.welcome } },
      {
        message_id: '849000000000000900',
        alert_system_message_id: '849000000000000901',
        rule_trigger_type: 5,
        content: '',
        matched_keyword: null,
        matched_content: null,
      },
    );
    const events = await dispatchAndCollect(c, [
      ['AUTO_MODERATION_ACTION_EXECUTION', flagged],
      ['AUTO_MODERATION_ACTION_EXECUTION', flagged],
      ['AUTO_MODERATION_ACTION_EXECUTION', { ...flagged, guild_id: TEST_IDS.otherGuildId }],
    ]);
    expect(events.map((e) => e.id)).toEqual([
      `discord:automod.native_executed:${RULE}:${ADA}:m849000000000000900:send_alert_message`,
      `discord:automod.native_executed:${RULE}:${ADA}:m849000000000000900:send_alert_message`,
    ]);
    expect(events[0]?.payload).toMatchObject({
      ruleTriggerType: 'mention_spam',
      messageId: '849000000000000900',
      alertSystemMessageId: '849000000000000901',
      content: '',
      matchedKeyword: null,
    });
  });
});
