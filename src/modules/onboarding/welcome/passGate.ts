import type { GateStep } from '../config/GateConfig.js';
import type { OnboardingMember } from '../members/onboardingMembers.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingConfig } from '../OnboardingConfig.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { roleIdsByName } from './guildNames.js';

/**
 * Whether a member has done one step of the gate. With no member types configured, the
 * `type` step cannot be asked for and counts as done.
 * @param member - the member's row
 * @param step - the step
 * @param config - the onboarding section
 */
export function gateStepDone(member: OnboardingMember, step: GateStep, config: OnboardingConfig): boolean {
  switch (step) {
    case 'rules':
      return member.rules_accepted_at !== null;
    case 'introduction':
      return member.intro_posted_at !== null;
    case 'type':
      return member.member_type !== null || config.memberTypes.length === 0;
  }
}

/**
 * Lets a member through the verification gate once every configured step is done (and, with
 * `respectDiscordScreening`, Discord no longer holds them as pending): gives the member role,
 * takes the newcomer role away, records `verified_at` and emits `onboarding.completed`. Once
 * per run; `gate.steps: []` means there is no gate. A missing role is logged and skipped.
 * @param ctx - module context (inside the unit of work that changed the row)
 * @param guildId - the guild
 * @param userId - the member
 * @returns whether the member passed now
 */
export async function passGate(ctx: OnboardingContext, guildId: string, userId: string): Promise<boolean> {
  const { gate } = ctx.config;
  if (gate.steps.length === 0) return false;
  const members = new OnboardingMembers(ctx.db);
  const member = await members.get(guildId, userId);
  if (member === undefined || member.verified_at !== null || member.left_at !== null) return false;
  if (!gate.steps.every((step) => gateStepDone(member, step, ctx.config))) return false;
  if (gate.respectDiscordScreening && member.pending === 1) return false;

  const guild = await ctx.platform.fetchGuild(guildId);
  const [memberRoleId] =
    gate.memberRole === null ? [] : roleIdsByName(guild, [gate.memberRole], ctx.log, 'onboarding.gate.memberRole');
  const [newcomerRoleId] =
    ctx.config.newcomerRole === null
      ? []
      : roleIdsByName(guild, [ctx.config.newcomerRole], ctx.log, 'onboarding.newcomerRole');
  if (memberRoleId !== undefined) {
    await ctx.platform.addRole(guildId, userId, memberRoleId, 'Guildhall onboarding: passed the verification gate');
  }
  if (newcomerRoleId !== undefined && newcomerRoleId !== memberRoleId) {
    await ctx.platform.removeRole(
      guildId,
      userId,
      newcomerRoleId,
      'Guildhall onboarding: passed the verification gate',
    );
  }
  const now = ctx.clock.now();
  await members.update(guildId, userId, { verified_at: now }, now);
  await ctx.emit(
    'onboarding.completed',
    { userId, roleId: memberRoleId ?? null, tookMs: now - member.joined_at },
    { key: `completed:${member.join_event_id}`, guildId },
  );
  return true;
}
