import type { EventHandler, EventHandlers } from '../../core/defineModule.js';
import type { DomainEvent, DomainEventOf, EventType } from '../../core/DomainEvent.js';
import { applyAmbassadorChange } from './ambassadors/applyAmbassadorChange.js';
import type { ApplyContext } from './apply/ApplyContext.js';
import { applyContribution } from './apply/applyContribution.js';
import { applyMemberJoined } from './apply/applyMemberJoined.js';
import { applyMessage } from './apply/applyMessage.js';
import { applyThanks } from './apply/applyThanks.js';
import type { Outcome } from './apply/Outcome.js';
import { recomputeRecognition, type Replay } from './backfill/recomputeRecognition.js';
import { forgetLevelOnJoin } from './levels/forgetLevelOnJoin.js';
import { scheduleLevelSync } from './levels/syncLevelsJob.js';
import { excludedChannelIds } from './live/excludedChannelIds.js';
import { performOutcomes } from './live/performOutcomes.js';
import type { RecognitionContext } from './RecognitionContext.js';
import { recognitionDb } from './RecognitionTables.js';
import { applyMemberLeft } from './referrals/applyMemberLeft.js';
import { applyMemberReferred } from './referrals/applyMemberReferred.js';
import { confirmReferral } from './referrals/confirmReferral.js';
import { recordInvite } from './referrals/recordInvite.js';
import { applyCaseClosed, applyCaseOpened } from './removed/applyModerationCase.js';
import { applyMessageDeleted } from './removed/applyMessageDeleted.js';
import { applyRuleTriggered } from './removed/applyRuleTriggered.js';
import { referJoin } from './referrals/referJoin.js';
import { recordMessageThanks, recordReactionThanks } from './thanks/recordThanks.js';

/**
 * What recognition does with one event type, in three steps, each optional:
 *
 * 1. `live` — live only, first: observed state (level rows, invite snapshots) and live-only
 *    work (a recompute).
 * 2. `apply` — the derived tables: a function of the event alone (no platform, no clock). Live,
 *    it runs in one transaction and what it changed is acted on (events emitted, announced,
 *    roles synced, jobs scheduled); a recompute replays it and ignores that.
 * 3. `record` — live only, after `apply`: decisions that need the platform (a thanks, which
 *    invite a join used), recorded as recognition's own events so a recompute replays them.
 *
 * (Methods, so an entry for one type fits the table's wider type.)
 */
export interface RecognitionHandler<T extends EventType> {
  live?(event: DomainEventOf<T>, ctx: RecognitionContext): Promise<void>;
  apply?(a: ApplyContext, event: DomainEventOf<T>): Promise<Outcome[]>;
  record?(event: DomainEventOf<T>, ctx: RecognitionContext, applied: ApplyContext): Promise<void>;
}

/** One entry per event type recognition handles. */
export type RecognitionHandlers = { readonly [T in EventType]?: RecognitionHandler<T> };

/**
 * Every event type recognition handles, declared once: the module's subscriptions
 * ({@link recognitionOn}) and what a recompute replays ({@link recognitionReplay}) both come
 * from this table.
 */
export const recognitionHandlers: RecognitionHandlers = {
  'member.joined': { live: forgetLevelOnJoin, apply: applyMemberJoined, record: referJoin },
  'member.left': { apply: applyMemberLeft },
  'message.created': { apply: applyMessage, record: recordMessageThanks },
  'message.deleted': { apply: applyMessageDeleted },
  'reaction.added': { record: recordReactionThanks },
  'invite.created': { live: recordInvite },
  'contribution.recorded': { apply: applyContribution },
  // Other modules' facts (read, never imported): removed messages earn nothing, bans hide.
  'automod.rule_triggered': { apply: applyRuleTriggered },
  'moderation.case_opened': { apply: applyCaseOpened },
  'moderation.case_closed': { apply: applyCaseClosed },
  'recognition.thanks_given': { apply: applyThanks },
  'recognition.member_referred': { apply: applyMemberReferred },
  'recognition.referral_confirmed': {
    apply: (a, event) => confirmReferral(a, event.payload.refereeId, { eventId: event.id, at: event.occurredAt }),
  },
  'recognition.ambassador_status_changed': {
    apply: async (a, event) => {
      await applyAmbassadorChange(a, event);
      return [];
    },
  },
  'recognition.recompute_requested': { live: recompute },
};

/** The entry of an event's type (any type: a method-typed entry takes its own events). */
function entryOf(type: EventType): RecognitionHandler<EventType> | undefined {
  return recognitionHandlers[type];
}

/** The module's live handlers, one per entry of {@link recognitionHandlers}. */
export const recognitionOn: EventHandlers<RecognitionContext> = Object.fromEntries(
  (Object.keys(recognitionHandlers) as EventType[]).map((type) => [type, liveHandler(type)]),
);

/** The event types a recompute replays (the entries with `apply`), and how. */
export const recognitionReplay: Replay = {
  types: (Object.keys(recognitionHandlers) as EventType[]).filter((type) => entryOf(type)?.apply !== undefined),
  apply: async (a, event: DomainEvent) => (await entryOf(event.type)?.apply?.(a, event)) ?? [],
};

function liveHandler(type: EventType): EventHandler<EventType, RecognitionContext> {
  return async (event, ctx) => {
    const entry = entryOf(type);
    if (entry === undefined) return;
    await entry.live?.(event, ctx);
    if (entry.apply === undefined && entry.record === undefined) return;
    const { guildId } = event;
    const applied: ApplyContext = {
      db: recognitionDb(ctx.db),
      guildId,
      config: ctx.config,
      rules: ctx.state.rules,
      // Read before the transaction (the platform may share its database connection); no
      // platform read at all when no channel is excluded.
      excludedChannelIds: await excludedChannelIds(ctx, guildId),
    };
    if (entry.apply !== undefined) {
      const outcomes = await applied.db
        .transaction()
        .execute(async (trx) => (await entry.apply?.({ ...applied, db: trx }, event)) ?? []);
      await performOutcomes(ctx, guildId, outcomes);
    }
    await entry.record?.(event, ctx, applied);
  };
}

/**
 * `/recompute-points` (or an upgrade): rebuilds the derived tables from the event log, in the
 * guild's event order, then brings level roles in line.
 */
async function recompute(
  event: DomainEventOf<'recognition.recompute_requested'>,
  ctx: RecognitionContext,
): Promise<void> {
  const { guildId } = event;
  const report = await recomputeRecognition(recognitionDb(ctx.db), {
    guildId,
    config: ctx.config,
    rules: ctx.state.rules,
    excludedChannelIds: await excludedChannelIds(ctx, guildId),
    replay: recognitionReplay,
  });
  ctx.log.info(
    { guildId, events: report.events, reason: event.payload.reason },
    'recognition recomputed from the event log',
  );
  await scheduleLevelSync(ctx, guildId, ctx.clock.now(), `recompute:${event.id}`);
}
