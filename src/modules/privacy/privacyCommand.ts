import type { CommandHandler } from '../../core/defineModule.js';
import type { DomainEventOf } from '../../core/DomainEvent.js';
import type { InteractionReply, SlashCommandValueOption } from '../../platform/Platform.js';
import { exportReply } from './exportReply.js';
import type { PrivacyContext } from './PrivacyContext.js';
import { isPrivacyStaff } from './staff.js';

/** Custom id prefix of the erase confirmation button; the member's id follows. */
export const ERASE_BUTTON_PREFIX = 'privacy:erase:';

const MEMBER_OPTION: SlashCommandValueOption = {
  name: 'member',
  description: "Staff only: another member's data, on their request",
  type: 'user',
};

/**
 * `/privacy export [member:@x]` and `/privacy erase [member:@x]`: a member gets a copy of
 * their data as a JSON file, or asks for it to be erased (confirmed with a button); staff
 * (`privacy.staffRoles`, the owner) do the same for another member on that member's request.
 * Every answer is ephemeral.
 */
export const privacyCommand: CommandHandler<PrivacyContext> = {
  definition: {
    name: 'privacy',
    description: 'Get a copy of the data Guildhall holds about you, or erase it',
    options: [
      {
        type: 'subcommand',
        name: 'export',
        description: 'Your data as a JSON file only you see',
        options: [MEMBER_OPTION],
      },
      {
        type: 'subcommand',
        name: 'erase',
        description: 'Erase your data (asks first)',
        options: [MEMBER_OPTION],
      },
    ],
  },
  async handle(interaction, ctx) {
    const { guildId, payload } = interaction;
    const subcommand = payload.subcommand ?? null;
    const option = payload.options.member;
    const target = typeof option === 'string' && option !== '' ? option : payload.userId;
    const self = target === payload.userId;
    if (subcommand !== 'export' && subcommand !== 'erase')
      return privately('Choose /privacy export or /privacy erase.');
    if (!self && !(await isPrivacyStaff(ctx, guildId, payload))) {
      return privately(
        `Only staff (${ctx.config.staffRoles.join(', ')}) can act on another member's data. Run /privacy ${subcommand} without member: for your own.`,
      );
    }
    return subcommand === 'export'
      ? exportData(interaction, ctx, target, self)
      : confirmErase(ctx, guildId, target, self);
  },
};

/** `/privacy export`: the data as an attached JSON file; staff exports are audited. */
async function exportData(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: PrivacyContext,
  target: string,
  self: boolean,
): Promise<InteractionReply> {
  const { guildId, payload } = interaction;
  const data = await ctx.memberData.exportMember(guildId, target);
  if (!self) {
    const found = Object.keys(data);
    await ctx.audit({
      guildId,
      actor: `discord:${payload.userId}`,
      action: 'privacy.export',
      // An export that found nothing disclosed nothing: it does not name anyone.
      target: found.length > 0 ? target : null,
      details: { sections: found.join(',') },
    });
  }
  const exportedAt = new Date(ctx.clock.now()).toISOString();
  return exportReply({ userId: target, guildId, exportedAt, data }, self ? null : target);
}

/** `/privacy erase`: what goes, and the button that erases it. */
async function confirmErase(
  ctx: PrivacyContext,
  guildId: string,
  target: string,
  self: boolean,
): Promise<InteractionReply> {
  const guild = await ctx.platform.fetchGuild(guildId);
  if (target === guild.ownerId) {
    return privately("The server owner's data cannot be erased while they own the server: transfer ownership first.");
  }
  const whose = self ? 'your' : `<@${target}>'s`;
  const kept = ctx.config.keepModerationRecords ? ' Moderation records are kept, as this community configured.' : '';
  return {
    content: `This erases ${whose} data everywhere Guildhall keeps it: messages and their content, points, badges, cases and everything else.${kept} It cannot be undone.`,
    components: [
      {
        components: [
          { kind: 'button', customId: `${ERASE_BUTTON_PREFIX}${target}`, label: 'Erase everything', style: 'danger' },
        ],
      },
    ],
    ephemeral: true,
  };
}

/**
 * An answer only the member who asked sees.
 * @param content - the text
 */
export function privately(content: string): InteractionReply {
  return { content: content.slice(0, 2000), ephemeral: true };
}
