import { Routes } from 'discord.js';
import { z } from 'zod';
import type { RolePosition, RoleSnapshot, RoleSpec } from '../Platform.js';
import { auditLogReason, writeReason } from './auditLogReason.js';
import { parseRoleSnapshot, toRoleBody } from './roleSnapshot.js';
import type { PlatformRest } from './platformRest.js';

/** A role Guildhall wrote, with every role Discord returned along with it. */
export interface RoleWrite {
  role: RoleSnapshot;
  /** After a move, all of the guild's roles (Modify Guild Role Positions returns them); else `[role]`. */
  returned: RoleSnapshot[];
}

/**
 * Creates a role (Create Guild Role), then moves it when a position is asked for: Get Guild
 * Roles, then Modify Guild Role Positions with every role (see {@link fullRoleOrder}).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param spec - the role
 * @param reason - audit-log reason of both requests (default "Guildhall")
 * @see https://discord.com/developers/docs/resources/guild#create-guild-role
 */
export async function createRole(
  rest: PlatformRest,
  guildId: string,
  spec: RoleSpec,
  reason?: string,
): Promise<RoleWrite> {
  const body = toRoleBody(spec);
  const role = parseRoleSnapshot(await rest.post(Routes.guildRoles(guildId), { body, reason: writeReason(reason) }));
  return spec.position === undefined
    ? { role, returned: [role] }
    : moveRole(rest, guildId, role.id, spec.position, reason);
}

/**
 * Changes a role (Modify Guild Role), and its position (Get Guild Roles, then Modify Guild
 * Role Positions with every role, see {@link fullRoleOrder}).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param roleId - the role
 * @param patch - fields to change
 * @param reason - audit-log reason of both requests (default "Guildhall")
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-role
 */
export async function editRole(
  rest: PlatformRest,
  guildId: string,
  roleId: string,
  patch: Partial<RoleSpec>,
  reason?: string,
): Promise<RoleWrite> {
  const body = toRoleBody(patch);
  const role = parseRoleSnapshot(
    await rest.patch(Routes.guildRole(guildId, roleId), { body, reason: writeReason(reason) }),
  );
  return patch.position === undefined
    ? { role, returned: [role] }
    : moveRole(rest, guildId, roleId, patch.position, reason);
}

/**
 * Deletes a role (Delete Guild Role, answered 204; Discord then sends GUILD_ROLE_DELETE).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param roleId - the role
 * @param reason - audit-log reason
 * @see https://discord.com/developers/docs/resources/guild#delete-guild-role
 */
export async function deleteRole(rest: PlatformRest, guildId: string, roleId: string, reason: string): Promise<void> {
  await rest.delete(Routes.guildRole(guildId, roleId), { reason: auditLogReason(reason) });
}

/**
 * Orders roles in one request (Modify Guild Role Positions), sending the entries as given:
 * callers send every role at its index (see {@link fullRoleOrder}) so the result does not
 * depend on how Discord numbers roles a request leaves out. Discord answers with every role
 * of the guild, as they stand after the move.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param positions - `{ id, position }` entries
 * @param reason - audit-log reason (default "Guildhall")
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-role-positions
 */
export async function setRolePositions(
  rest: PlatformRest,
  guildId: string,
  positions: readonly RolePosition[],
  reason?: string,
): Promise<RoleSnapshot[]> {
  const body = positions.map(({ id, position }) => ({ id, position }));
  const answer = await rest.patch(Routes.guildRoles(guildId), { body, reason: writeReason(reason) });
  return z.array(z.unknown()).parse(answer).map(parseRoleSnapshot);
}

/**
 * The whole role order with one role moved, as discord.js's `Role.setPosition` computes it:
 * the roles sorted bottom first (position, then the newer id lower), the role taken out and
 * put back at index `position` (@everyone is index 0), and every role numbered by its index.
 * @param roles - every role of the guild
 * @param roleId - the role to move
 * @param position - where it goes (kept where it is when out of range)
 */
export function fullRoleOrder(roles: readonly RoleSnapshot[], roleId: string, position: number): RolePosition[] {
  const sorted = [...roles].sort((a, b) => a.position - b.position || compareIdsDescending(a.id, b.id));
  const index = sorted.findIndex((role) => role.id === roleId);
  const moved = sorted[index];
  if (moved !== undefined && position > -1 && position < sorted.length) {
    sorted.splice(index, 1);
    sorted.splice(position, 0, moved);
  }
  return sorted.map((role, at) => ({ id: role.id, position: at }));
}

function compareIdsDescending(a: string, b: string): number {
  const diff = BigInt(b) - BigInt(a);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

async function moveRole(
  rest: PlatformRest,
  guildId: string,
  roleId: string,
  position: number,
  reason: string | undefined,
): Promise<RoleWrite> {
  const current = z
    .array(z.unknown())
    .parse(await rest.get(Routes.guildRoles(guildId)))
    .map(parseRoleSnapshot);
  const roles = await setRolePositions(rest, guildId, fullRoleOrder(current, roleId, position), reason);
  const moved = roles.find((role) => role.id === roleId);
  if (moved === undefined) throw new Error(`Discord did not return role ${roleId} after moving it`);
  return { role: moved, returned: roles };
}
