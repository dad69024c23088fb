import { assertNativeAutomodPatch, assertNativeAutomodRoom, assertNativeAutomodRule } from '../nativeAutomodLimits.js';
import type {
  NativeAutomodAction,
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
  NativeAutomodTrigger,
} from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxAutomodRuleTable } from './SandboxTables.js';
import { DEFAULT_AUDIT_REASON, recordAudit } from './auditLog.js';
import { requireGuild } from './guildQueries.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { flag, fromJson, sortKey } from './sandboxRows.js';

/**
 * A stored rule as the Platform answers it.
 * @param row - a `sandbox_automod_rules` row
 */
export function toSnapshot(row: SandboxAutomodRuleTable): NativeAutomodRuleSnapshot {
  return {
    id: row.id,
    name: row.name,
    creatorId: row.creator_id,
    trigger: fromJson<NativeAutomodTrigger>(row.trigger),
    actions: fromJson<NativeAutomodAction[]>(row.actions),
    enabled: row.enabled === 1,
    exemptRoles: fromJson<string[]>(row.exempt_roles),
    exemptChannels: fromJson<string[]>(row.exempt_channels),
  };
}

/**
 * Every stored rule, oldest first.
 * @param ctx - sandbox context
 */
export async function ruleRows(ctx: SandboxContext): Promise<SandboxAutomodRuleTable[]> {
  return ctx.db.selectFrom('sandbox_automod_rules').selectAll().orderBy('sort_key').execute();
}

/**
 * The guild's native AutoMod rules, oldest first.
 * @param guildId - the sandbox guild
 */
export async function listAutoModerationRules(
  ctx: SandboxContext,
  guildId: string,
): Promise<NativeAutomodRuleSnapshot[]> {
  await requireGuild(ctx, guildId);
  return (await ruleRows(ctx)).map(toSnapshot);
}

/**
 * Creates a rule, as the bot (or as the owner, for the community's own rules).
 * @param creator - who makes it (default the bot)
 * @throws InvalidRequest over Discord's limits, or one trigger type too many
 */
export async function createAutoModerationRule(
  ctx: SandboxContext,
  guildId: string,
  spec: NativeAutomodRuleSpec,
  creator: 'bot' | 'owner' = 'bot',
  reason = DEFAULT_AUDIT_REASON,
): Promise<NativeAutomodRuleSnapshot> {
  const guild = await requireGuild(ctx, guildId);
  assertNativeAutomodRule(spec);
  assertNativeAutomodRoom((await ruleRows(ctx)).map(toSnapshot), spec.trigger.type);
  const id = await ctx.nextId();
  const row: SandboxAutomodRuleTable = {
    id,
    name: spec.name,
    creator_id: creator === 'bot' ? guild.botUserId : guild.ownerId,
    trigger_type: spec.trigger.type,
    trigger: JSON.stringify(spec.trigger),
    actions: JSON.stringify(spec.actions),
    enabled: flag(spec.enabled),
    exempt_roles: JSON.stringify(spec.exemptRoles),
    exempt_channels: JSON.stringify(spec.exemptChannels),
    created_at: ctx.clock.now(),
    sort_key: sortKey(id),
  };
  await ctx.db.insertInto('sandbox_automod_rules').values(row).execute();
  if (creator === 'bot') await recordAudit(ctx, 'auto_moderation_rule_create', id, reason);
  return toSnapshot(row);
}

/**
 * Changes the fields of a rule given in `patch`.
 * @throws InvalidRequest over Discord's limits or for another trigger type
 * @throws SandboxNotFoundError for an unknown rule (Discord's 10066)
 */
export async function editAutoModerationRule(
  ctx: SandboxContext,
  guildId: string,
  ruleId: string,
  patch: NativeAutomodRulePatch,
  reason: string,
): Promise<NativeAutomodRuleSnapshot> {
  await requireGuild(ctx, guildId);
  const current = toSnapshot(await requireRule(ctx, ruleId));
  assertNativeAutomodPatch(patch, current.trigger.type);
  const next = { ...current, ...patch };
  await ctx.db
    .updateTable('sandbox_automod_rules')
    .set({
      name: next.name,
      trigger: JSON.stringify(next.trigger),
      actions: JSON.stringify(next.actions),
      enabled: flag(next.enabled),
      exempt_roles: JSON.stringify(next.exemptRoles),
      exempt_channels: JSON.stringify(next.exemptChannels),
    })
    .where('id', '=', ruleId)
    .execute();
  await recordAudit(ctx, 'auto_moderation_rule_update', ruleId, reason);
  return toSnapshot(await requireRule(ctx, ruleId));
}

/**
 * Deletes a rule.
 * @throws SandboxNotFoundError for an unknown rule (Discord's 10066)
 */
export async function deleteAutoModerationRule(
  ctx: SandboxContext,
  guildId: string,
  ruleId: string,
  reason: string,
): Promise<void> {
  await requireGuild(ctx, guildId);
  await requireRule(ctx, ruleId);
  await ctx.db.deleteFrom('sandbox_automod_rules').where('id', '=', ruleId).execute();
  await recordAudit(ctx, 'auto_moderation_rule_delete', ruleId, reason);
}

async function requireRule(ctx: SandboxContext, ruleId: string): Promise<SandboxAutomodRuleTable> {
  const row = await ctx.db.selectFrom('sandbox_automod_rules').selectAll().where('id', '=', ruleId).executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('auto_moderation_rule', ruleId);
  return row;
}
