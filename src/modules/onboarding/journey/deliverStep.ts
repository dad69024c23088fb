import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { JourneyStepConfig } from '../config/JourneyConfig.js';
import type { OnboardingMember } from '../members/onboardingMembers.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { dmsAllowed } from './dmsAllowed.js';
import { journeyButtons } from './journeyButtons.js';
import { journeyChannel } from './journeyChannel.js';
import { journeyText } from './journeyText.js';

/** How a step reached the member, or why it could not. */
export type Delivery =
  | { sent: true; via: 'dm' | 'thread' | 'channel'; fellBack: boolean; messageId: string | null }
  | { sent: false; reason: 'no_channel' };

/**
 * Delivers one journey step: by DM when the member opted in (a closed DM, Discord 50007,
 * falls back to the journey channel with a mention), else in the member's private thread
 * (`delivery.speakIn: thread`, created once and kept in `thread_id`) or in the journey
 * channel with a mention of the member only. Every message carries the opt-out buttons.
 * @param ctx - module context
 * @param member - the member's onboarding row
 * @param step - the step as configured
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export async function deliverStep(
  ctx: OnboardingContext,
  member: OnboardingMember,
  step: JourneyStepConfig,
): Promise<Delivery> {
  const { guild_id: guildId, user_id: userId } = member;
  const community = ctx.community.community.name;
  const channel = await journeyChannel(ctx, guildId);
  if (dmsAllowed(member)) {
    // At once, to record whether it fell back; the nonce (keyed by the run and the step)
    // makes a re-run after a crash return the first message instead of sending another.
    const sent = await ctx.platformNow.sendDirectMessage(
      guildId,
      userId,
      {
        content: journeyText(step.message, { userId, community, mention: false }),
        components: journeyButtons(userId, true),
        nonce: `onboarding:journey:${member.join_event_id}:${step.id}`,
      },
      channel?.id ?? null,
    );
    if (sent.deliveredVia === 'dm')
      return { sent: true, via: 'dm', fellBack: false, messageId: sent.message?.id ?? null };
    if (sent.deliveredVia === 'channel')
      return { sent: true, via: 'channel', fellBack: true, messageId: sent.message?.id ?? null };
    return { sent: false, reason: 'no_channel' };
  }
  if (channel === null) return { sent: false, reason: 'no_channel' };
  const thread = ctx.config.delivery.speakIn === 'thread' ? await memberThread(ctx, member, channel) : null;
  const target = thread ?? channel.id;
  const message = await ctx.platform.sendMessage(target, {
    content: journeyText(step.message, { userId, community, mention: true }),
    components: journeyButtons(userId, false),
    // Mentioning the member in their private thread adds them to it.
    allowedUserMentions: [userId],
  });
  return { sent: true, via: thread === null ? 'channel' : 'thread', fellBack: false, messageId: message.id };
}

/**
 * The member's private journey thread under the journey channel: the one stored in
 * `thread_id`, else a new one (stored). Null (logged) when Discord refuses to create it,
 * e.g. an announcement channel or missing permissions: the step then goes to the channel.
 */
async function memberThread(
  ctx: OnboardingContext,
  member: OnboardingMember,
  channel: ChannelSnapshot,
): Promise<string | null> {
  if (member.thread_id !== null) return member.thread_id;
  const known = await ctx.members.get(member.guild_id, member.user_id);
  // Control and direction-override characters are refused in channel names.
  const shown = (known?.displayName ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const name = `Getting started: ${shown === '' ? 'welcome' : shown}`.slice(0, 100);
  let threadId: string;
  try {
    threadId = (await ctx.platform.createThread(channel.id, { name, private: true, autoArchiveMinutes: 10080 })).id;
  } catch (error) {
    ctx.log.warn(
      { err: error, guildId: member.guild_id, channelId: channel.id },
      'onboarding: could not create the journey thread; posting in the channel',
    );
    return null;
  }
  await new OnboardingMembers(ctx.db).update(member.guild_id, member.user_id, { thread_id: threadId }, ctx.clock.now());
  return threadId;
}
