/** One staff action for the audit log: who did what to whom. */
export interface AuditEntry {
  guildId: string;
  /** `discord:<user id>` for a member, `cli:<os user>` for the command line, `dashboard:<user id>`. */
  actor: string;
  /** What was done, `<area>.<verb>`: `moderation.ban`, `privacy.erase`, `server.apply`. */
  action: string;
  /** Whom or what it was done to (a user id, a case number, a channel), or null. */
  target: string | null;
  /** Anything else worth keeping (reason, duration); no message content. */
  details?: Record<string, string | number | boolean | null>;
}
