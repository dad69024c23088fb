import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { EvidenceMessage } from '../automodEvents.js';
import type { AutomodContext } from '../AutomodContext.js';
import type { EffectContext, Firing } from '../parts/EffectPart.js';
import { compileRule } from '../rules/compileRules.js';
import { setChannelSlowmode } from '../slowmode/setChannelSlowmode.js';
import { nativeRuleSources } from './nativeRuleSources.js';

/** Longest content kept in a case's evidence (Discord's message limit). */
const MAX_EVIDENCE_CONTENT = 2000;

/**
 * Counts a block by one of Guildhall's native AutoMod rules as its automod rule firing: the
 * rule's effects run (the message is already gone, so `delete_message` has nothing to do)
 * and one `automod.rule_triggered` asks the moderation module for the strike, the case (the
 * blocked content as evidence) and the alert. Discord reports each action of a block
 * separately (block, alert, timeout): only the block's report counts (the first action when
 * the rule has no block), and the rule's cooldown applies as for a posted message, so one
 * blocked message is one incident. The community's own rules are left to them.
 * @param event - the native execution
 * @param ctx - module context
 * @returns whether it was reported
 */
export async function nativeExecuted(
  event: DomainEventOf<'automod.native_executed'>,
  ctx: AutomodContext,
): Promise<boolean> {
  if (!ctx.config.native.enabled) return false;
  const { payload: p, guildId } = event;
  const native = await ctx.state.nativeRules.find(ctx, guildId, p.ruleId);
  if (native === null) return false;
  const types = native.actions.map((a) => a.type);
  if (p.action !== (types.includes('block_message') ? 'block_message' : types[0])) return false;
  const source = nativeRuleSources(ctx.config).sources.find((s) => s.name === native.name);
  // A rule left over from an older configuration: the next sync deletes it.
  if (source === undefined) return false;
  const rule = compileRule(source.rule);

  const at = event.occurredAt;
  const memory = ctx.state.runtime.memory(guildId);
  const key = `${rule.id}:${p.userId}`;
  const ongoing = memory.firing(key, at);
  if (ongoing?.sanctioned.has(p.userId) === true) return false;
  if (ongoing === undefined) memory.startFiring(key, { until: at + rule.cooldownMs, sanctioned: new Set([p.userId]) });
  else ongoing.sanctioned.add(p.userId);

  const found = p.matchedKeyword ?? (p.ruleTriggerType === 'mention_spam' ? 'too many mentions' : p.ruleTriggerType);
  const reason = `blocked by Discord AutoMod before posting (${found.startsWith('too') ? found : `"${found}"`})`;
  const evidence: EvidenceMessage = {
    messageId: p.messageId ?? '',
    channelId: p.channelId ?? '',
    authorId: p.userId,
    content:
      p.content === ''
        ? '(content not shared: the bot lacks the Message Content intent)'
        : p.content.slice(0, MAX_EVIDENCE_CONTENT),
    postedAt: at,
  };
  const firing: Firing = {
    guildId,
    ruleId: rule.id,
    ruleName: rule.name,
    detection: { reason, evidence: [evidence], offending: [], participants: [p.userId], scope: 'member' },
    channelId: p.channelId,
    userIds: [p.userId],
    repeat: false,
  };
  const effects: EffectContext = {
    platform: ctx.platform,
    log: ctx.log,
    now: ctx.clock.now(),
    deleted: [],
    actions: [],
    deleteMessage: () => Promise.resolve(true),
    setSlowmode: (channelId, seconds, until, ruleId) =>
      setChannelSlowmode(ctx, { guildId, channelId, seconds, until, ruleId }),
  };
  for (const effect of rule.effects) await effect.run(firing, effects);
  await ctx.emit(
    'automod.rule_triggered',
    {
      ruleId: rule.id,
      ruleName: rule.name,
      category: rule.category,
      severity: rule.severity,
      reason,
      matchedRules: [{ ruleId: rule.id, ruleName: rule.name, reason }],
      userIds: [p.userId],
      channelId: p.channelId,
      evidence: [evidence],
      deletedMessageIds: [],
      actions: effects.actions,
      sourceEventId: event.id,
    },
    { key: `native:${event.id}`, guildId },
  );
  return true;
}
