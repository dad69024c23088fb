import type { ComponentHandler } from '../../core/defineModule.js';
import { ERASE_BUTTON_PREFIX, privately } from './privacyCommand.js';
import type { PrivacyContext } from './PrivacyContext.js';
import { isPrivacyStaff } from './staff.js';

/** Discord ids are snowflakes; anything else (an already erased button) is refused. */
const SNOWFLAKE = /^\d{5,25}$/;

/**
 * The "Erase everything" button of `/privacy erase`: erases the member (the one who
 * pressed it, or the member staff asked about) through `ctx.memberData`, which records it in
 * the audit log.
 */
export const eraseButton: ComponentHandler<PrivacyContext> = {
  customIdPrefix: ERASE_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const { guildId, payload } = interaction;
    const target = payload.customId.slice(ERASE_BUTTON_PREFIX.length);
    if (!SNOWFLAKE.test(target)) return privately('This is no longer available.');
    const self = target === payload.userId;
    if (!self && !(await isPrivacyStaff(ctx, guildId, payload))) {
      return privately("Only staff can erase another member's data.");
    }
    const report = await ctx.memberData.eraseMember(guildId, target, `discord:${payload.userId}`, {
      keepModerationRecords: ctx.config.keepModerationRecords,
    });
    const rows = Object.values(report.changed).reduce((a, b) => a + b, 0);
    return privately(
      self
        ? `Done: your data was erased (${rows} records removed or anonymised). Messages you post from now on are new data.`
        : `Done: the member's data was erased (${rows} records removed or anonymised).`,
    );
  },
};
