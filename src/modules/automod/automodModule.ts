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
import { nativeExecuted } from './native/nativeExecuted.js';
import { syncNativeRules } from './native/syncNativeRules.js';
import { endSlowmode } from './slowmode/endSlowmode.js';

/**
 * Automod: rules made of triggers (any fires), conditions (all hold) and effects (all run),
 * checked on every message, edit and join. Deletes and slows down by itself; asks the moderation
 * module (by `automod.rule_triggered`) for sanctions, lockdowns and alerts. With
 * `native.enabled`, keeps its word-filter and mention rules in Discord's native AutoMod at
 * start, and counts each native block like its own rule firing.
 */
export const automodModule = defineModule({
  id: 'automod',
  description:
    'Automatic moderation: rules of triggers, conditions and effects (spam, cross-channel duplicates, phishing links, invites, mentions, word filter, caps/emoji floods, raids).',
  config: AutomodConfig,
  subscribes: [
    'message.created',
    'message.edited',
    'member.joined',
    'member.updated',
    'member.left',
    'automod.native_executed',
  ],
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
    else if (event.type === 'automod.native_executed') await nativeExecuted(event, ctx);
  },
  async start(ctx, guildId) {
    await loadStoredPhishingList(ctx);
    await schedulePhishingRefresh(ctx, true);
    await syncNativeRules(ctx, guildId);
  },
  jobs: { [END_SLOWMODE_JOB]: endSlowmode, [REFRESH_PHISHING_JOB]: refreshPhishingList },
  migrations: automodMigrations,
});
