import type { EventPayloads, EventType } from '../../core/DomainEvent.js';
import { EVENT_TYPES } from '../../core/DomainEvent.js';

/** Turns ids into names for a summary; falls back to a short id when a name is unknown. */
export interface EventNames {
  user(userId: string | null): string;
  channel(channelId: string | null): string;
  /** A role's name, or null when unknown. */
  role(roleId: string): string | null;
}

/** How the feed words each native AutoMod action. */
const NATIVE_ACTION_TEXT: Record<EventPayloads['automod.native_executed']['action'], string> = {
  block_message: 'blocked a message by',
  send_alert_message: 'flagged a message by',
  timeout: 'timed out',
  block_member_interaction: 'blocked the profile of',
  other: 'acted on',
};

type Summarizers = { [T in EventType]: (payload: EventPayloads[T], names: EventNames) => string };

const summarizers: Summarizers = {
  'member.joined': (p, n) => `${n.user(p.userId)} joined${p.bot ? ' (bot)' : ''}`,
  'member.left': (p, n) => `${n.user(p.userId)} left`,
  'member.updated': (p, n) => {
    const previous = p.previousRoles;
    if (previous === null) return `${n.user(p.userId)} was updated`;
    const changes = [
      roleChange(
        'got',
        p.roles.filter((r) => !previous.includes(r)),
        n,
      ),
      roleChange(
        'lost',
        previous.filter((r) => !p.roles.includes(r)),
        n,
      ),
    ].filter((change) => change !== null);
    return changes.length === 0 ? `${n.user(p.userId)} was updated` : `${n.user(p.userId)} ${changes.join(' and ')}`;
  },
  'message.created': (p, n) => `${n.user(p.authorId)} in ${n.channel(p.channelId)}: “${excerpt(p.content)}”`,
  'message.edited': (p, n) => `${n.user(p.authorId)} edited a message in ${n.channel(p.channelId)}`,
  'message.deleted': (p, n) => `A message was deleted in ${n.channel(p.channelId)}`,
  'reaction.added': (p, n) => `${n.user(p.userId)} reacted ${p.emoji.name} in ${n.channel(p.channelId)}`,
  'reaction.removed': (p, n) => `${n.user(p.userId)} removed ${p.emoji.name} in ${n.channel(p.channelId)}`,
  'voice.joined': (p, n) => `${n.user(p.userId)} joined voice ${n.channel(p.channelId)}`,
  'voice.left': (p, n) => `${n.user(p.userId)} left voice ${n.channel(p.channelId)}`,
  'voice.mute_changed': (p, n) => `${n.user(p.userId)} ${p.muted ? 'muted' : 'unmuted'} in ${n.channel(p.channelId)}`,
  'thread.created': (p, n) => `Thread “${excerpt(p.name)}” started in ${n.channel(p.parentId)}`,
  'invite.created': (p, n) => `Invite ${p.code} created${p.inviterId === null ? '' : ` by ${n.user(p.inviterId)}`}`,
  'interaction.command': (p, n) => `${n.user(p.userId)} ran /${p.commandName} in ${n.channel(p.channelId)}`,
  'interaction.button': (p, n) => `${n.user(p.userId)} pressed ${p.customId}`,
  'interaction.select': (p, n) => `${n.user(p.userId)} chose ${p.values.join(', ')} in ${p.customId}`,
  'interaction.modal': (p, n) => `${n.user(p.userId)} submitted ${p.customId}`,
  'onboarding.member_welcomed': (p, n) => `${n.user(p.userId)} was welcomed in ${n.channel(p.channelId)}`,
  'recognition.points_awarded': (p, n) =>
    `${n.user(p.userId)} earned ${plural(p.points, 'point')} (${p.reason}), total ${p.total}`,
  'contribution.recorded': (p, n) => `${n.user(p.userId)} contributed: ${p.kind.replaceAll('_', ' ')}`,
  'recognition.badge_awarded': (p, n) => `${n.user(p.userId)} earned the ${p.name} badge`,
  'recognition.achievement_unlocked': (p, n) => `${n.user(p.userId)} unlocked ${p.name}`,
  'recognition.level_changed': (p, n) =>
    `${n.user(p.userId)} ${p.direction === 'up' ? 'reached' : 'dropped to'} ${p.to ?? 'no level'}`,
  'recognition.thanks_given': (p, n) => `${n.user(p.fromUserId)} thanked ${n.user(p.toUserId)}`,
  'recognition.member_referred': (p, n) => `${n.user(p.refereeId)} joined on ${n.user(p.referrerId)}’s invite`,
  'recognition.referral_confirmed': (p, n) => `${n.user(p.referrerId)}’s referral of ${n.user(p.refereeId)} counts`,
  'recognition.referral_reversed': (p, n) =>
    `${n.user(p.referrerId)}’s referral of ${n.user(p.refereeId)} was reversed (left early)`,
  'recognition.referral_tier_reached': (p, n) => `${n.user(p.userId)} reached ${p.tier} (${p.referrals} referrals)`,
  'recognition.ambassador_status_changed': (p, n) => `${n.user(p.userId)}: ambassador ${p.tier} ${p.status}`,
  'recognition.recompute_requested': () => 'Recognition totals recomputed from the event log',
  'automod.rule_triggered': (p, n) =>
    `Automod: ${p.ruleName} (${p.reason}) by ${p.userIds.length === 1 ? n.user(p.userIds[0] ?? null) : plural(p.userIds.length, 'member')}`,
  'automod.native_executed': (p, n) =>
    `Discord AutoMod ${NATIVE_ACTION_TEXT[p.action]} ${n.user(p.userId)}${p.channelId === null ? '' : ` in ${n.channel(p.channelId)}`}${p.matchedKeyword === null ? '' : ` (matched “${excerpt(p.matchedKeyword)}”)`}`,
  'moderation.case_opened': (p, n) =>
    `Case #${p.caseId}: ${p.action.replaceAll('_', ' ')}${p.userId === null ? '' : ` for ${n.user(p.userId)}`} (${excerpt(p.reason)})`,
  'moderation.case_closed': (p) => `Case #${p.caseId} ${p.outcome}`,
  'moderation.appeal_filed': (p, n) => `${n.user(p.userId)} appealed case #${p.caseId}`,
  'moderation.appeal_decided': (p) => `Appeal on case #${p.caseId} ${p.outcome}`,
  'moderation.lockdown_started': (p) => `Lockdown started: ${excerpt(p.reason)}`,
  'moderation.lockdown_ended': (p) => `Lockdown ended: ${excerpt(p.reason)}`,
};

