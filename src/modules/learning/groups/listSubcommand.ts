import { truncateText } from '../../../platform/fitMessage.js';
import { MESSAGE_CONTENT_LIMIT } from '../../../platform/Platform.js';
import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { GROUP_TYPE_LABELS } from '../config/LearningTypes.js';
import { GroupStore, type GroupWithMembers } from './groupStore.js';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function line(group: GroupWithMembers): string {
  const thread = group.thread_id === null ? '' : ` <#${group.thread_id}>`;
  return `**Study group ${group.number}** · ${GROUP_TYPE_LABELS[group.type]} (${percent(group.compatibility)} compatible)${thread}: ${group.members.map((m) => `<@${m.user_id}>`).join(' ')}`;
}

/**
 * `/study-groups list`: the active groups with their compatibility, the caller's first (with
 * how well they fit it); when the latest round left the caller out, why.
 */
export const listSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { guildId, payload } = interaction;
  const store = new GroupStore(ctx.db);
  const groups = await store.activeGroups(guildId);
  const mine = groups.filter((g) => g.members.some((m) => m.user_id === payload.userId));
  const others = groups.filter((g) => !mine.includes(g));
  const out: string[] = [];
  for (const group of mine) {
    const fit = group.members.find((m) => m.user_id === payload.userId)?.compatibility ?? 0;
    out.push(`Your group: ${line(group)} — you fit it ${percent(fit)}.`);
  }
  if (mine.length === 0) {
    const left = await store.latestUnplaced(guildId, payload.userId);
    if (left !== undefined) out.push(`Round ${left.number} did not place you: ${left.reason}.`);
  }
  out.push(...others.map(line));
  if (groups.length === 0) out.push('There are no active study groups.');
  return { content: truncateText(out.join('\n'), MESSAGE_CONTENT_LIMIT), ephemeral: true };
};
