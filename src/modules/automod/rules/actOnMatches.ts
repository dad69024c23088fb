import type { DomainEvent } from '../../../core/DomainEvent.js';
import type { GuildSnapshot } from '../../../platform/Platform.js';
import type { AutomodConfig } from '../AutomodConfig.js';
import type { AutomodContext } from '../AutomodContext.js';
import type { AutomodAction, EvidenceMessage } from '../automodEvents.js';
import { channelIds, roleIds } from '../conditions/resolveNames.js';
import type { ConditionSubject } from '../parts/ConditionPart.js';
import type { EffectContext } from '../parts/EffectPart.js';
import type { MessageRef } from '../parts/TriggerPart.js';
import { setChannelSlowmode } from '../slowmode/setChannelSlowmode.js';
import type { Match } from './Match.js';
import { memberFacts, type MemberFacts } from './memberFacts.js';
import { SEVERITIES } from './RuleConfig.js';

/** Where and about whom the matches happened. */
export interface MatchScene {
  /** The message or join event. */
  source: DomainEvent;
  /** The author or joiner. */
  userId: string;
  /** The message's channel, null for a join. */
  channelId: string | null;
  /** Epoch ms of the message or join. */
  at: number;
  /** What a join said about the member; without it the member is read from the platform. */
  member?: MemberFacts;
}

/** What acting on the matches did. */
export interface Verdict {
  /** Rules whose conditions held, most severe first. */
  ruleIds: string[];
  deletedMessageIds: string[];
  /** False when every match was a repeat within its cooldown (nothing new to report). */
  reported: boolean;
}

const ADMINISTRATOR = 1n << 3n;
const MEMBER_ACTIONS = new Set<AutomodAction['kind']>(['strike', 'warn', 'timeout', 'kick', 'ban']);

/**
 * Acts on the rules that fired for one message or join: skips exempt members and channels,
 * checks each rule's conditions, runs the effects (once per incident for server effects,
 * once per member for sanctions, on every copy for deletions), then emits one
 * `automod.rule_triggered` for the moderation module, led by the most severe rule.
 * @param matches - rules whose triggers fired
 * @param scene - the event, member, channel and time
 * @param ctx - module context
 * @returns null when exempt or no rule's conditions held
 */