/**
 * Writes a one-line human summary of a recorded event, e.g. `ada joined` or
 * `ada in #general: “hello everyone”`. Unknown types and unreadable payloads fall back to
 * the type name, so an old or foreign row never breaks the feed.
 * @param type - the event type as stored
 * @param payloadJson - the stored JSON payload
 * @param names - resolves user and channel ids to names
 */
export function summarizeEvent(type: string, payloadJson: string, names: EventNames): string {
  if (!isEventType(type)) return type;
  try {
    // The log is written by the engine from typed events, so the payload matches its type.
    return summarize(type, JSON.parse(payloadJson) as EventPayloads[typeof type], names);
  } catch {
    return type;
  }
}

function summarize<T extends EventType>(type: T, payload: EventPayloads[T], names: EventNames): string {
  const summarizer: (payload: EventPayloads[T], names: EventNames) => string = summarizers[type];
  return summarizer(payload, names);
}

function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

/** `got New Member`, `lost 2 roles`; null when nothing changed. */
function roleChange(verb: 'got' | 'lost', roleIds: string[], names: EventNames): string | null {
  if (roleIds.length === 0) return null;
  const named = roleIds.map((id) => names.role(id));
  if (named.every((name) => name !== null)) return `${verb} ${named.join(', ')}`;
  return `${verb} ${plural(roleIds.length, 'role')}`;
}

function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
