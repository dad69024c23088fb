import type { ChannelPosition, PermissionOverwrite, RolePosition } from '../../platform/Platform.js';
import type { DesiredServer } from './DesiredServer.js';
import { channelBucket, type LiveServer } from './LiveServer.js';
import type { Matches } from './matchResources.js';
import { movedItems, sameOrder, targetOrder } from './orderChanges.js';
import type { MoveEntry } from './Plan.js';
import { categoryLabel, channelLabel, roleLabel } from './planLabels.js';

/** The real moves to show, and the bulk position requests that make them. */
export interface PositionPlan {
  moves: MoveEntry[];
  /** For one Modify Guild Channel Positions request (empty: nothing moves). */
  channelPositions: ChannelPosition[];
  /**
   * For one Modify Guild Role Positions request (empty: nothing moves): every role, top to
   * bottom, at its index counted from the bottom (@everyone 0), as discord.js's
   * `Role.setPosition` sends them: no reliance on Discord renumbering the roles not listed.
   */
  rolePositions: RolePosition[];
  /** The roles that really move (shown as moves and recorded). */
  movedRoles: Set<string>;
}

type IsNew = (id: string) => boolean;

function sameOverwrites(a: readonly PermissionOverwrite[], b: readonly PermissionOverwrite[]): boolean {
  const key = (o: PermissionOverwrite): string => `${o.type}:${o.id}:${o.allow}:${o.deny}`;
  const set = new Set(a.map(key));
  return a.length === b.length && b.every((o) => set.has(key(o)));
}

function rankMoves(
  kind: MoveEntry['kind'],
  before: readonly string[],
  after: readonly string[],
  label: (id: string) => string,
  detail: string | undefined,
): MoveEntry[] {
  const moved = movedItems(before, after);
  const common = new Set(before.filter((id) => after.includes(id)));
  const from = before.filter((id) => common.has(id));
  const to = after.filter((id) => common.has(id));
  return to
    .filter((id) => moved.has(id))
    .map((id) => ({
      kind,
      action: 'move' as const,
      label: label(id),
      ...(detail === undefined ? {} : { detail }),
      fields: [{ field: 'position', from: String(from.indexOf(id) + 1), to: String(to.indexOf(id) + 1) }],
      executable: true,
    }));
}

function planRoleOrder(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  isNew: IsNew,
  out: PositionPlan,
): void {
  const group = live.rolesTopFirst().filter((r) => live.isBelowBot(r));
  const current = group.map((r) => r.id);
  const declaredIds = new Set([...matches.role.values()]);
  const inGroup = new Set(current);
  const declared = desired.roles
    .filter((r) => !r.everyone)
    .map((r) => matches.role.get(r.key))
    .filter((id): id is string => id !== undefined && inGroup.has(id));
  const target = targetOrder(current, declared, (id) => declaredIds.has(id), isNew);
  if (sameOrder(current, target)) return;
  const name = (id: string): string => roleLabel(live.role(id)?.name ?? id);
  out.moves.push(
    ...rankMoves(
      'role',
      current.filter((id) => declaredIds.has(id)),
      declared,
      name,
      undefined,
    ),
  );
  out.movedRoles = movedItems(current, target);
  // The whole order, top first: the roles at or above the bot where they are, then the
  // group; positions renumbered from 1 at the bottom (ties and gaps gone), @everyone 0.
  const above = live
    .rolesTopFirst()
    .filter((r) => !live.isBelowBot(r))
    .map((r) => r.id);
  const all = [...above, ...target];
  out.rolePositions = all.map((id, index) => ({ id, position: all.length - index }));
  out.rolePositions.push({ id: live.guild.id, position: 0 });
}

function planCategoryOrder(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  isNew: IsNew,
  out: PositionPlan,
): void {
  const current = live.categories().map((c) => c.id);
  const declaredIds = new Set(matches.category.values());
  const declared = desired.categories
    .map((c) => matches.category.get(c.key))
    .filter((id): id is string => id !== undefined);
  const target = targetOrder(current, declared, (id) => declaredIds.has(id), isNew);
  if (sameOrder(current, target)) return;
  const name = (id: string): string => categoryLabel(live.channel(id)?.name ?? id);
  out.moves.push(...rankMoves('category', current, target, name, undefined));
  // Every category at its index: the order does not depend on the positions of those not sent.
  for (const [position, id] of target.entries()) out.channelPositions.push({ id, position });
}

