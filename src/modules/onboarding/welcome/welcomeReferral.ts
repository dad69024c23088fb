import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { textChannelByName } from './guildNames.js';

/**
 * Personalises the welcome by the invite a member used (recognition tells invites apart):
 * stores the invite on the member's row and, when `referralWelcomes` has a message for it,
 * posts it in the welcome channel, pinging only the member ({inviter} is a mention that does
 * not ping). Idempotent: the post carries a nonce derived from the referral event. A member
 * onboarding does not know (a bot, a join older than the catch-up window) gets nothing; a
 * missing welcome channel is logged and skipped.
 * @param event - recognition's referral
 * @param ctx - module context
 */
export async function welcomeReferral(
  event: DomainEventOf<'recognition.member_referred'>,
  ctx: OnboardingContext,
): Promise<void> {
  const { payload, guildId } = event;
  const members = new OnboardingMembers(ctx.db);
  const member = await members.get(guildId, payload.refereeId);
  if (member === undefined || member.join_event_id !== payload.joinEventId) return;
  const now = ctx.clock.now();
  await members.update(guildId, payload.refereeId, { invite_code: payload.inviteCode }, now);
  const referral = ctx.config.referralWelcomes.find((r) => r.invite === payload.inviteCode);
  if (referral === undefined || now - member.joined_at > ctx.config.catchUpWindow) return;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channelId = textChannelByName(guild, ctx.config.welcomeChannel);
  if (channelId === undefined) {
    ctx.log.warn(
      `onboarding.welcomeChannel: no text channel named "${ctx.config.welcomeChannel}", referral welcome skipped`,
    );
    return;
  }
  const content = referral.message
    .replaceAll('{member}', `<@${payload.refereeId}>`)
    .replaceAll('{community}', ctx.community.community.name)
    .replaceAll('{inviter}', `<@${payload.referrerId}>`);
  await ctx.platform.sendMessage(channelId, {
    content,
    allowedUserMentions: [payload.refereeId],
    nonce: `onboarding:referral:${event.id}`,
  });
}
