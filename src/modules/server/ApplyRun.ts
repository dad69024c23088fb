import type { Kysely } from 'kysely';
import { formatPath } from '../../config/ConfigError.js';
import type { Clock } from '../../core/Clock.js';
import type { ChannelSpec, PermissionOverwrite, Platform } from '../../platform/Platform.js';
import type { CoreTables } from '../../store/CoreTables.js';
import { LiveServer } from './LiveServer.js';
import type { Matches, ResourceKind } from './matchResources.js';
import { desiredOverwritesOf, finalOverwrites, targetResolver, type TargetResolver } from './overwriteLists.js';
import type { ChannelEntry, OverwriteOwner, Plan, RoleEntry } from './Plan.js';
import type { ConfigPath } from './DesiredServer.js';
import { placeLabel } from './planLabels.js';
import { planPositions } from './planPositions.js';
import { recordChange, type ChangeRecord } from './recordChange.js';
import { saveResourceId } from './resourceIds.js';

/** What one run needs. */
export interface ApplyRunDeps {
  db: Kysely<CoreTables>;
  platform: Platform;
  clock: Clock;
  report: (line: string) => void;
  runId: string;
}

const PRUNED = 'not declared in community.yaml (apply --prune)';
const ORDER = 'order declared in community.yaml';

function declared(path: ConfigPath | undefined): string {
  return path === undefined ? 'declared in community.yaml' : `declared at ${formatPath(path)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function byDeletesFirst<T extends { operation: { type: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => Number(b.operation.type === 'delete') - Number(a.operation.type === 'delete'));
}

/** One apply of a plan, step by step (see `applyPlan`). */
export class ApplyRun {
  /** Changes made so far. */
  changes = 0;
  readonly #plan: Plan;
  readonly #deps: ApplyRunDeps;
  readonly #live: LiveServer;
  readonly #ids: Matches;
  readonly #resolve: TargetResolver;
  /** Owners (`category:key`, `channel:key`) created in this run, with their overwrites. */
  readonly #created = new Set<string>();
  /** Ids of what this run created. */
  readonly #createdIds = new Set<string>();
  readonly #reason: string;

  /**
   * @param plan - the plan to apply
   * @param deps - database, platform, clock, reporter, run id
   */
  constructor(plan: Plan, deps: ApplyRunDeps) {
    this.#plan = plan;
    this.#deps = deps;
    this.#live = new LiveServer(plan.live);
    this.#ids = {
      role: new Map(plan.matches.role),
      category: new Map(plan.matches.category),
      channel: new Map(plan.matches.channel),
    };
    this.#resolve = targetResolver(this.#live, this.#ids.role);
    this.#reason = `Guildhall apply ${deps.runId}`;
  }

  /** Stores the id of every matched resource (so a rename in Discord is recognised later). */
  async rememberMatches(): Promise<void> {
    for (const kind of ['role', 'category', 'channel'] as const) {
      for (const [key, id] of this.#ids[kind]) {
        if (kind === 'role' && id === this.#plan.guildId) continue;
        await this.#remember(kind, key, id);
      }
    }
  }

  /** Deletes (with prune), creates and updates roles. */
  async applyRoles(): Promise<void> {
    const { platform } = this.#deps;
    const guildId = this.#plan.guildId;
    for (const entry of byDeletesFirst(this.#plan.roles)) {
      if (!entry.executable) continue;
      const op = entry.operation;
      this.#progress(entry);
      if (op.type === 'create') {
        const role = await platform.createRole(guildId, op.spec, this.#reason);
        this.#ids.role.set(op.key, role.id);
        this.#createdIds.add(role.id);
        await this.#remember('role', op.key, role.id);
        await this.#record({
          action: 'create',
          kind: 'role',
          target: entry.label,
          before: null,
          after: role,
          why: declared(entry.path),
        });
      } else if (op.type === 'update') {
        const after = await platform.editRole(guildId, op.id, op.patch, this.#reason);
        await this.#record({
          action: 'update',
          kind: 'role',
          target: entry.label,
          before: this.#live.role(op.id),
          after,
          why: declared(entry.path),
        });
      } else {
        await platform.deleteRole(guildId, op.id, this.#reason);
        await this.#record({
          action: 'delete',
          kind: 'role',
          target: entry.label,
          before: this.#live.role(op.id),
          after: null,
          why: PRUNED,
        });
      }
    }
  }

  /** Deletes (with prune), creates (with their overwrites) and renames categories. */
  async applyCategories(): Promise<void> {
    await this.#applyPlaces('category', this.#plan.categories);
  }

  /** Deletes (with prune), creates (in their category, with overwrites) and updates channels. */
  async applyChannels(): Promise<void> {
    await this.#applyPlaces('channel', this.#plan.channels);
  }

  /** Rewrites the overwrite list of each existing category or channel that has changes, once. */
  async applyOverwrites(): Promise<void> {
    const owners = new Map<string, OverwriteOwner>();
    for (const entry of this.#plan.overwrites) {
      const tag = `${entry.owner.kind}:${entry.owner.key}`;
      if (entry.executable && !this.#created.has(tag)) owners.set(tag, entry.owner);
    }
    for (const owner of owners.values()) {
      const id = this.#ids[owner.kind].get(owner.key);
      const current = id === undefined ? undefined : this.#live.channel(id);
      if (id === undefined || current === undefined) continue;
      const label = placeLabel(current.kind, current.name);
      const after = finalOverwrites(
        desiredOverwritesOf(owner, this.#plan.desired),
        current.permissionOverwrites,
        this.#resolve,
        this.#live,
        this.#plan.prune,
      );
      this.#deps.report(`~ overwrites of ${label}`);
      await this.#deps.platform.editChannel(id, { permissionOverwrites: after }, this.#reason);
      const path = this.#ownerPath(owner);
      await this.#record({
        action: 'update',
        kind: 'overwrites',
        target: label,
        before: current.permissionOverwrites,
        after,
        why: path === undefined ? 'overwrites declared in community.yaml' : `overwrites of ${formatPath(path)}`,
      });
    }
  }

  /** Reads the server again and sets the order with one bulk request for channels and one for roles. */
  async applyPositions(): Promise<void> {
    const { platform } = this.#deps;
    const guildId = this.#plan.guildId;
    const fresh = new LiveServer(await platform.fetchGuild(guildId));
    const { channelPositions, rolePositions, movedRoles } = planPositions(
      this.#plan.desired,
      fresh,
      this.#ids,
      this.#createdIds,
    );
    if (channelPositions.length > 0) {
      this.#deps.report(
        `↕ positions of ${plural(channelPositions.length, 'category or channel', 'categories and channels')}`,
      );
      await platform.setChannelPositions(guildId, channelPositions, this.#reason);
      for (const entry of channelPositions) {
        const channel = fresh.channel(entry.id);
        if (channel?.position === entry.position && entry.parentId === undefined) continue;
        await this.#record({
          action: 'move',
          kind: 'position',
          target: placeLabel(channel?.kind ?? 'text', channel?.name ?? entry.id),
          before: { position: channel?.position, parentId: channel?.parentId },
          after: entry,
          why: ORDER,
        });
      }
    }
    if (rolePositions.length === 0) return;
    // The whole order in one request (every role at its index, as discord.js sends it), so
    // the result does not depend on how Discord numbers the roles a request leaves out.
    this.#deps.report(`↕ positions of ${plural(movedRoles.size, 'role', 'roles')}`);
    await platform.setRolePositions(guildId, rolePositions, this.#reason);
    for (const entry of rolePositions) {
      if (!movedRoles.has(entry.id)) continue;
      const role = fresh.role(entry.id);
      await this.#record({
        action: 'move',
        kind: 'position',
        target: `@${role?.name ?? entry.id}`,
        before: { position: role?.position },
        after: entry,
        why: ORDER,
      });
    }
  }

  async #applyPlaces(kind: 'category' | 'channel', entries: readonly ChannelEntry[]): Promise<void> {
    const { platform } = this.#deps;
    for (const entry of byDeletesFirst(entries)) {
      if (!entry.executable) continue;
      const op = entry.operation;
      this.#progress(entry);
      if (op.type === 'create') {
        const spec: ChannelSpec = {
          ...op.spec,
          permissionOverwrites: this.#overwritesForNew({ kind, key: op.key }),
          ...(op.parentKey === null ? {} : { parentId: this.#ids.category.get(op.parentKey) ?? null }),
        };
        const channel = await platform.createChannel(this.#plan.guildId, spec, this.#reason);
        this.#ids[kind].set(op.key, channel.id);
        this.#created.add(`${kind}:${op.key}`);
        this.#createdIds.add(channel.id);
        await this.#remember(kind, op.key, channel.id);
        await this.#record({
          action: 'create',
          kind,
          target: entry.label,
          before: null,
          after: channel,
          why: declared(entry.path),
        });
      } else if (op.type === 'update') {
        const after = await platform.editChannel(op.id, op.patch, this.#reason);
        await this.#record({
          action: 'update',
          kind,
          target: entry.label,
          before: this.#live.channel(op.id),
          after,
          why: declared(entry.path),
        });
      } else {
        await platform.deleteChannel(op.id, this.#reason);
        await this.#record({
          action: 'delete',
          kind,
          target: entry.label,
          before: this.#live.channel(op.id),
          after: null,
          why: PRUNED,
        });
      }
    }
  }

  /** A new category's or channel's overwrites; a new synced channel gets exactly its category's. */
  #overwritesForNew(owner: OverwriteOwner): PermissionOverwrite[] {
    const { desired, prune } = this.#plan;
    const channel = owner.kind === 'channel' ? desired.channels.find((c) => c.key === owner.key) : undefined;
    if (channel !== undefined && channel.overwrites === null && channel.parentKey !== null) {
      const categoryId = this.#ids.category.get(channel.parentKey);
      const category = categoryId === undefined ? undefined : this.#live.channel(categoryId);
      const wanted = desiredOverwritesOf({ kind: 'category', key: channel.parentKey }, desired);
      return finalOverwrites(wanted, category?.permissionOverwrites ?? [], this.#resolve, this.#live, prune);
    }
    return finalOverwrites(desiredOverwritesOf(owner, desired), [], this.#resolve, this.#live, prune);
  }

  #progress(entry: RoleEntry | ChannelEntry): void {
    const symbol = { create: '+', update: '~', delete: '-', move: '↕' }[entry.action];
    const fields = entry.action === 'update' ? `: ${entry.fields.map((f) => f.field).join(', ')}` : '';
    this.#deps.report(`${symbol} ${entry.label}${fields}`);
  }

  async #remember(kind: ResourceKind, key: string, id: string): Promise<void> {
    await saveResourceId(this.#deps.db, { guildId: this.#plan.guildId, kind, key, id, at: this.#deps.clock.now() });
  }

  #ownerPath(owner: OverwriteOwner): ConfigPath | undefined {
    const list = owner.kind === 'category' ? this.#plan.desired.categories : this.#plan.desired.channels;
    return list.find((item) => item.key === owner.key)?.path;
  }

  /** Records a change with why it was made (the run id and time go with it). */
  async #record(
    change: Pick<ChangeRecord, 'action' | 'kind' | 'target' | 'before' | 'after'> & { why: string },
  ): Promise<void> {
    this.changes += 1;
    const { why, ...rest } = change;
    await recordChange(this.#deps.db, {
      ...rest,
      guildId: this.#plan.guildId,
      runId: this.#deps.runId,
      at: this.#deps.clock.now(),
      reason: why,
    });
  }
}
