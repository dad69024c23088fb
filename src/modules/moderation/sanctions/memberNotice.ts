import { describeDuration } from '../../../config/Duration.js';
import type { ActionRow } from '../../../platform/Platform.js';
import { appealButtonRow } from '../appeals/appealButton.js';
import type { ModerationCase } from '../cases/ModerationCase.js';

/** What the member is told, and in which tone. */
export interface NoticeOptions {
  community: string;
  /** The rule's own wording for a warning, when it has one. */
  warningText: string | null;
  /** Members can appeal (appeals enabled): the notice says how, and carries the Appeal button. */
  appealable: boolean;
  /** For bans: another way to reach the team (`appeals.contact`). */
  contact: string | null;
}

/**
 * The private message a member gets about a case against them.
 * @param c - the case (warn, timeout, kick or ban)
 * @param options - community name, wording, appeal hints
 */
export function memberNotice(c: ModerationCase, options: NoticeOptions): string {
  const appeal = options.appealable
    ? ` If you think this is a mistake, press the **Appeal** button below (or use \`/appeal case:${c.id}\` in the server).`
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
      const button = options.appealable
        ? ' If you think this is a mistake, press the **Appeal** button below: it works after the ban.'
        : '';
      const contact = options.contact === null ? '' : ` You can also reach the team: ${options.contact}`;
      return `⛔ You have been banned from **${options.community}** ${length}: ${reason}. Case #${c.id}.${button}${contact}`;
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
 * The Appeal button for a notice, or none (appeals off, or a case members cannot appeal).
 * @param c - the case
 * @param appealable - appeals are enabled
 */
export function noticeComponents(c: ModerationCase, appealable: boolean): ActionRow[] {
  const sanction = c.action === 'warn' || c.action === 'timeout' || c.action === 'ban';
  return appealable && sanction ? [appealButtonRow(c.id)] : [];
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
