import type { SandboxContext } from './SandboxContext.js';
import type { SandboxDatabase } from './SandboxTables.js';
import { sortKey } from './sandboxRows.js';

/** Bot actions that carry a reason, named like Discord's audit log events. */
export type SandboxAuditAction =
  | 'member_role_add'
  | 'member_role_remove'
  | 'member_timeout'
  | 'member_kick'
  | 'member_ban_add'
  | 'member_ban_remove'
  | 'message_delete'
  | 'channel_create'
  | 'channel_update'
  | 'channel_delete'
  | 'thread_update'
  | 'role_create'
  | 'role_update'
  | 'role_delete'
  | 'guild_update'
  | 'auto_moderation_rule_create'
  | 'auto_moderation_rule_update'
  | 'auto_moderation_rule_delete'
  | 'guild_scheduled_event_create'
  | 'guild_scheduled_event_update'
  | 'guild_scheduled_event_delete';

/** The reason recorded for a channel or role write whose caller gave none (as on Discord). */
export const DEFAULT_AUDIT_REASON = 'Guildhall';

/** One audit log entry. */
export interface SandboxAuditEntry {
  id: string;
  action: SandboxAuditAction;
  targetId: string;
  reason: string;
  createdAt: number;
}

/**
 * Records a bot action and its reason, as Discord's audit log does.
 * @see https://discord.com/developers/docs/resources/audit-log
 */
export async function recordAudit(
  ctx: SandboxContext,
  action: SandboxAuditAction,
  targetId: string,
  reason: string,
): Promise<void> {
  const id = await ctx.nextId();
  await ctx.db
    .insertInto('sandbox_audit_log')
    .values({ id, action, target_id: targetId, reason, created_at: ctx.clock.now(), sort_key: sortKey(id) })
    .execute();
}

/** The latest audit log entries, newest first. */
export async function listAuditLog(db: SandboxDatabase, limit: number): Promise<SandboxAuditEntry[]> {
  const rows = await db.selectFrom('sandbox_audit_log').selectAll().orderBy('sort_key', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action as SandboxAuditAction,
    targetId: r.target_id,
    reason: r.reason,
    createdAt: r.created_at,
  }));
}
