import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { onboardingDb } from '../OnboardingTables.js';
import { renderWelcome } from './renderWelcome.js';

/** What welcoming a member did. */
export type WelcomeOutcome =
  | { welcomed: true; roleId: string | null; channelId: string; messageId: string }
  | { welcomed: false; why: 'bot' | 'already_welcomed' | 'caught_up_too_late' };

/**
 * Gives a new member the newcomer role and posts the welcome message in the welcome channel.
 * A join found at catch-up (`caughtUp`) more than `catchUpWindow` after it happened gets the
 * role only.
 * Names in the config are resolved against the live guild; a missing role or channel is a
 * configuration error and throws (recorded as a handler failure for the dashboard).
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
  const db = onboardingDb(ctx.db);
  const done = await db
    .selectFrom('onboarding_welcomes')
    .select('join_event_id')
    .where('join_event_id', '=', event.id)
    .executeTakeFirst();
  if (done !== undefined) return { welcomed: false, why: 'already_welcomed' };

  const guild = await platform.fetchGuild(guildId);
  const channel = guild.channels.find(
    (c) => c.name === config.welcomeChannel && (c.kind === 'text' || c.kind === 'announcement'),
  );
  if (channel === undefined)
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
  if (payload.caughtUp === true && ctx.clock.now() - payload.joinedAt > config.catchUpWindow) {
    return { welcomed: false, why: 'caught_up_too_late' };
  }
  const content = renderWelcome(config.welcomeMessage, {
    userId: payload.userId,
    community: ctx.community.community.name,
  });
  // Keyed by the join: a re-run after a crash between the post and the marker below gets
  // the first welcome back instead of posting a second one.
  const sent = await platform.sendMessage(channel.id, {
    content,
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
      welcomed_at: ctx.clock.now(),
      role_id: roleId,
      welcome_channel_id: channel.id,
      welcome_message_id: sent.id,
    })
    .onConflict((oc) => oc.column('join_event_id').doNothing())
    .execute();
  return { welcomed: true, roleId, channelId: channel.id, messageId: sent.id };
}
