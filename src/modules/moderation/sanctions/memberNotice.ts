import { describeDuration } from '../../../moderation-shared/Duration.js';
import type { ModerationCase } from '../cases/ModerationCase.js';

/** What the member is told, and in which tone. */
export interface NoticeOptions {
  community: string;
  /** The rule's own wording for a warning, when it has one. */
  warningText: string | null;
  /** Members can /appeal (appeals enabled). */
  appealable: boolean;
  /** For bans: how to reach the team (`appeals.contact`). */
  contact: string | null;
}

/**
 * The private message a member gets about a case against them.
 * @param c - the case (warn, timeout, kick or ban)
 * @param options - community name, wording, appeal hints
 */
export function memberNotice(c: ModerationCase, options: NoticeOptions): string {
  const appeal = options.appealable
    ? ` If you think this is a mistake, use \`/appeal case:${c.id}\` in the server.`
    : '';
  const reason = options.warningText === null ? c.reason : `${options.warningText} (${c.reason})`;
  switch (c.action) {
    case 'warn':
      return `⚠️ A warning from the moderators of **${options.community}**: ${reason}. Case #${c.id}.${appeal}`;
    case 'timeout': {
      const length = c.durationMs === null ? '' : ` for ${describeDuration(c.durationMs)}`;
      return `🔇 You have been timed out in **${options.community}**${length}: ${reason}. Case #${c.id}.${appeal}`;
    }
    case 'kick':
      return `👢 You have been removed from **${options.community}**: ${reason}. Case #${c.id}. You can rejoin with an invite.`;
    case 'ban': {
      const length = c.durationMs === null ? 'permanently' : `for ${describeDuration(c.durationMs)}`;
      const contact = options.contact === null ? '' : ` To appeal: ${options.contact}`;
      return `⛔ You have been banned from **${options.community}** ${length}: ${reason}. Case #${c.id}.${contact}`;
    }
    case 'unban':
    case 'untimeout':
    case 'delete':
    case 'flag':
    case 'lockdown':
    case 'lockdown_end':
      return `Case #${c.id} in **${options.community}**: ${reason}.`;
  }
}

/**
 * The public warning posted where it happened (seed: the 2nd strike).
 * @param c - the case
 */
export function publicWarning(c: ModerationCase): string {
  const extra =
    c.action === 'timeout' && c.durationMs !== null
      ? ` and timed out for ${describeDuration(c.durationMs)}`
      : c.action === 'ban'
        ? ' and banned'
        : c.action === 'kick'
          ? ' and removed from the server'
          : '';
  return `⚠️ <@${c.userId ?? ''}> has been warned${extra}: ${c.reason} (case #${c.id}).`;
}
