import { z } from 'zod';
import type { RoleSnapshot, RoleSpec } from '../Platform.js';

const apiRole = z.object({
  id: z.string(),
  name: z.string(),
  color: z.number().default(0),
  hoist: z.boolean().default(false),
  mentionable: z.boolean().default(false),
  // v6 sent permissions as a number, v8+ as a decimal string.
  permissions: z.union([z.string(), z.number()]).transform(String),
  position: z.number(),
  managed: z.boolean().default(false),
});

/**
 * Reads a role object returned by Discord.
 * @param data - a role object from REST or the gateway
 * @see https://discord.com/developers/docs/topics/permissions#role-object
 */
export function parseRoleSnapshot(data: unknown): RoleSnapshot {
  return apiRole.parse(data);
}

/** The JSON fields of Create / Modify Guild Role that Guildhall sets. */
export interface RoleBody {
  name?: string;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
  permissions?: string;
}

/**
 * The request body for a role spec (or patch). `position` is not part of it: Discord
 * moves roles with Modify Guild Role Positions.
 * @param spec - the whole spec on create, the changed fields on edit
 * @see https://discord.com/developers/docs/resources/guild#create-guild-role
 */
export function toRoleBody(spec: Partial<RoleSpec>): RoleBody {
  const body: RoleBody = {};
  if (spec.name !== undefined) body.name = spec.name;
  if (spec.color !== undefined) body.color = spec.color;
  if (spec.hoist !== undefined) body.hoist = spec.hoist;
  if (spec.mentionable !== undefined) body.mentionable = spec.mentionable;
  if (spec.permissions !== undefined) body.permissions = spec.permissions;
  return body;
}

/**
 * The position of a member's highest role (0, @everyone's, when they have none): Discord
 * only lets a member manage roles below it. Role ids the guild no longer has are ignored.
 * @param roles - the guild's roles
 * @param memberRoleIds - the member's role ids
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 */
export function highestRolePosition(roles: readonly RoleSnapshot[], memberRoleIds: ReadonlySet<string>): number {
  return roles
    .filter((role) => memberRoleIds.has(role.id))
    .reduce((highest, role) => Math.max(highest, role.position), 0);
}
