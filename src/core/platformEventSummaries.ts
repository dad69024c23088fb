import type { EventNames } from './defineEvents.js';
import type { PlatformEventPayloads, PlatformEventType, SharedEventPayloads, SharedEventType } from './DomainEvent.js';
import { excerpt, plural } from './summaryText.js';

/** How the feed words each native AutoMod action. */
const NATIVE_ACTION_TEXT: Record<PlatformEventPayloads['automod.native_executed']['action'], string> = {
  block_message: 'blocked a message by',
  send_alert_message: 'flagged a message by',
  timeout: 'timed out',
  block_member_interaction: 'blocked the profile of',
  other: 'acted on',
};

type Summaries<P, K extends keyof P> = { [T in K]: (payload: P[T], names: EventNames) => string };

/** One summary line for each platform event type (modules word their own events). */
export const platformEventSummaries: Summaries<PlatformEventPayloads, PlatformEventType> = {
  'member.joined': (p, n) =>
    `${n.user(p.userId)} joined${p.bot ? ' (bot)' : ''}${p.caughtUp === true ? ' (found at catch-up)' : ''}`,
  'member.left': (p, n) => `${n.user(p.userId)} left${p.caughtUp === true ? ' (found at catch-up)' : ''}`,
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
  'thread.updated': (p) =>
    `Thread “${excerpt(p.name)}” ${p.archived ? 'archived' : 'open'}${p.locked ? ', locked' : ''}${p.appliedTags.length > 0 ? `, ${p.appliedTags.length} tag(s)` : ''}`,
  'scheduled_event.created': (p) => `Event “${excerpt(p.name)}” scheduled`,
  'scheduled_event.updated': (p) => `Event “${excerpt(p.name)}” ${p.status === 'scheduled' ? 'changed' : p.status}`,
  'scheduled_event.deleted': (p) => `Event “${excerpt(p.name)}” deleted`,
  'scheduled_event.user_added': (p, n) => `${n.user(p.userId)} is interested in an event`,
  'scheduled_event.user_removed': (p, n) => `${n.user(p.userId)} is no longer interested in an event`,
  'invite.created': (p, n) => `Invite ${p.code} created${p.inviterId === null ? '' : ` by ${n.user(p.inviterId)}`}`,
  'interaction.command': (p, n) =>
    p.targetMessage === undefined
      ? `${n.user(p.userId)} ran /${`${p.commandName} ${p.subcommand ?? ''}`.trimEnd()} in ${n.channel(p.channelId)}`
      : `${n.user(p.userId)} used “${p.commandName}” on ${n.user(p.targetMessage.authorId)}'s message in ${n.channel(p.channelId)}`,
  'interaction.button': (p, n) => `${n.user(p.userId)} pressed ${p.customId}`,
  'interaction.select': (p, n) => `${n.user(p.userId)} chose ${p.values.join(', ')} in ${p.customId}`,
  'interaction.modal': (p, n) => `${n.user(p.userId)} submitted ${p.customId}`,
  'automod.native_executed': (p, n) =>
    `Discord AutoMod ${NATIVE_ACTION_TEXT[p.action]} ${n.user(p.userId)}${p.channelId === null ? '' : ` in ${n.channel(p.channelId)}`}${p.matchedKeyword === null ? '' : ` (matched “${excerpt(p.matchedKeyword)}”)`}`,
};

/** One summary line for each shared event type. */
export const sharedEventSummaries: Summaries<SharedEventPayloads, SharedEventType> = {
  'contribution.recorded': (p, n) => `${n.user(p.userId)} contributed: ${p.kind.replaceAll('_', ' ')}`,
};

/** `got New Member`, `lost 2 roles`; null when nothing changed. */
function roleChange(verb: 'got' | 'lost', roleIds: string[], names: EventNames): string | null {
  if (roleIds.length === 0) return null;
  const named = roleIds.map((id) => names.role(id));
  if (named.every((name) => name !== null)) return `${verb} ${named.join(', ')}`;
  return `${verb} ${plural(roleIds.length, 'role')}`;
}