export async function actOnMatches(
  matches: readonly Match[],
  scene: MatchScene,
  ctx: AutomodContext,
): Promise<Verdict | null> {
  const { runtime } = ctx.state;
  const { guildId } = scene.source;
  const guild = await ctx.platform.fetchGuild(guildId);
  const member = scene.member ?? (await memberFacts(ctx.platform, guildId, scene.userId));
  if (isExempt(ctx.config, guild, scene, member)) return null;
  const subject: ConditionSubject = {
    userId: scene.userId,
    roles: member?.roles ?? [],
    joinedAt: member?.joinedAt ?? null,
    accountCreatedAt: member?.accountCreatedAt ?? null,
    channelId: scene.channelId,
    at: scene.at,
    guild,
  };
  const holding = matches
    .filter((m) => m.rule.conditions.every((check) => check(subject)))
    .sort((a, b) => SEVERITIES.indexOf(b.rule.severity) - SEVERITIES.indexOf(a.rule.severity));
  if (holding.length === 0) return null;

  const memory = runtime.memory(guildId);
  const deleted: string[] = [];
  const records: { match: Match; repeat: boolean; userIds: string[]; actions: AutomodAction[] }[] = [];
  for (const match of holding) {
    const { rule, detection } = match;
    const key = `${rule.id}:${detection.scope === 'guild' ? 'guild' : scene.userId}`;
    const ongoing = memory.firing(key, scene.at);
    const userIds = detection.participants.filter((u) => ongoing?.sanctioned.has(u) !== true);
    if (ongoing === undefined)
      memory.startFiring(key, { until: scene.at + rule.cooldownMs, sanctioned: new Set(userIds) });
    else for (const u of userIds) ongoing.sanctioned.add(u);
    const repeat = ongoing !== undefined;
    const effects = effectContext(ctx, guildId, deleted);
    const firing = {
      guildId,
      ruleId: rule.id,
      ruleName: rule.name,
      detection,
      channelId: scene.channelId,
      userIds,
      repeat,
    };
    for (const effect of rule.effects) {
      const runs = effect.scope === 'message' || (effect.scope === 'member' ? userIds.length > 0 : !repeat);
      if (runs) await effect.run(firing, effects);
    }
    records.push({ match, repeat, userIds, actions: effects.actions });
  }

  const reportable = records.filter((r) => !r.repeat || r.actions.some((a) => MEMBER_ACTIONS.has(a.kind)));
  const verdict: Verdict = { ruleIds: holding.map((m) => m.rule.id), deletedMessageIds: deleted, reported: false };
  const lead = reportable[0];
  if (lead === undefined) return verdict;
  const sanctioned = reportable.find((r) => r.actions.some((a) => MEMBER_ACTIONS.has(a.kind)));
  const actions: AutomodAction[] = [...(sanctioned?.actions.filter((a) => MEMBER_ACTIONS.has(a.kind)) ?? [])];
  const lockdowns = reportable.flatMap((r) => r.actions).filter((a) => a.kind === 'lockdown');
  const longest = lockdowns.reduce((max, a) => Math.max(max, a.durationMs), 0);
  if (lockdowns.length > 0) actions.push({ kind: 'lockdown', durationMs: longest });
  if (reportable.some((r) => r.actions.some((a) => a.kind === 'alert'))) actions.push({ kind: 'alert' });
  const evidence = new Map<string, EvidenceMessage>();
  for (const r of records) for (const e of r.match.detection.evidence) evidence.set(e.messageId, e);
  const userIds = sanctioned?.userIds ?? lead.userIds;
  await ctx.emit(
    'automod.rule_triggered',
    {
      ruleId: lead.match.rule.id,
      ruleName: lead.match.rule.name,
      category: lead.match.rule.category,
      severity: lead.match.rule.severity,
      reason: lead.match.detection.reason,
      matchedRules: reportable.map((r) => ({
        ruleId: r.match.rule.id,
        ruleName: r.match.rule.name,
        reason: r.match.detection.reason,
      })),
      userIds: userIds.length > 0 ? userIds : [scene.userId],
      channelId: scene.channelId,
      evidence: [...evidence.values()].sort((a, b) => a.postedAt - b.postedAt),
      deletedMessageIds: deleted,
      actions,
      sourceEventId: scene.source.id,
    },
    { key: scene.source.id, guildId },
  );
  return { ...verdict, reported: true };
}

function isExempt(config: AutomodConfig, guild: GuildSnapshot, scene: MatchScene, member: MemberFacts | null): boolean {
  if (scene.userId === guild.ownerId) return true;
  if (scene.channelId !== null && channelIds(guild, config.exemptChannels).has(scene.channelId)) return true;
  if (member === null) return false;
  const exempt = roleIds(guild, config.exemptRoles);
  if (member.roles.some((r) => exempt.has(r))) return true;
  return guild.roles.some((r) => member.roles.includes(r.id) && (BigInt(r.permissions) & ADMINISTRATOR) !== 0n);
}

function effectContext(
  ctx: AutomodContext,
  guildId: string,
  deleted: string[],
): EffectContext & { actions: AutomodAction[] } {
  const memory = ctx.state.runtime.memory(guildId);
  return {
    platform: ctx.platform,
    log: ctx.log,
    now: ctx.clock.now(),
    deleted,
    actions: [],
    async deleteMessage(message: MessageRef, reason: string): Promise<boolean> {
      if (!memory.markDeleted(message.messageId)) return true;
      try {
        await ctx.platform.deleteMessage(message.channelId, message.messageId, reason);
        deleted.push(message.messageId);
        return true;
      } catch (error) {
        // Already gone (deleted by its author or a moderator) or no permission: the rest still runs.
        ctx.log.warn({ err: error, messageId: message.messageId }, 'automod: could not delete a message');
        return false;
      }
    },
    setSlowmode: (channelId, seconds, until, ruleId) =>
      setChannelSlowmode(ctx, { guildId, channelId, seconds, until, ruleId }),
  };
}
