import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { missedHighlights } from './missedHighlights.js';
import { renderMissed } from './renderMissed.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: weeks counted from the Monday after start on Mondays (UTC). */
const FIRST_MONDAY = 4 * DAY;

const DigestPayload = z.object({
  guildId: z.string(),
  /** The week (Monday 00:00 UTC, counted from 1970-01-05) the post is for. */
  week: z.number().int(),
});

/**
 * Job: the "what you missed this week" post in `reengagement.digestChannel`, for quiet members
 * who did not opt in to DMs: highlights of the last 7 days, no mentions. Keyed by guild and
 * week, so at most one per week whatever the number of quiet members or runs.
 */
export const postMissedDigestJob = defineJob({
  name: 'postMissedDigest',
  payload: DigestPayload,
  run: postMissedDigest,
});

/**
 * The week `at` falls in (weeks start on Monday 00:00 UTC).
 * @param at - epoch ms
 */
export function weekOf(at: number): number {
  return Math.floor((at - FIRST_MONDAY) / WEEK);
}

/**
 * Asks for this week's channel digest now; a second request in the same week changes nothing
 * (the job's key names the week, and a key is used once).
 * @param ctx - module context
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function scheduleMissedDigest(ctx: OnboardingContext, guildId: string, now: number): Promise<void> {
  const week = weekOf(now);
  await ctx.schedule(postMissedDigestJob, {
    key: `onboarding-reengage-digest:${guildId}:${week}`,
    runAt: now,
    payload: { guildId, week },
  });
}

async function postMissedDigest(
  { guildId, week }: z.output<typeof DigestPayload>,
  ctx: OnboardingContext,
): Promise<void> {
  const name = ctx.config.reengagement.digestChannel;
  if (name === null || !ctx.config.reengagement.enabled) return;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find((c) => c.name === name && c.kind !== 'category');
  if (channel === undefined) {
    ctx.log.warn({ channel: name }, 'onboarding.reengagement.digestChannel not found: digest not posted');
    return;
  }
  const now = ctx.clock.now();
  const highlights = await missedHighlights(ctx.db, ctx.dialect, guildId, now - WEEK, now);
  const opening = `**What you missed this week at ${ctx.community.community.name}**`;
  await ctx.platform.sendMessage(channel.id, {
    content: renderMissed(opening, highlights, false),
    nonce: `onboarding-reengage-digest:${guildId}:${week}`,
  });
}
