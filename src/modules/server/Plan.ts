import type { ChannelSpec, GuildSnapshot, RoleSpec } from '../../platform/Platform.js';
import type { ConfigPath, DesiredServer } from './DesiredServer.js';
import type { Matches } from './matchResources.js';

/** What an entry of a plan does. */
export type PlanAction = 'create' | 'update' | 'move' | 'delete';

/** One changed field of an update: `field: from → to`, or a set difference (`+A −B`). */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
  /** For sets (permissions): the difference, shown instead of `from → to`. */
  diff?: string;
}

interface EntryBase {
  action: PlanAction;
  /** How the resource is shown: `@Moderator`, `category "Staff"`, `#general`. */
  label: string;
  /** Words after the label: `(text in "Community")`. */
  detail?: string;
  fields: FieldChange[];
  /** False for a deletion planned without `--prune`: listed, never executed. */
  executable: boolean;
  /** Where the resource is declared, if it is. */
  path?: ConfigPath;
}

/** What apply does for a role. */
export type RoleOperation =
  | { type: 'create'; key: string; spec: RoleSpec }
  | { type: 'update'; key: string; id: string; patch: Partial<RoleSpec> }
  | { type: 'delete'; id: string };

/** What apply does for a category or channel (parents and overwrites are resolved at apply). */
export type ChannelOperation =
  | { type: 'create'; key: string; parentKey: string | null; spec: ChannelSpec }
  | { type: 'update'; key: string; id: string; patch: Partial<ChannelSpec> }
  | { type: 'delete'; id: string };

/** A role to create, change or delete. */
export interface RoleEntry extends EntryBase {
  kind: 'role';
  operation: RoleOperation;
}

/** A category or channel to create, change or delete. */
export interface ChannelEntry extends EntryBase {
  kind: 'category' | 'channel';
  operation: ChannelOperation;
}

/** The category or channel an overwrite belongs to, by its key in the file. */
export interface OverwriteOwner {
  kind: 'category' | 'channel';
  key: string;
}

/** One permission overwrite to add, change or remove (apply rewrites each owner's list once). */
export interface OverwriteEntry extends EntryBase {
  kind: 'overwrite';
  owner: OverwriteOwner;
}

/** A role, category or channel that changes place (shown; apply recomputes the order). */
export interface MoveEntry extends EntryBase {
  kind: 'role' | 'category' | 'channel';
}

/** The differences between community.yaml and the live server, grouped as `plan` shows them. */
export interface Plan {
  guildId: string;
  /** Whether deletions are executed (`--prune`) or only listed. */
  prune: boolean;
  roles: RoleEntry[];
  categories: ChannelEntry[];
  channels: ChannelEntry[];
  overwrites: OverwriteEntry[];
  positions: MoveEntry[];
  /** The declared state, the live server it was compared with and the pairing of both. */
  desired: DesiredServer;
  live: GuildSnapshot;
  matches: Matches;
}

/** How many entries of each action a plan has. */
export interface PlanSummary {
  create: number;
  update: number;
  move: number;
  /** Deletions that will be executed (with `--prune`). */
  delete: number;
  /** Deletions listed but not executed (without `--prune`). */
  wouldDelete: number;
}

/**
 * Every entry of a plan, in the order they are shown and applied.
 * @param plan - the plan
 */
export function planEntries(plan: Plan): (RoleEntry | ChannelEntry | OverwriteEntry | MoveEntry)[] {
  return [...plan.roles, ...plan.categories, ...plan.channels, ...plan.overwrites, ...plan.positions];
}

/**
 * Counts a plan's entries by action.
 * @param plan - the plan
 */
export function summarisePlan(plan: Plan): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, move: 0, delete: 0, wouldDelete: 0 };
  for (const entry of planEntries(plan)) {
    if (entry.action === 'delete' && !entry.executable) summary.wouldDelete += 1;
    else summary[entry.action] += 1;
  }
  return summary;
}

/**
 * Whether applying the plan would change anything on the server.
 * @param plan - the plan
 */
export function planHasChanges(plan: Plan): boolean {
  const s = summarisePlan(plan);
  return s.create + s.update + s.move + s.delete > 0;
}
