import type { CommandHandler } from '../../../core/defineModule.js';
import { isModuleStaff } from '../../../core/staffMembers.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { pickWinner } from './pickWinner.js';
import { monthOf } from './showcaseCalendar.js';
import { findCategory } from './showcaseCommand.js';
import { cancelMonth, closeMonth, openMonth, startVoting, type PhaseOutcome } from './showcaseLifecycle.js';
import { findMonth } from './showcaseStore.js';

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

/** Staff's answer to a phase change. */
function said(outcome: PhaseOutcome, done: string, month: string): InteractionReply {
  switch (outcome) {
    case 'done':
      return privately(done);
    case 'no-channel':
      return privately('The showcase channel (`challenges.showcases.channel`) is not set or not found.');
    case 'already':
      return privately(`The ${month} showcase is past that step.`);
    case 'not-open':
      return privately(`The ${month} showcase has not opened.`);
  }
}

/** Opens the next step of this month: nominations, else voting. */
async function openNext(
  ctx: ChallengesContext,
  guildId: string,
  month: string,
  userId: string,
): Promise<InteractionReply> {
  const row = await findMonth(ctx, guildId, month);
  if (row === null) {
    if (ctx.config.showcases.channel === null) return said('no-channel', '', month);
    return said(await openMonth(ctx, guildId, month, userId), `Nominations for ${month} are open.`, month);
  }
  return said(await startVoting(ctx, guildId, month), `Voting for ${month} is open.`, month);
}

/**
 * `/showcase-staff open|close|pick|cancel` (staff): open this month's nominations (or, when
 * they are open, the voting) now; close with the winners now; pick a staff-decided winner;
 * cancel the month.
 */
export const showcaseStaffCommand: CommandHandler<ChallengesContext> = {
  definition: {
    name: 'showcase-staff',
    description: "Staff: run this month's showcase",
    defaultMemberPermissions: ['ManageMessages'],
    options: [
      { type: 'subcommand', name: 'open', description: 'Open nominations now (or, when they are open, the voting)' },
      { type: 'subcommand', name: 'close', description: 'Close now: winners announced and awarded' },
      {
        type: 'subcommand',
        name: 'pick',
        description: 'Pick the winner of a staff-decided category',
        options: [
          { name: 'category', description: 'Category id or name', type: 'string', required: true },
          { name: 'nominee', description: 'The nominee', type: 'user', required: true },
        ],
      },
      { type: 'subcommand', name: 'cancel', description: "Cancel this month's showcase (no winners)" },
    ],
  },
  async handle(interaction, ctx) {
    const { guildId } = interaction;
    const { userId, options, subcommand } = interaction.payload;
    if (!(await isModuleStaff(ctx, guildId, interaction.payload))) {
      return privately('Only challenges staff can use /showcase-staff.');
    }
    const month = monthOf(ctx.clock.now(), ctx.config.showcases.timezone);
    switch (subcommand ?? null) {
      case 'open':
        return openNext(ctx, guildId, month, userId);
      case 'close':
        return said(
          await closeMonth(ctx, guildId, month),
          `The ${month} showcase is closed; winners announced.`,
          month,
        );
      case 'cancel':
        return said(await cancelMonth(ctx, guildId, month), `The ${month} showcase is cancelled.`, month);
      case 'pick': {
        const category = findCategory(ctx.config.showcases.categories, String(options.category ?? ''));
        if (category === undefined) return privately('Unknown category.');
        return privately(await pickWinner(ctx, guildId, month, category.id, String(options.nominee ?? '')));
      }
      case null:
      default:
        return privately('Choose /showcase-staff open, close, pick or cancel.');
    }
  },
};
