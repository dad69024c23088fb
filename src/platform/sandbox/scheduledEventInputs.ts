import { PERMISSION_FLAGS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import type { ScheduledEventSnapshot } from '../types/ScheduledEvent.js';
import type { SandboxContext } from './SandboxContext.js';
import { requireMemberRow, type MemberRow } from './memberQueries.js';
import { editScheduledEvent, requireScheduledEvent } from './scheduledEventActions.js';
import type { ScheduledEventInterestInput, ScheduledEventStatusInput } from './sandboxInputs.js';

/**
 * A member marks an event "interested" (or takes it back) → `scheduled_event.user_added`
 * (`user_removed`), each with a fresh id, so marking again after unmarking is a new fact.
 * Marking twice, or unmarking an event one is not interested in, changes nothing and emits
 * nothing, as on Discord.
 * @returns the event with its new interested count
 * @throws InvalidRequest for an event that is over (completed or canceled)
 * @throws SandboxNotFoundError for an unknown member or event
 */
export async function setScheduledEventInterest(
  ctx: SandboxContext,
  input: ScheduledEventInterestInput,
): Promise<ScheduledEventSnapshot> {
  const member = await requireMemberRow(ctx.db, input.userId);
  const event = await requireScheduledEvent(ctx, input.eventId);
  const existing = await ctx.db
    .selectFrom('sandbox_scheduled_event_users')
    .select('user_id')
    .where('event_id', '=', event.id)
    .where('user_id', '=', member.user_id)
    .executeTakeFirst();
  if (input.interested === (existing !== undefined)) return event;
  const payload = { scheduledEventId: event.id, userId: member.user_id };
  const occurrence = `${event.id}:${member.user_id}:${await ctx.nextId()}`;
  if (input.interested) {
    if (event.status !== 'scheduled' && event.status !== 'active') {
      throw new InvalidRequest(`the event “${event.name}” is ${event.status}`);
    }
    await ctx.db
      .insertInto('sandbox_scheduled_event_users')
      .values({ event_id: event.id, user_id: member.user_id, created_at: ctx.clock.now() })
      .execute();
    await ctx.emit('scheduled_event.user_added', occurrence, payload);
  } else {
    await ctx.db
      .deleteFrom('sandbox_scheduled_event_users')
      .where('event_id', '=', event.id)
      .where('user_id', '=', member.user_id)
      .execute();
    await ctx.emit('scheduled_event.user_removed', occurrence, payload);
  }
  return requireScheduledEvent(ctx, event.id);
}

/**
 * A staff member (Manage Events, administrators, the owner) starts (`active`), ends
 * (`completed`) or cancels (`canceled`) an event from Discord's client →
 * `scheduled_event.updated`.
 * @throws Forbidden without Manage Events
 * @throws InvalidRequest for a status move Discord refuses
 * @throws SandboxNotFoundError for an unknown member or event
 */
export async function setScheduledEventStatus(
  ctx: SandboxContext,
  input: ScheduledEventStatusInput,
): Promise<ScheduledEventSnapshot> {
  const member = await requireMemberRow(ctx.db, input.userId);
  if (!(await mayManageEvents(ctx, member))) {
    throw new Forbidden(
      `Missing Permissions: ${member.username} cannot manage events`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  }
  return editScheduledEvent(ctx, input.eventId, { status: input.status }, null);
}

/** Guild-wide Manage Events: the owner, an administrator, or a role (or @everyone) granting it. */
async function mayManageEvents(ctx: SandboxContext, member: MemberRow): Promise<boolean> {
  const guild = await ctx.guild();
  if (member.user_id === guild.ownerId) return true;
  const roles = await ctx.db
    .selectFrom('sandbox_roles')
    .select('permissions')
    .where((eb) =>
      eb.or([
        eb('id', '=', guild.id),
        eb('id', 'in', eb.selectFrom('sandbox_member_roles').select('role_id').where('user_id', '=', member.user_id)),
      ]),
    )
    .execute();
  const bits = roles.reduce((all, role) => all | BigInt(role.permissions), 0n);
  const needed = PERMISSION_FLAGS.Administrator | PERMISSION_FLAGS.ManageEvents;
  return (bits & needed) !== 0n;
}
