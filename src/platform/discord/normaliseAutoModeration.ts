import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import { nativeActionType, nativeTriggerType } from './autoModerationRules.js';
import type { NormaliseContext } from './NormaliseContext.js';

const actionExecution = z.object({
  guild_id: z.string(),
  action: z.object({ type: z.number().int() }),
  rule_id: z.string(),
  rule_trigger_type: z.number().int(),
  user_id: z.string(),
  channel_id: z.string().nullish(),
  message_id: z.string().nullish(),
  alert_system_message_id: z.string().nullish(),
  content: z.string().default(''),
  matched_keyword: z.string().nullish(),
  matched_content: z.string().nullish(),
});

/**
 * AUTO_MODERATION_ACTION_EXECUTION → `automod.native_executed`. Discord sends one dispatch per
 * action a rule executed, so a blocked message that also alerts and times out arrives as three.
 *
 * Id: `discord:automod.native_executed:<rule>:<user>:<anchor>:<action>`, where the anchor is
 * `m<message_id>` (content of a posted message), else `a<alert_system_message_id>` (the
 * alert action), else `c<channel>:<receivedAtMs>`: a blocked message has no id and its block
 * and timeout dispatches carry nothing else stable, so those are keyed by receipt time, like
 * voice updates.
 * @param data - the dispatch payload
 * @param ctx - receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#auto-moderation-action-execution
 */
export function normaliseAutoModerationAction(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = actionExecution.parse(data);
  const action = nativeActionType(d.action.type);
  const messageId = d.message_id ?? null;
  const alertId = d.alert_system_message_id ?? null;
  const channelId = d.channel_id ?? null;
  const anchor =
    messageId !== null ? `m${messageId}` : alertId !== null ? `a${alertId}` : `c${channelId ?? '-'}:${ctx.receivedAt}`;
  return [
    domainEvent('automod.native_executed', {
      id: `discord:automod.native_executed:${d.rule_id}:${d.user_id}:${anchor}:${action}`,
      guildId: d.guild_id,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: {
        ruleId: d.rule_id,
        ruleTriggerType: nativeTriggerType(d.rule_trigger_type),
        action,
        userId: d.user_id,
        channelId,
        messageId,
        alertSystemMessageId: alertId,
        content: d.content,
        matchedKeyword: d.matched_keyword ?? null,
        matchedContent: d.matched_content ?? null,
      },
    }),
  ];
}
