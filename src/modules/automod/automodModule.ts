import { defineModule } from '../../core/defineModule.js';
import { AutomodConfig } from './AutomodConfig.js';
import { automodRuntime } from './AutomodRuntime.js';
import { automodMigrations } from './automodMigrations.js';
import { END_SLOWMODE_JOB } from './effects/slowmodeEffect.js';
import {
  loadStoredPhishingList,
  refreshPhishingList,
  REFRESH_PHISHING_JOB,
  schedulePhishingRefresh,
} from './phishing/refreshPhishingList.js';
import { judgeEdit } from './rules/judgeEdit.js';
import { judgeJoin } from './rules/judgeJoin.js';
import { judgeMessage } from './rules/judgeMessage.js';
import { endSlowmode } from './slowmode/endSlowmode.js';

/**
 * Automod: rules made of triggers (any fires), conditions (all hold) and effects (all run),
 * checked on every message, edit and join. Deletes and slows down by itself; asks the moderation
 * module (by `automod.rule_triggered`) for sanctions, lockdowns and alerts.
 */
export const automodModule = defineModule({
  id: 'automod',
  description:
    'Automatic moderation: rules of triggers, conditions and effects (spam, cross-channel duplicates, phishing links, invites, mentions, word filter, caps/emoji floods, raids).',
  config: AutomodConfig,
  subscribes: ['message.created', 'message.edited', 'member.joined', 'member.updated', 'member.left'],
  async handle(event, ctx) {
    if (event.type === 'message.created') await judgeMessage(event, ctx);
    else if (event.type === 'message.edited') await judgeEdit(event, ctx);
    else if (event.type === 'member.joined') await judgeJoin(event, ctx);
    else if (event.type === 'member.updated') {
      automodRuntime(ctx).members.updateRoles(
        event.guildId,
        event.payload.userId,
        event.payload.roles,
        ctx.clock.now(),
      );
    } else if (event.type === 'member.left') automodRuntime(ctx).members.forget(event.guildId, event.payload.userId);
  },
  async start(ctx) {
    await loadStoredPhishingList(ctx);
    await schedulePhishingRefresh(ctx, true);
  },
  jobs: { [END_SLOWMODE_JOB]: endSlowmode, [REFRESH_PHISHING_JOB]: refreshPhishingList },
  migrations: automodMigrations,
});