function planChannelOrder(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  isNew: IsNew,
  out: PositionPlan,
): void {
  const declaredIds = new Set(matches.channel.values());
  const parents: { key: string | null; id: string | null; name: string | null }[] = [
    { key: null, id: null, name: null },
    ...desired.categories.map((c) => ({ key: c.key, id: matches.category.get(c.key) ?? null, name: c.name })),
  ];
  for (const parent of parents) {
    if (parent.key !== null && parent.id === null) {
      // A category to be created: channels moving into it are shown; apply orders them once it exists.
      for (const channel of desired.channels.filter((c) => c.parentKey === parent.key)) {
        const id = matches.channel.get(channel.key);
        const current = id === undefined ? undefined : live.channel(id);
        if (current === undefined) continue;
        const from = current.parentId === null ? '(none)' : JSON.stringify(live.channel(current.parentId)?.name);
        out.moves.push({
          kind: 'channel',
          action: 'move',
          label: channelLabel(current.name),
          fields: [{ field: 'category', from, to: JSON.stringify(parent.name) }],
          executable: true,
        });
      }
      continue;
    }
    const children = live.children(parent.id);
    const wanted = desired.channels.filter((c) => c.parentKey === parent.key);
    const targets: string[] = [];
    let changed = false;
    for (const bucket of [0, 1] as const) {
      const current = children.filter((c) => channelBucket(c.kind) === bucket).map((c) => c.id);
      const declared = wanted
        .filter((c) => channelBucket(c.kind) === bucket)
        .map((c) => matches.channel.get(c.key))
        .filter((id): id is string => id !== undefined);
      const target = targetOrder(current, declared, (id) => declaredIds.has(id), isNew);
      const staying = current.filter((id) => target.includes(id));
      if (!sameOrder(staying, target)) changed = true;
      const detail = parent.name === null ? '(outside any category)' : `(in ${JSON.stringify(parent.name)})`;
      const name = (id: string): string => channelLabel(live.channel(id)?.name ?? id);
      out.moves.push(...rankMoves('channel', staying, target, name, detail));
      for (const id of target.filter((t) => !current.includes(t))) {
        const channel = live.channel(id);
        if (channel === undefined) continue;
        const from = channel.parentId === null ? '(none)' : JSON.stringify(live.channel(channel.parentId)?.name);
        out.moves.push({
          kind: 'channel',
          action: 'move',
          label: channelLabel(channel.name),
          fields: [{ field: 'category', from, to: parent.name === null ? '(none)' : JSON.stringify(parent.name) }],
          executable: true,
        });
      }
      targets.push(...target);
    }
    if (!changed) continue;
    const category = parent.id === null ? undefined : live.channel(parent.id);
    for (const [position, id] of targets.entries()) {
      const channel = live.channel(id);
      if (channel === undefined) continue;
      const moving = channel.parentId !== parent.id;
      const synced = desired.channels.find((c) => matches.channel.get(c.key) === id)?.overwrites === null;
      const lock =
        moving &&
        synced &&
        category !== undefined &&
        sameOverwrites(channel.permissionOverwrites, category.permissionOverwrites);
      out.channelPositions.push({
        id,
        position,
        ...(moving ? { parentId: parent.id } : {}),
        ...(lock ? { lockPermissions: true } : {}),
      });
    }
  }
}

/**
 * Plans the order of roles (those below the bot's highest role), categories and the
 * channels of each declared parent. Compares relative order, never raw positions (Discord's
 * can have gaps and ties), so a plan shows only real moves; undeclared items keep their
 * places behind the declared item they follow. The requests never rely on Discord
 * renumbering what they leave out: when the order of a group changes, every item of it is
 * sent at its index (all categories; every channel of the parent, text-like then voice-like;
 * every role, as discord.js's `setPosition` does).
 * @param desired - the declared state
 * @param live - the live server
 * @param matches - the pairing of declared and live resources
 * @param created - ids created by the apply in progress (placed by the file alone)
 */
export function planPositions(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  created: ReadonlySet<string> = new Set(),
): PositionPlan {
  const out: PositionPlan = { moves: [], channelPositions: [], rolePositions: [], movedRoles: new Set() };
  const isNew: IsNew = (id) => created.has(id);
  planRoleOrder(desired, live, matches, isNew, out);
  planCategoryOrder(desired, live, matches, isNew, out);
  planChannelOrder(desired, live, matches, isNew, out);
  return out;
}
