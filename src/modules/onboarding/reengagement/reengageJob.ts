import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { onboardingDb } from '../OnboardingTables.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { missedHighlights, type MissedHighlights } from './missedHighlights.js';
import { scheduleMissedDigest } from './postMissedDigestJob.js';
import { quietMembers, type QuietMember } from './quietMembers.js';
import { fillOpening, renderMissed } from './renderMissed.js';
import { stopButtonRow } from './stopButton.js';

/** How often the search for quiet members runs. */
export const REENGAGE_EVERY = 3_600_000;
/** The most members one run handles; a full page asks for the next run a minute later. */
export const REENGAGE_PAGE = 100;
const MINUTE = 60_000;
const DAY = 86_400_000;

const ReengagePayload = z.object({ guildId: z.string() });

/**
 * Job: finds a page of quiet members not re-engaged within `reengagement.period` and gives
 * each what they agreed to: the "what you missed" DM to members who opted in to DMs, nothing
 * personal to the others (a `none` row, so the period counts, and the channel digest when
 * `reengagement.digestChannel` is set). Then schedules its next run: in a minute when the page
 * was full (a big guild is worked through over several runs), else at the next full hour.
 */
export const reengageJob = defineJob({
  name: 'reengageQuietMembers',
  payload: ReengagePayload,
  run: reengageQuietMembers,
});

/**
 * Schedules the next run at the next full hour after `now`, keyed by guild and hour, so every
 * start and every run ask for the same job once.
 * @param ctx - module context
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function scheduleReengagement(ctx: OnboardingContext, guildId: string, now: number): Promise<void> {
  const slot = Math.floor(now / REENGAGE_EVERY) + 1;
  await ctx.schedule(reengageJob, {
    key: `onboarding-reengage:${guildId}:h${slot}`,
    runAt: slot * REENGAGE_EVERY,
    payload: { guildId },
  });
}

async function scheduleNextPage(ctx: OnboardingContext, guildId: string, now: number): Promise<void> {
  const slot = Math.floor(now / MINUTE) + 1;
  await ctx.schedule(reengageJob, {
    key: `onboarding-reengage:${guildId}:m${slot}`,
    runAt: slot * MINUTE,
    payload: { guildId },
  });
}

async function reengageQuietMembers(
  { guildId }: z.output<typeof ReengagePayload>,
  ctx: OnboardingContext,
): Promise<void> {
  // Turned off: the chain ends here; the module's start schedules it again once turned on.
  if (!ctx.config.reengagement.enabled) return;
  const now = ctx.clock.now();
  const { inactiveFor, period } = ctx.config.reengagement;
  const page = await quietMembers(ctx.db, { guildId, now, inactiveFor, period, limit: REENGAGE_PAGE });
  await reengage(ctx, guildId, page, now);
  if (page.length === REENGAGE_PAGE) await scheduleNextPage(ctx, guildId, now);
  else await scheduleReengagement(ctx, guildId, now);
}

/**
 * Re-engages a page of quiet members: one DM each for those who opted in, a `none` row for the
 * others, all recorded in `onboarding_reengagements` in this unit of work.
 * @param ctx - module context (a unit of work: DMs go through the outbox)
 * @param guildId - the guild
 * @param page - the quiet members
 * @param now - epoch ms
 */
export async function reengage(
  ctx: OnboardingContext,
  guildId: string,
  page: readonly QuietMember[],
  now: number,
): Promise<void> {
  const opted = page.filter((m) => m.allowsDms);
  const rows: { guild_id: string; user_id: string; sent_at: number; via: string; message_id: string | null }[] = page
    .filter((m) => !m.allowsDms)
    .map((m) => ({ guild_id: guildId, user_id: m.userId, sent_at: now, via: 'none', message_id: null }));
  if (opted.length > 0) {
    const { inactiveFor } = ctx.config.reengagement;
    const highlights = await missedHighlights(ctx.db, ctx.dialect, guildId, now - inactiveFor, now);
    const names = await ctx.members.names(
      guildId,
      opted.map((m) => m.userId),
    );
    for (const member of opted) {
      const messageId = await sendMissed(ctx, guildId, member, names.get(member.userId) ?? 'there', highlights, now);
      rows.push({ guild_id: guildId, user_id: member.userId, sent_at: now, via: 'dm', message_id: messageId });
    }
  }
  if (rows.length > 0) {
    await onboardingDb(ctx.db)
      .insertInto('onboarding_reengagements')
      .values(rows)
      .onConflict((oc) => oc.columns(['guild_id', 'user_id', 'sent_at']).doNothing())
      .execute();
  }
  if (opted.length < page.length && ctx.config.reengagement.digestChannel !== null) {
    await scheduleMissedDigest(ctx, guildId, now);
  }
}

async function sendMissed(
  ctx: OnboardingContext,
  guildId: string,
  member: QuietMember,
  name: string,
  highlights: MissedHighlights,
  now: number,
): Promise<string | null> {
  const opening = fillOpening(ctx.config.reengagement.message, name, ctx.community.community.name);
  // No fallback channel: a quiet member is never mentioned in public; closed DMs mean nothing is sent.
  const sent = await ctx.platform.sendDirectMessage(
    guildId,
    member.userId,
    {
      content: renderMissed(opening, highlights),
      components: [stopButtonRow(member.userId)],
      nonce: `onboarding-reengage:${guildId}:${member.userId}:${now}`,
    },
    null,
  );
  await ctx.emit(
    'onboarding.reengaged',
    { userId: member.userId, inactiveDays: Math.floor((now - member.quietSince) / DAY) },
    { guildId, key: `reengaged:${member.userId}:${now}` },
  );
  return sent.message?.id ?? null;
}
