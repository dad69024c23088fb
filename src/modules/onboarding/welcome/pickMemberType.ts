import type { InteractionReply } from '../../../platform/Platform.js';
import type { OnboardingMember } from '../members/onboardingMembers.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { channelIdsByName, roleIdsByName } from './guildNames.js';
import { passGate } from './passGate.js';

const REPLY_LIMIT = 2000;

/**
 * A member picks a member type on their welcome: gives the type's roles (names resolved
 * against the guild, a missing one logged and skipped), takes away those of the type chosen
 * before, records the choice, emits `onboarding.type_chosen` and tries the gate. Answers with
 * the type's title, message and recommended channels (missing ones left out).
 * @param ctx - module context (the interaction's unit of work)
 * @param pick - guild, member, their row, the type id and the interaction id (the event's key)
 */
export async function pickMemberType(
  ctx: OnboardingContext,
  pick: { guildId: string; userId: string; member: OnboardingMember; typeId: string; interactionId: string },
): Promise<InteractionReply> {
  const { guildId, userId, member } = pick;
  const type = ctx.config.memberTypes.find((t) => t.id === pick.typeId);
  if (type === undefined) return { content: 'This choice is no longer offered.', ephemeral: true };
  const guild = await ctx.platform.fetchGuild(guildId);
  const roleIds = roleIdsByName(guild, type.roles, ctx.log, `onboarding.memberTypes.${type.id}.roles`);
  const previous = ctx.config.memberTypes.find((t) => t.id === member.member_type && t.id !== type.id);
  if (previous !== undefined) {
    const stale = roleIdsByName(guild, previous.roles, ctx.log, `onboarding.memberTypes.${previous.id}.roles`);
    for (const roleId of stale.filter((id) => !roleIds.includes(id))) {
      await ctx.platform.removeRole(guildId, userId, roleId, `Guildhall onboarding: no longer ${previous.label}`);
    }
  }
  for (const roleId of roleIds) {
    await ctx.platform.addRole(guildId, userId, roleId, `Guildhall onboarding: chose ${type.label}`);
  }
  if (member.member_type !== type.id) {
    const now = ctx.clock.now();
    await new OnboardingMembers(ctx.db).update(guildId, userId, { member_type: type.id, type_chosen_at: now }, now);
    await ctx.emit(
      'onboarding.type_chosen',
      { userId, memberType: type.id, roleIds },
      { key: pick.interactionId, guildId },
    );
    await passGate(ctx, guildId, userId);
  }
  const channels = channelIdsByName(guild, type.channels, ctx.log, `onboarding.memberTypes.${type.id}.channels`);
  const recommended = channels.length === 0 ? '' : `\n\nStart with: ${channels.map((id) => `<#${id}>`).join(' ')}`;
  const head = `**${type.title}**\n${type.message}`;
  return { content: `${head.slice(0, REPLY_LIMIT - recommended.length)}${recommended}`, ephemeral: true };
}
