import type { BlueprintProblem } from './BlueprintProblem.js';
import type { LiveServer } from './LiveServer.js';
import type { Plan } from './Plan.js';

/** Discord: at most 50 channels in a category. */
export const CHANNELS_PER_CATEGORY = 50;
/** Discord: at most 500 channels, categories included. */
export const CHANNELS_PER_GUILD = 500;
/** Discord: at most 250 roles, @everyone included. */
export const ROLES_PER_GUILD = 250;

/**
 * Checks the counts Discord limits after the plan: channels per category, channels in the
 * server and roles, counting what the file declares plus what the server has that the file
 * does not (it stays unless `--prune`).
 * @param plan - the plan
 * @param live - the live server
 */
export function checkLimits(plan: Plan, live: LiveServer): BlueprintProblem[] {
  const problems: BlueprintProblem[] = [];
  const declaredChannels = new Set([...plan.matches.channel.values(), ...plan.matches.category.values()]);
  const undeclared = plan.prune ? [] : live.allChannels().filter((c) => !declaredChannels.has(c.id));
  for (const category of plan.desired.categories) {
    const id = plan.matches.category.get(category.key);
    const declared = plan.desired.channels.filter((c) => c.parentKey === category.key).length;
    const staying = id === undefined ? 0 : undeclared.filter((c) => c.parentId === id && c.kind !== 'category').length;
    if (declared + staying > CHANNELS_PER_CATEGORY) {
      const extra =
        staying === 0
          ? ''
          : ` (${declared} declared, ${staying} on the server not in the file: remove them or use --prune)`;
      problems.push({
        path: [...category.path, 'channels'],
        message: `${declared + staying} channels: Discord allows ${CHANNELS_PER_CATEGORY} per category${extra}`,
      });
    }
  }
  const total = plan.desired.categories.length + plan.desired.channels.length + undeclared.length;
  if (total > CHANNELS_PER_GUILD) {
    problems.push({
      path: ['server'],
      message: `${total} channels and categories: Discord allows ${CHANNELS_PER_GUILD} per server${undeclared.length === 0 ? '' : ` (${undeclared.length} of them on the server but not in the file)`}`,
    });
  }
  const created = plan.roles.filter((e) => e.operation.type === 'create').length;
  const deleted = plan.roles.filter((e) => e.operation.type === 'delete' && e.executable).length;
  const roles = live.guild.roles.length + created - deleted;
  if (roles > ROLES_PER_GUILD) {
    problems.push({
      path: ['server', 'roles'],
      message: `${roles} roles: Discord allows ${ROLES_PER_GUILD} per server`,
    });
  }
  return problems;
}
