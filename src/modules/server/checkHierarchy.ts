import { PERMISSION_FLAGS } from '../../platform/permissionFlags.js';
import type { BlueprintProblem } from './BlueprintProblem.js';
import type { LiveServer } from './LiveServer.js';
import { desiredOverwritesOf, targetResolver } from './overwriteLists.js';
import { KNOWN_PERMISSIONS, permissionList } from './permissionBits.js';
import type { Plan } from './Plan.js';

const MANAGE_ROLES = PERMISSION_FLAGS.ManageRoles;
const MANAGE_CHANNELS = PERMISSION_FLAGS.ManageChannels;

function lacking(bits: bigint, bot: bigint): string | null {
  const missing = permissionList(bits & KNOWN_PERMISSIONS & ~bot);
  return missing.length === 0 ? null : missing.join(', ');
}

function checkRoles(plan: Plan, live: LiveServer, bot: bigint, problems: BlueprintProblem[]): void {
  const top = live.guild.botHighestRolePosition;
  for (const entry of plan.roles) {
    const op = entry.operation;
    const path = entry.path ?? ['server', 'roles'];
    if (op.type === 'update') {
      const role = live.role(op.id);
      if (role === undefined) continue;
      const what = entry.fields.map((f) => f.field).join(', ');
      if (role.managed) {
        problems.push({
          path,
          message: `role "${role.name}" is managed by an integration: Discord does not let it be edited (the file changes ${what})`,
        });
      } else if (role.position >= top) {
        problems.push({
          path,
          message: `role "${role.name}" is at or above the bot's highest role (position ${role.position} ≥ ${top}): the bot cannot edit it (the file changes ${what}); move the bot's role above it in Server Settings → Roles, or make the file match the server`,
        });
      }
      const missing = lacking(BigInt(op.patch.permissions ?? role.permissions) & ~BigInt(role.permissions), bot);
      if (missing !== null) {
        problems.push({
          path: [...path, 'permissions'],
          message: `the bot cannot grant permissions it does not have: ${missing}`,
        });
      }
    } else if (op.type === 'create') {
      const missing = lacking(BigInt(op.spec.permissions ?? '0'), bot);
      if (missing !== null) {
        problems.push({
          path: [...path, 'permissions'],
          message: `the bot cannot grant permissions it does not have: ${missing}`,
        });
      }
    }
  }
  // Roles at or above the bot cannot move: the file must list them first, in their live order.
  let seenBelow: string | null = null;
  let lastAbove = Number.POSITIVE_INFINITY;
  for (const role of plan.desired.roles) {
    if (role.everyone) continue;
    const id = plan.matches.role.get(role.key);
    const current = id === undefined ? undefined : live.role(id);
    if (current === undefined || current.position < top) {
      seenBelow ??= role.name;
      continue;
    }
    if (seenBelow !== null) {
      problems.push({
        path: role.path,
        message: `role "${role.name}" is at or above the bot's highest role (position ${current.position}): the bot cannot place "${seenBelow}" above it; list the roles above the bot first`,
      });
    } else if (current.position > lastAbove) {
      problems.push({
        path: role.path,
        message: `role "${role.name}" is at or above the bot's highest role: the bot cannot reorder it; list the roles above the bot in their server order`,
      });
    }
    lastAbove = current.position;
  }
}

function checkOverwrites(plan: Plan, live: LiveServer, bot: bigint, problems: BlueprintProblem[]): void {
  const declared = new Set(plan.desired.roles.map((r) => r.name));
  const resolve = targetResolver(live, plan.matches.role);
  const owners = [
    ...plan.desired.categories.map((c) => ({
      owner: { kind: 'category' as const, key: c.key },
      id: plan.matches.category.get(c.key),
    })),
    ...plan.desired.channels.map((c) => ({
      owner: { kind: 'channel' as const, key: c.key },
      id: plan.matches.channel.get(c.key),
    })),
  ];
  for (const { owner, id } of owners) {
    const current = id === undefined ? [] : (live.channel(id)?.permissionOverwrites ?? []);
    for (const o of desiredOverwritesOf(owner, plan.desired)) {
      if (o.target.type === 'role' && !declared.has(o.target.name) && resolve(o.target) === undefined) {
        problems.push({
          path: [...o.path, 'role'],
          message: `role "${o.target.name}" neither exists on the server nor is declared under server.roles`,
        });
        continue;
      }
      const target = resolve(o.target);
      const existing = target === undefined ? undefined : current.find((c) => c.id === target.id);
      const changed = (o.allow ^ BigInt(existing?.allow ?? '0')) | (o.deny ^ BigInt(existing?.deny ?? '0'));
      const missing = lacking(changed, bot);
      if (missing !== null) {
        problems.push({
          path: o.path,
          message: `the bot cannot allow or deny permissions it does not have: ${missing}`,
        });
      }
    }
  }
}

/**
 * Checks the plan against Discord's role hierarchy and the bot's permissions: no edit of a
 * role at or above the bot's highest role or managed by an integration, no reordering above
 * the bot, no granting (in roles or overwrites) of a permission the bot lacks (Administrator
 * grants all), Manage Roles / Manage Channels present when needed, and every overwrite's
 * role existing or declared.
 * @param plan - the plan to check
 * @param live - the live server it was made against
 * @param bot - the bot's server-wide permissions
 */
export function checkHierarchy(plan: Plan, live: LiveServer, bot: bigint): BlueprintProblem[] {
  const problems: BlueprintProblem[] = [];
  checkRoles(plan, live, bot, problems);
  checkOverwrites(plan, live, bot, problems);
  const executable = (e: { executable: boolean }): boolean => e.executable;
  const touchesRoles =
    plan.roles.some(executable) || plan.overwrites.some(executable) || plan.positions.some((m) => m.kind === 'role');
  const touchesChannels =
    plan.categories.some(executable) || plan.channels.some(executable) || plan.positions.some((m) => m.kind !== 'role');
  if (touchesRoles && (bot & MANAGE_ROLES) === 0n) {
    problems.push({
      path: ['server'],
      message:
        'the bot lacks the Manage Roles permission, which creating, editing and ordering roles and permission overwrites needs',
    });
  }
  if (touchesChannels && (bot & MANAGE_CHANNELS) === 0n) {
    problems.push({
      path: ['server'],
      message: 'the bot lacks the Manage Channels permission, which creating, editing and ordering channels needs',
    });
  }
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path.join('.')}\n${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
