import type { RoleSnapshot, RoleSpec } from '../../platform/Platform.js';
import type { DesiredRole, DesiredServer } from './DesiredServer.js';
import type { LiveServer } from './LiveServer.js';
import type { Matches } from './matchResources.js';
import { formatPermissions, permissionDiff, samePermissions, withUnknownBits } from './permissionBits.js';
import type { FieldChange, RoleEntry } from './Plan.js';
import { hexColour, roleLabel } from './planLabels.js';

function roleChanges(role: DesiredRole, live: RoleSnapshot): { fields: FieldChange[]; patch: Partial<RoleSpec> } {
  const fields: FieldChange[] = [];
  const patch: Partial<RoleSpec> = {};
  if (!role.everyone) {
    if (live.name !== role.name) {
      fields.push({ field: 'name', from: JSON.stringify(live.name), to: JSON.stringify(role.name) });
      patch.name = role.name;
    }
    if (live.color !== role.color) {
      fields.push({ field: 'color', from: hexColour(live.color), to: hexColour(role.color) });
      patch.color = role.color;
    }
    if (live.hoist !== role.hoist) {
      fields.push({ field: 'hoist', from: String(live.hoist), to: String(role.hoist) });
      patch.hoist = role.hoist;
    }
    if (live.mentionable !== role.mentionable) {
      fields.push({ field: 'mentionable', from: String(live.mentionable), to: String(role.mentionable) });
      patch.mentionable = role.mentionable;
    }
  }
  const livePermissions = BigInt(live.permissions);
  if (!samePermissions(livePermissions, role.permissions)) {
    fields.push({
      field: 'permissions',
      from: formatPermissions(livePermissions),
      to: formatPermissions(role.permissions),
      diff: permissionDiff(livePermissions, role.permissions),
    });
    patch.permissions = withUnknownBits(role.permissions, livePermissions).toString();
  }
  return { fields, patch };
}

function createFields(role: DesiredRole): FieldChange[] {
  const fields: FieldChange[] = [];
  if (role.color !== 0) fields.push({ field: 'color', from: '', to: hexColour(role.color) });
  if (role.hoist) fields.push({ field: 'hoist', from: '', to: 'true' });
  if (role.mentionable) fields.push({ field: 'mentionable', from: '', to: 'true' });
  fields.push({ field: 'permissions', from: '', to: formatPermissions(role.permissions) });
  return fields;
}

/**
 * Plans the roles: creates the declared roles that do not exist, updates changed fields of
 * the others (@everyone: permissions only), and lists undeclared roles as deletions — never
 * @everyone, a managed role or one at or above the bot's highest role.
 * @param desired - the declared state
 * @param live - the live server
 * @param matches - which live role each declared one is
 * @param prune - whether deletions are executed
 */
export function planRoles(desired: DesiredServer, live: LiveServer, matches: Matches, prune: boolean): RoleEntry[] {
  const entries: RoleEntry[] = [];
  for (const role of desired.roles) {
    const id = matches.role.get(role.key);
    const current = id === undefined ? undefined : live.role(id);
    if (id !== undefined && current !== undefined) {
      const { fields, patch } = roleChanges(role, current);
      if (fields.length > 0) {
        entries.push({
          kind: 'role',
          action: 'update',
          label: roleLabel(current.name),
          fields,
          executable: true,
          path: role.path,
          operation: { type: 'update', key: role.key, id, patch },
        });
      }
    } else if (!role.everyone) {
      const spec: RoleSpec = {
        name: role.name,
        color: role.color,
        hoist: role.hoist,
        mentionable: role.mentionable,
        permissions: role.permissions.toString(),
      };
      entries.push({
        kind: 'role',
        action: 'create',
        label: roleLabel(role.name),
        fields: createFields(role),
        executable: true,
        path: role.path,
        operation: { type: 'create', key: role.key, spec },
      });
    }
  }
  const declared = new Set(matches.role.values());
  for (const role of live.rolesTopFirst()) {
    if (declared.has(role.id) || role.managed || !live.isBelowBot(role)) continue;
    entries.push({
      kind: 'role',
      action: 'delete',
      label: roleLabel(role.name),
      fields: [],
      executable: prune,
      operation: { type: 'delete', id: role.id },
    });
  }
  return entries;
}
