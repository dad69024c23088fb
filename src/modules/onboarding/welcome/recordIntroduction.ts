import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { passGate } from './passGate.js';

/**
 * A member's first message in the introductions channel long enough to count
 * (`gate.minimumIntroLength`, surrounding blanks not counted) becomes their introduction:
 * recorded, emitted as `onboarding.intro_posted`, then the gate is tried. Messages of members
 * onboarding does not know, and later ones, change nothing.
 * @param event - the message
 * @param ctx - module context
 */
export async function recordIntroduction(
  event: DomainEventOf<'message.created'>,
  ctx: OnboardingContext,
): Promise<void> {
  const { payload, guildId } = event;
  if (payload.authorBot || payload.content.trim().length < ctx.config.gate.minimumIntroLength) return;
  const members = new OnboardingMembers(ctx.db);
  const member = await members.get(guildId, payload.authorId);
  if (member === undefined || member.intro_posted_at !== null || member.left_at !== null) return;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find((c) => c.name === ctx.config.gate.introductionsChannel && c.kind !== 'category');
  if (channel?.id !== payload.channelId) return;
  const now = ctx.clock.now();
  await members.update(guildId, payload.authorId, { intro_posted_at: now, intro_message_id: payload.messageId }, now);
  await ctx.emit(
    'onboarding.intro_posted',
    { userId: payload.authorId, channelId: payload.channelId, messageId: payload.messageId },
    { key: event.id, guildId },
  );
  await passGate(ctx, guildId, payload.authorId);
}
