import { defineModule } from '../../core/defineModule.js';
import type { DomainEventOf } from '../../core/DomainEvent.js';
import { AutomodConfig } from './AutomodConfig.js';
import { automodState, type AutomodContext } from './AutomodContext.js';
import { automodEvents } from './automodEvents.js';
import { automodMigrations } from './automodMigrations.js';
import { automodPrivacy } from './automodPrivacy.js';
import { automodRequires } from './automodRequires.js';
import { nativeExecuted } from './native/nativeExecuted.js';
import { syncNativeRules } from './native/syncNativeRules.js';
import { loadStoredPhishingList, refreshPhishingJob, schedulePhishingRefresh } from './phishing/refreshPhishingList.js';
import { judgeEdit } from './rules/judgeEdit.js';
import { judgeJoin } from './rules/judgeJoin.js';
import { judgeMessage } from './rules/judgeMessage.js';
import { learnFromAppeal, learnFromCaseClosed, learnFromCaseOpened } from './spam/learnFromModeration.js';
import { loadLearnedSpam } from './spam/spamExamples.js';
import { endSlowmodeJob } from './slowmode/endSlowmode.js';

/**
 * Automod: rules made of triggers (any fires), conditions (all hold) and effects (all run),
 * checked on every message, edit and join. Deletes and slows down by itself; asks the moderation
 * module (by `automod.rule_triggered`) for sanctions, lockdowns and alerts, so it requires
 * moderation. With `native.enabled`, keeps its word-filter and mention rules in Discord's native
 * AutoMod at start, and counts each native block like its own rule firing.
 */
export const automodModule = defineModule({
  id: 'automod',
  description:
    'Automatic moderation: rules of triggers, conditions and effects (spam, self-promotion, a spam classifier that learns from moderators, cross-channel duplicates, phishing links, invites, mentions, word filter, caps/emoji floods, raids).',
  config: AutomodConfig,
  requires: automodRequires,
  setup: automodState,
  events: automodEvents,
  on: {
    'message.created': onMessage,
    'message.edited': onEdit,
    'member.joined': onJoin,
    'automod.native_executed': onNativeExecution,
    // Learning of the spam triggers from moderators' decisions (moderation's events, never its code).
    'moderation.case_opened': learnFromCaseOpened,
    'moderation.case_closed': learnFromCaseClosed,
    'moderation.appeal_decided': learnFromAppeal,
  },
  async start(ctx, guildId) {
    await loadStoredPhishingList(ctx);
    await schedulePhishingRefresh(ctx, true);
    await syncNativeRules(ctx, guildId);
    await loadLearnedSpam(ctx, guildId);
  },
  jobs: [endSlowmodeJob, refreshPhishingJob],
  migrations: automodMigrations,
  privacy: automodPrivacy,
});

async function onMessage(event: DomainEventOf<'message.created'>, ctx: AutomodContext): Promise<void> {
  await judgeMessage(event, ctx);
}

async function onEdit(event: DomainEventOf<'message.edited'>, ctx: AutomodContext): Promise<void> {
  await judgeEdit(event, ctx);
}

async function onJoin(event: DomainEventOf<'member.joined'>, ctx: AutomodContext): Promise<void> {
  await judgeJoin(event, ctx);
}

async function onNativeExecution(event: DomainEventOf<'automod.native_executed'>, ctx: AutomodContext): Promise<void> {
  await nativeExecuted(event, ctx);
}
