import type { ModuleContext } from '../../../core/defineModule.js';
import type { DomainEvent } from '../../../core/DomainEvent.js';
import { applyEvent } from '../apply/applyEvent.js';
import { recomputeRecognition } from '../backfill/recomputeRecognition.js';
import { effectiveRules } from '../config/effectiveRules.js';
import { scheduleLevelSync } from '../levels/syncLevelsJob.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import { recognitionDb } from '../RecognitionTables.js';
import { attributeJoin } from '../referrals/attributeJoin.js';
import { detectMessageThanks, detectReactionThanks, type DetectedThanks } from '../thanks/detectThanks.js';
import { excludedChannelIds } from './excludedChannelIds.js';
import { performOutcomes } from './performOutcomes.js';

/**
 * Handles one event live: applies it to the derived tables in one transaction (the same
 * code a recompute runs), acts on what changed, then does what needs the platform and is
 * recorded as events of its own: thanks detection, invite attribution of a join.
 * @param ctx - module context
 * @param event - the event
 */
export async function handleLive(ctx: ModuleContext<RecognitionConfig>, event: DomainEvent): Promise<void> {
  const { guildId } = event;
  const db = recognitionDb(ctx.db);
  const rules = effectiveRules(ctx.config);
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the live-only types; every other type goes on to applyEvent below.
  switch (event.type) {
    case 'reaction.added':
      await emitThanks(ctx, event.id, guildId, await detectReactionThanks(ctx, event));
      return;
    case 'invite.created': {
      const { code, inviterId, uses, maxUses } = event.payload;
      const row = { guild_id: guildId, code, inviter_id: inviterId, uses, max_uses: maxUses, attributed: uses };
      await db
        .insertInto('recognition_invites')
        .values({ ...row, updated_at: ctx.clock.now() })
        .onConflict((oc) => oc.columns(['guild_id', 'code']).doNothing())
        .execute();
      return;
    }
    case 'recognition.recompute_requested': {
      const excluded = await excludedChannelIds(ctx, guildId);
      const report = await recomputeRecognition(db, {
        guildId,
        config: ctx.config,
        rules,
        excludedChannelIds: excluded,
      });
      ctx.log.info(
        { guildId, events: report.events, reason: event.payload.reason },
        'recognition recomputed from the event log',
      );
      await scheduleLevelSync(ctx, guildId, ctx.clock.now(), `recompute:${event.id}`);
      return;
    }
    case 'member.joined':
      if (event.payload.bot) return;
      // Roles do not survive leaving: a member who joins (again) holds no level yet.
      await db
        .insertInto('recognition_levels')
        .values({
          guild_id: guildId,
          user_id: event.payload.userId,
          level: null,
          adopted: 0,
          joined_at: event.payload.joinedAt,
          changed_at: ctx.clock.now(),
        })
        .onConflict((oc) =>
          oc
            .columns(['guild_id', 'user_id'])
            .doUpdateSet({ level: null, adopted: 0, joined_at: event.payload.joinedAt }),
        )
        .execute();
      break;
    default:
      break;
  }
  const excluded = event.type === 'message.created' ? await excludedChannelIds(ctx, guildId) : new Set<string>();
  const outcomes = await db
    .transaction()
    .execute((trx) => applyEvent({ db: trx, guildId, config: ctx.config, rules, excludedChannelIds: excluded }, event));
  await performOutcomes(ctx, guildId, outcomes);
  if (event.type === 'message.created' && !excluded.has(event.payload.channelId)) {
    await emitThanks(ctx, event.id, guildId, await detectMessageThanks(ctx, event));
  }
  if (event.type === 'member.joined' && ctx.config.referrals.enabled) {
    const join = await attributeJoin(ctx, event);
    if (join.source === 'invite') {
      await ctx.emit(
        'recognition.member_referred',
        {
          refereeId: event.payload.userId,
          referrerId: join.inviterId,
          inviteCode: join.code,
          joinedAt: event.payload.joinedAt,
          joinEventId: event.id,
        },
        { guildId, key: event.id },
      );
    }
  }
}

async function emitThanks(
  ctx: ModuleContext<RecognitionConfig>,
  causeId: string,
  guildId: string,
  thanks: readonly DetectedThanks[],
): Promise<void> {
  for (const t of thanks) {
    await ctx.emit('recognition.thanks_given', t, { guildId, key: `${causeId}:${t.toUserId}` });
  }
}
