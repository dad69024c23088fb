import type { GuildSnapshot } from '../../platform/Platform.js';
import type { BlueprintProblem } from './BlueprintProblem.js';
import { botPermissions } from './botPermissions.js';
import { buildDesiredServer } from './buildDesiredServer.js';
import { checkBlueprint } from './checkBlueprint.js';
import { checkHierarchy } from './checkHierarchy.js';
import { checkLimits } from './checkLimits.js';
import { LiveServer } from './LiveServer.js';
import { matchResources, NO_STORED_IDS, type StoredIds } from './matchResources.js';
import type { Plan } from './Plan.js';
import { planCategories } from './planCategories.js';
import { planChannels } from './planChannels.js';
import { planOverwrites } from './planOverwrites.js';
import { planPositions } from './planPositions.js';
import { planRoles } from './planRoles.js';
import type { ServerConfig } from './ServerConfig.js';

/** What to plan against. */
export interface PlanInput {
  /** The parsed `server:` section. */
  config: ServerConfig;
  /** The live guild (`Platform.fetchGuild`). */
  guild: GuildSnapshot;
  /** Ids remembered from earlier applies (`loadResourceIds`); none for a first plan. */
  stored?: StoredIds;
  /** Execute deletions instead of only listing them. */
  prune?: boolean;
  /** The bot's server-wide permissions, when known better than from the snapshot. */
  botPermissions?: bigint;
}

/** A plan, and the problems that make it impossible to apply (empty when it can be). */
export interface PlanResult {
  plan: Plan;
  problems: BlueprintProblem[];
}

/**
 * Compares the `server:` section with the live guild and plans the changes, grouped as
 * roles, categories, channels, overwrites and positions, then checks everything Discord
 * would refuse (hierarchy, permissions the bot lacks, limits, unknown roles, duplicate
 * names) so nothing is changed when any of it fails. Makes no request and writes nothing.
 * @param input - the section, the live guild, stored ids, prune
 */
export function planChanges(input: PlanInput): PlanResult {
  const desired = buildDesiredServer(input.config);
  const live = new LiveServer(input.guild);
  const prune = input.prune ?? false;
  const matches = matchResources(desired, live, input.stored ?? NO_STORED_IDS);
  const plan: Plan = {
    guildId: input.guild.id,
    prune,
    roles: planRoles(desired, live, matches, prune),
    categories: planCategories(desired, live, matches, prune),
    channels: planChannels(desired, live, matches, prune),
    overwrites: planOverwrites(desired, live, matches, prune),
    positions: planPositions(desired, live, matches).moves,
    desired,
    live: input.guild,
    matches,
  };
  const structural = checkBlueprint(desired);
  const problems =
    structural.length > 0
      ? structural
      : [
          ...checkEmptyPrune(plan),
          ...checkHierarchy(plan, live, input.botPermissions ?? botPermissions(live)),
          ...checkLimits(plan, live),
        ];
  return { plan, problems };
}

/** `--prune` with nothing declared would wipe the server: almost certainly a mistake. */
function checkEmptyPrune(plan: Plan): BlueprintProblem[] {
  if (!plan.prune) return [];
  const problems: BlueprintProblem[] = [];
  const { desired } = plan;
  const deletes = (entries: readonly { action: string }[]): boolean => entries.some((e) => e.action === 'delete');
  if (
    desired.categories.length === 0 &&
    desired.channels.length === 0 &&
    (deletes(plan.categories) || deletes(plan.channels))
  ) {
    problems.push({
      path: ['server'],
      message:
        'declares no categories or channels: --prune would delete every channel of the server (declare the layout first, e.g. from "guildhall export")',
    });
  }
  if (desired.roles.every((r) => r.everyone) && deletes(plan.roles)) {
    problems.push({
      path: ['server', 'roles'],
      message:
        'declares no roles: --prune would delete every role the bot can manage (declare them first, e.g. from "guildhall export")',
    });
  }
  return problems;
}
