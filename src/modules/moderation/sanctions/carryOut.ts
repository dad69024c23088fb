import { errorMessage } from '../../../core/errors.js';
import type { ModerationCase } from '../cases/ModerationCase.js';
import { decayStrikeJob } from '../jobs/decayStrike.js';
import { expireCaseJob } from '../jobs/expireCase.js';
import { scheduleTimeoutRenewal } from '../jobs/renewTimeout.js';
import { TIMEOUT_STRETCH_MS } from '../moderationTiming.js';
import type { ModerationContext } from '../ModerationContext.js';
import { memberNotice, noticeComponents, publicWarning } from './memberNotice.js';

/** Why a case could not be carried out: what the platform threw, and its message for people. */
export interface CarryOutFailure {
  error: unknown;
  message: string;
}

/** How to carry out a case beyond its row. */
export interface CarryOutOptions {
  /** Post a public warning where it happened. */
  publicWarning: boolean;
  /** The rule's wording of a warning. */
  warningText: string | null;
  /** Ban: seconds of recent messages to delete. */
  deleteMessageSeconds: number;
}

/**
 * Does what a case says on the platform: tells the member (before a kick or ban, while they
 * can still be reached), times out, kicks, bans or lifts, posts the public warning, and
 * schedules what must happen later (temporary ban lifted, long timeout renewed, strike
 * decayed). Discord refusing (hierarchy, member gone) is returned, not thrown: the case
 * stays recorded with the reason it was not carried out.
 * @param ctx - module context
 * @param c - the case
 * @param options - public warning, wording, ban message deletion
 * @returns null when carried out, else why not
 */
export async function carryOut(
  ctx: ModerationContext,
  c: ModerationCase,
  options: CarryOutOptions,
): Promise<CarryOutFailure | null> {
  // At once, in the unit: the case records the outcome. Each is idempotent in effect (the
  // notices carry nonces keyed by what opened the case), so a re-run after a crash is harmless.
  const platform = ctx.platformNow;
  const userId = c.userId;
  const now = ctx.clock.now();
  const audit = `Case #${c.id}: ${c.reason}`;
  if (c.strike && c.strikeExpiresAt !== null) {
    await ctx.schedule(decayStrikeJob, {
      key: `moderation:decay:${c.id}`,
      runAt: c.strikeExpiresAt,
      payload: { guildId: c.guildId, caseId: c.id },
    });
  }
  if (userId === null) return null;
  try {
    switch (c.action) {
      case 'warn':
        await notify(ctx, c, options, c.channelId);
        break;
      case 'timeout': {
        await notify(ctx, c, options, c.channelId);
        const end = c.expiresAt ?? now + TIMEOUT_STRETCH_MS;
        const until = Math.min(end, now + TIMEOUT_STRETCH_MS);
        await platform.timeoutMember(c.guildId, userId, until, audit);
        if (end > until) await scheduleTimeoutRenewal(ctx, { guildId: c.guildId, caseId: c.id }, until);
        await scheduleExpiry(ctx, c);
        break;
      }
      case 'kick':
        await notify(ctx, c, options, null);
        await platform.kickMember(c.guildId, userId, audit);
        break;
      case 'ban':
        await notify(ctx, c, options, null);
        await platform.banMember(c.guildId, userId, {
          reason: audit,
          deleteMessageSeconds: options.deleteMessageSeconds,
        });
        await scheduleExpiry(ctx, c);
        break;
      case 'unban':
        await platform.unbanMember(c.guildId, userId, audit);
        break;
      case 'untimeout':
        await platform.timeoutMember(c.guildId, userId, null, audit);
        break;
      case 'delete':
      case 'flag':
      case 'lockdown':
      case 'lockdown_end':
        return null;
    }
  } catch (error) {
    ctx.log.warn({ err: error, caseId: c.id }, 'moderation: could not carry out a case');
    return { error, message: errorMessage(error) };
  }
  if (options.publicWarning && c.channelId !== null) {
    try {
      await platform.sendMessage(c.channelId, {
        content: publicWarning(c),
        allowedUserMentions: [userId],
        nonce: `moderation:warning:${c.sourceKey}`,
      });
    } catch (error) {
      ctx.log.warn({ err: error, caseId: c.id }, 'moderation: could not post the public warning');
    }
  }
  return null;
}

async function scheduleExpiry(ctx: ModerationContext, c: ModerationCase): Promise<void> {
  if (c.expiresAt === null) return;
  await ctx.schedule(expireCaseJob, {
    key: `moderation:expire:${c.id}`,
    runAt: c.expiresAt,
    payload: { guildId: c.guildId, caseId: c.id },
  });
}

/** Tells the member privately; a closed DM falls back to `fallbackChannelId` when allowed. Never throws. */
async function notify(
  ctx: ModerationContext,
  c: ModerationCase,
  options: CarryOutOptions,
  fallbackChannelId: string | null,
): Promise<void> {
  if (c.userId === null) return;
  const { config } = ctx;
  const content = memberNotice(c, {
    community: ctx.community.community.name,
    warningText: options.warningText,
    appealable: config.appeals.enabled,
    contact: config.appeals.contact,
  });
  try {
    await ctx.platformNow.sendDirectMessage(
      c.guildId,
      c.userId,
      { content, components: noticeComponents(c, config.appeals.enabled), nonce: `moderation:notice:${c.sourceKey}` },
      config.dmFallback ? fallbackChannelId : null,
    );
  } catch (error) {
    ctx.log.warn({ err: error, caseId: c.id }, 'moderation: could not tell the member');
  }
}
