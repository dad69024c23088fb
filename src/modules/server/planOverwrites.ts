import type { PermissionOverwrite } from '../../platform/Platform.js';
import type { DesiredServer } from './DesiredServer.js';
import type { LiveServer } from './LiveServer.js';
import type { Matches } from './matchResources.js';
import {
  desiredOverwritesOf,
  desiredTargetLabel,
  isBotOverwrite,
  overwriteTargetLabel,
  targetResolver,
  undeclaredOverwrites,
  type TargetResolver,
} from './overwriteLists.js';
import { formatPermissions, samePermissions } from './permissionBits.js';
import type { FieldChange, OverwriteEntry, OverwriteOwner } from './Plan.js';
import { categoryLabel, channelLabel } from './planLabels.js';

interface OwnerInfo {
  owner: OverwriteOwner;
  label: string;
  liveId: string | undefined;
  /** Synced channels get " (synced with "Category")". */
  detail?: string;
  /** For a synced channel: the key of its category. */
  syncedWith?: string;
}

/** Overwrites a synced channel shares with its category beyond the declared ones (kept there too). */
function sharedWithCategory(
  info: OwnerInfo,
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  resolve: TargetResolver,
): PermissionOverwrite[] {
  if (info.syncedWith === undefined) return [];
  const id = matches.category.get(info.syncedWith);
  const category = id === undefined ? undefined : live.channel(id);
  if (category === undefined) return [];
  const wanted = desiredOverwritesOf({ kind: 'category', key: info.syncedWith }, desired);
  return undeclaredOverwrites(wanted, category.permissionOverwrites, resolve);
}

function ownersOf(desired: DesiredServer, matches: Matches): OwnerInfo[] {
  const owners: OwnerInfo[] = desired.categories.map((c) => ({
    owner: { kind: 'category', key: c.key },
    label: categoryLabel(c.name),
    liveId: matches.category.get(c.key),
  }));
  for (const c of desired.channels) {
    const category = desired.categories.find((k) => k.key === c.parentKey);
    const liveId = matches.channel.get(c.key);
    // A new channel that stays synced is created with its category's overwrites: nothing to list.
    if (liveId === undefined && c.overwrites === null) continue;
    owners.push({
      owner: { kind: 'channel', key: c.key },
      label: channelLabel(c.name),
      liveId,
      ...(c.overwrites === null && category !== undefined
        ? { detail: `(synced with ${JSON.stringify(category.name)})`, syncedWith: category.key }
        : {}),
    });
  }
  return owners;
}

function bitsFields(allow: bigint, deny: bigint): FieldChange[] {
  const fields: FieldChange[] = [];
  if (allow !== 0n) fields.push({ field: 'allow', from: '', to: formatPermissions(allow) });
  if (deny !== 0n) fields.push({ field: 'deny', from: '', to: formatPermissions(deny) });
  return fields;
}

/**
 * Plans permission overwrites of every declared category and channel: adds the declared
 * ones that are missing, updates those whose allowed or denied permissions differ, and
 * lists the live ones the file does not know (a role it does not name, a member) as
 * deletions, executed only with `--prune`. A channel without `overwrites` in the file
 * compares with its category's declared overwrites. The bot's own role's overwrite is never
 * listed for deletion.
 * @param desired - the declared state
 * @param live - the live server
 * @param matches - the pairing of declared and live resources
 * @param prune - whether deletions are executed
 */
export function planOverwrites(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  prune: boolean,
): OverwriteEntry[] {
  const resolve = targetResolver(live, matches.role);
  const entries: OverwriteEntry[] = [];
  for (const info of ownersOf(desired, matches)) {
    const current: readonly PermissionOverwrite[] =
      info.liveId === undefined ? [] : (live.channel(info.liveId)?.permissionOverwrites ?? []);
    const base = {
      kind: 'overwrite',
      owner: info.owner,
      ...(info.detail === undefined ? {} : { detail: info.detail }),
    };
    const declaredIds = new Set<string>();
    for (const o of desiredOverwritesOf(info.owner, desired)) {
      const target = resolve(o.target);
      if (target !== undefined) declaredIds.add(target.id);
      const existing = target === undefined ? undefined : current.find((c) => c.id === target.id);
      const label = `${info.label} › ${desiredTargetLabel(o.target)}`;
      if (existing === undefined) {
        entries.push({
          ...base,
          kind: 'overwrite',
          action: 'create',
          label,
          fields: bitsFields(o.allow, o.deny),
          executable: true,
          path: o.path,
        });
        continue;
      }
      const fields: FieldChange[] = [];
      const [allow, deny] = [BigInt(existing.allow), BigInt(existing.deny)];
      if (!samePermissions(allow, o.allow))
        fields.push({ field: 'allow', from: formatPermissions(allow), to: formatPermissions(o.allow) });
      if (!samePermissions(deny, o.deny))
        fields.push({ field: 'deny', from: formatPermissions(deny), to: formatPermissions(o.deny) });
      if (fields.length > 0)
        entries.push({ ...base, kind: 'overwrite', action: 'update', label, fields, executable: true, path: o.path });
    }
    // Without --prune, an undeclared overwrite the category keeps is in sync on its channels.
    const shared = prune ? [] : sharedWithCategory(info, desired, live, matches, resolve);
    const inSync = (o: PermissionOverwrite): boolean =>
      shared.some((s) => s.id === o.id && s.allow === o.allow && s.deny === o.deny);
    for (const o of current) {
      if (declaredIds.has(o.id) || isBotOverwrite(o, live) || inSync(o)) continue;
      entries.push({
        ...base,
        kind: 'overwrite',
        action: 'delete',
        label: `${info.label} › ${overwriteTargetLabel(o, live)}`,
        fields: bitsFields(BigInt(o.allow), BigInt(o.deny)).map((f) => ({ ...f, from: f.to, to: '' })),
        executable: prune,
      });
    }
  }
  return entries;
}
