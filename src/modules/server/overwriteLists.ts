import type { PermissionOverwrite } from '../../platform/Platform.js';
import type { DesiredOverwrite, DesiredServer, OverwriteTarget } from './DesiredServer.js';
import type { LiveServer } from './LiveServer.js';
import { withUnknownBits } from './permissionBits.js';
import type { OverwriteOwner } from './Plan.js';
import { roleLabel } from './planLabels.js';

/** Who an overwrite applies to, by id. */
export interface ResolvedTarget {
  id: string;
  type: 'role' | 'member';
}

/** Finds the id an overwrite target names, or undefined (a role not created yet, or unknown). */
export type TargetResolver = (target: OverwriteTarget) => ResolvedTarget | undefined;

/**
 * Resolves overwrite targets: @everyone is the guild id, a member is their id, a role name is
 * the declared role's id (matched or created) or else an existing undeclared role's.
 * @param live - the live server
 * @param roleIds - declared role ids by key (name)
 */
export function targetResolver(live: LiveServer, roleIds: ReadonlyMap<string, string>): TargetResolver {
  const roles = live.rolesTopFirst();
  return (target) => {
    switch (target.type) {
      case 'everyone':
        return { id: live.guild.id, type: 'role' };
      case 'member':
        return { id: target.id, type: 'member' };
      case 'role': {
        const id = roleIds.get(target.name) ?? roles.find((r) => r.name === target.name)?.id;
        return id === undefined ? undefined : { id, type: 'role' };
      }
    }
  };
}

/**
 * The overwrites a category or channel should have: its own, or for a channel that stays
 * synced, its category's (none for a synced channel outside any category).
 * @param owner - the category or channel
 * @param desired - the declared state
 */
export function desiredOverwritesOf(owner: OverwriteOwner, desired: DesiredServer): DesiredOverwrite[] {
  if (owner.kind === 'category') return desired.categories.find((c) => c.key === owner.key)?.overwrites ?? [];
  const channel = desired.channels.find((c) => c.key === owner.key);
  if (channel === undefined) return [];
  if (channel.overwrites !== null) return channel.overwrites;
  return desired.categories.find((c) => c.key === channel.parentKey)?.overwrites ?? [];
}

/**
 * Whether Guildhall keeps an overwrite the file does not declare even with `--prune`: the
 * one for the bot's own highest role, so a blueprint never locks the bot out of a channel.
 * @param overwrite - a live overwrite
 * @param live - the live server
 */
export function isBotOverwrite(overwrite: PermissionOverwrite, live: LiveServer): boolean {
  const role = overwrite.type === 'role' ? live.role(overwrite.id) : undefined;
  return role !== undefined && role.id !== live.guild.id && role.position === live.guild.botHighestRolePosition;
}

/**
 * The overwrite list to write on a category or channel: the declared overwrites (keeping
 * the live bits Guildhall has no name for), plus the live ones the file does not know
 * unless pruning (the bot's own role's always stays).
 * @param wanted - the declared overwrites
 * @param current - the live list (empty for a channel being created)
 * @param resolve - finds target ids (every target must resolve by now)
 * @param live - the live server
 * @param prune - whether unknown overwrites are removed
 * @throws Error when a target does not resolve (validation should have refused it)
 */
export function finalOverwrites(
  wanted: readonly DesiredOverwrite[],
  current: readonly PermissionOverwrite[],
  resolve: TargetResolver,
  live: LiveServer,
  prune: boolean,
): PermissionOverwrite[] {
  const out: PermissionOverwrite[] = [];
  for (const o of wanted) {
    const target = resolve(o.target);
    if (target === undefined) throw new Error(`cannot resolve the overwrite at ${o.path.join('.')}`);
    const existing = current.find((c) => c.id === target.id);
    out.push({
      id: target.id,
      type: target.type,
      allow: withUnknownBits(o.allow, BigInt(existing?.allow ?? '0')).toString(),
      deny: withUnknownBits(o.deny, BigInt(existing?.deny ?? '0')).toString(),
    });
  }
  const declared = new Set(out.map((o) => o.id));
  for (const o of current) {
    if (declared.has(o.id)) continue;
    if (!prune || isBotOverwrite(o, live)) out.push(o);
  }
  return out;
}

/**
 * How an overwrite's target is shown: `@everyone`, `@Moderator`, `member 1234…`, or
 * `role 1234… (deleted)` for a role that no longer exists.
 * @param overwrite - the overwrite's target
 * @param live - the live server
 */
export function overwriteTargetLabel(overwrite: { id: string; type: 'role' | 'member' }, live: LiveServer): string {
  if (overwrite.type === 'member') return `member ${overwrite.id}`;
  const role = live.role(overwrite.id);
  return role === undefined ? `role ${overwrite.id} (deleted)` : roleLabel(role.name);
}

/**
 * How a declared overwrite's target is shown.
 * @param target - the target as the file names it
 */
export function desiredTargetLabel(target: OverwriteTarget): string {
  switch (target.type) {
    case 'everyone':
      return '@everyone';
    case 'member':
      return `member ${target.id}`;
    case 'role':
      return roleLabel(target.name);
  }
}

/**
 * The live overwrites of a category that its declared list does not cover (kept without
 * `--prune`): a channel synced with the category may carry the same ones without drift.
 * @param wanted - the category's declared overwrites
 * @param current - the category's live overwrites
 * @param resolve - finds target ids
 */
export function undeclaredOverwrites(
  wanted: readonly DesiredOverwrite[],
  current: readonly PermissionOverwrite[],
  resolve: TargetResolver,
): PermissionOverwrite[] {
  const declared = new Set(wanted.map((o) => resolve(o.target)?.id).filter((id) => id !== undefined));
  return current.filter((o) => !declared.has(o.id));
}
