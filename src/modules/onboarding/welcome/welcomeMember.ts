import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { onboardingDb } from '../OnboardingTables.js';
import { assignExperiments, welcomeTextFor } from './assignExperiments.js';
import { textChannelByName } from './guildNames.js';
import { renderWelcome } from './renderWelcome.js';
import { welcomeComponents } from './welcomeComponents.js';

/** What welcoming a member did. */
export type WelcomeOutcome =
  | { welcomed: true; roleId: string | null; channelId: string; messageId: string }
  | { welcomed: false; why: 'bot' | 'already_welcomed' | 'caught_up_too_late' };

/**
 * Starts a new member's onboarding row, gives them the newcomer role, puts them in the
 * enabled experiments and posts the welcome (the variant's text when their arm has one) with
 * its components: member types, "Accept the rules", "Send me tips by DM".
 * A join found at catch-up (`caughtUp`) more than `catchUpWindow` after it happened gets the
 * row and the role only (no public welcome, no experiment).
 * Names in the config are resolved against the live guild; a missing welcome channel or
 * newcomer role is a configuration error and throws (recorded as a handler failure for the
 * dashboard).
 * @param event - the join
 * @param ctx - module context
 */
export async function welcomeMember(
  event: DomainEventOf<'member.joined'>,
  ctx: OnboardingContext,
): Promise<WelcomeOutcome> {
  const { config, platform } = ctx;
  const { payload, guildId } = event;
  if (payload.bot && config.ignoreBots) return { welcomed: false, why: 'bot' };
  const now = ctx.clock.now();
  const members = new OnboardingMembers(ctx.db);
  const { started } = await members.start(guildId, payload.userId, event.id, payload.joinedAt, now);
  if (started && payload.pending === true) await members.update(guildId, payload.userId, { pending: 1 }, now);
  const db = onboardingDb(ctx.db);
  const done = await db
    .selectFrom('onboarding_welcomes')
    .select('join_event_id')
    .where('join_event_id', '=', event.id)
    .executeTakeFirst();
  if (done !== undefined) return { welcomed: false, why: 'already_welcomed' };

  const guild = await platform.fetchGuild(guildId);
  const channelId = textChannelByName(guild, config.welcomeChannel);
  if (channelId === undefined)
    throw new Error(`onboarding.welcomeChannel: no text channel named "${config.welcomeChannel}"`);
  let roleId: string | null = null;
  if (config.newcomerRole !== null) {
    const role = guild.roles.find((r) => r.name === config.newcomerRole);
    if (role === undefined) throw new Error(`onboarding.newcomerRole: no role named "${config.newcomerRole}"`);
    roleId = role.id;
    if (!payload.roles.includes(role.id)) {
      await platform.addRole(guildId, payload.userId, role.id, 'Guildhall onboarding: newcomer role');
    }
  }
  // A join found at catch-up, long after it happened: the role, but no public welcome.
  if (payload.caughtUp === true && now - payload.joinedAt > config.catchUpWindow) {
    return { welcomed: false, why: 'caught_up_too_late' };
  }
  const assignments = await assignExperiments(ctx, { guildId, userId: payload.userId, eventId: event.id });
  const content = renderWelcome(welcomeTextFor(assignments, config.welcomeMessage), {
    userId: payload.userId,
    community: ctx.community.community.name,
  });
  const components = welcomeComponents(config, payload.userId);
  // Keyed by the join: a re-run after a crash between the post and the marker below gets
  // the first welcome back instead of posting a second one.
  const sent = await platform.sendMessage(channelId, {
    content,
    ...(components.length > 0 ? { components } : {}),
    allowedUserMentions: [payload.userId],
    nonce: `onboarding:welcome:${event.id}`,
  });
  await db
    .insertInto('onboarding_welcomes')
    .values({
      guild_id: guildId,
      user_id: payload.userId,
      join_event_id: event.id,
      joined_at: payload.joinedAt,
      welcomed_at: now,
      role_id: roleId,
      welcome_channel_id: channelId,
      welcome_message_id: sent.id,
    })
    .onConflict((oc) => oc.column('join_event_id').doNothing())
    .execute();
  return { welcomed: true, roleId, channelId, messageId: sent.id };
}
