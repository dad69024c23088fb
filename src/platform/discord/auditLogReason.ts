/** Discord keeps at most 512 (UTF-16) characters of an audit-log reason. */
export const AUDIT_LOG_REASON_LIMIT = 512;

/** Audit-log reason for actions whose caller gives none (channel and role writes without one, threads). */
export const GUILDHALL_AUDIT_REASON = 'Guildhall';

/**
 * The reason as sent in `X-Audit-Log-Reason` (discord.js URL-encodes it): cut with an
 * ellipsis past 512 characters, never splitting a surrogate pair, so a long automod
 * excerpt cannot make the moderation request itself fail.
 * @param reason - why the action is taken, shown in the server's audit log
 * @see https://discord.com/developers/docs/resources/audit-log
 */
export function auditLogReason(reason: string): string {
  if (reason.length <= AUDIT_LOG_REASON_LIMIT) return reason;
  let cut = reason.slice(0, AUDIT_LOG_REASON_LIMIT - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * The `X-Audit-Log-Reason` of a write whose reason is optional: the given one (cut to 512
 * characters), else {@link GUILDHALL_AUDIT_REASON}.
 * @param reason - why, or undefined
 */
export function writeReason(reason: string | undefined): string {
  return auditLogReason(reason ?? GUILDHALL_AUDIT_REASON);
}
