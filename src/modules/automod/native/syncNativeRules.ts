import { errorMessage } from '../../../core/errors.js';
import { assertNativeAutomodRoom } from '../../../platform/nativeAutomodLimits.js';
import type { NativeAutomodRuleSnapshot, NativeAutomodRuleSpec } from '../../../platform/Platform.js';
import type { AutomodContext } from '../AutomodContext.js';
import { NATIVE_RULE_PREFIX } from './nativeRuleSources.js';
import { planNativeRules, type NativeRulePlan } from './planNativeRules.js';

/** What a sync changed, by rule name. */
export interface NativeSyncResult {
  created: string[];
  edited: string[];
  deleted: string[];
  /** Rules Guildhall wanted but could not create or change (logged with the reason). */
  failed: string[];
}

const REASON = 'Guildhall automod: native AutoMod rules follow community.yaml';

/**
 * Makes the guild's native AutoMod rules named `Guildhall: …` match the configuration:
 * creates the missing ones, edits the changed ones (deleting and creating one whose trigger
 * type changed), deletes the ones no longer wanted, and leaves every other rule alone. A
 * second run with the same configuration only lists. Failures (no Manage Server permission,
 * a trigger type the community already uses up) are logged, never thrown.
 * @param ctx - module context
 * @param guildId - the guild
 * @returns what changed, or null when off or the rules could not be read
 */
export async function syncNativeRules(ctx: AutomodContext, guildId: string): Promise<NativeSyncResult | null> {
  if (!ctx.config.enabled || !ctx.config.native.enabled) return null;
  let existing: NativeAutomodRuleSnapshot[];
  let plan: NativeRulePlan;
  try {
    plan = planNativeRules(ctx.config, await ctx.platform.fetchGuild(guildId));
    existing = await ctx.platform.listAutoModerationRules(guildId);
  } catch (error) {
    ctx.log.warn(
      { err: error },
      'automod: cannot read native AutoMod rules (does the bot have Manage Server?); Guildhall keeps enforcing its rules after posting',
    );
    return null;
  }
  for (const warning of plan.warnings) ctx.log.warn(`automod: native AutoMod: ${warning}`);
  for (const note of plan.notes) ctx.log.info(`automod: native AutoMod: ${note}`);

  const result: NativeSyncResult = { created: [], edited: [], deleted: [], failed: [] };
  const wanted = new Map(plan.specs.map((spec) => [spec.name, spec]));
  const kept = new Map<string, NativeAutomodRuleSnapshot>();
  const others = existing.filter((rule) => !rule.name.startsWith(NATIVE_RULE_PREFIX));
  const attempt = async (name: string, write: () => Promise<void>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      result.failed.push(name);
      ctx.log.warn(
        { err: error, rule: name },
        `automod: native AutoMod rule "${name}" not synced: ${errorMessage(error)}`,
      );
    }
  };

  for (const rule of existing.filter((r) => r.name.startsWith(NATIVE_RULE_PREFIX))) {
    const spec = wanted.get(rule.name);
    if (spec !== undefined && !kept.has(rule.name) && spec.trigger.type === rule.trigger.type) {
      kept.set(rule.name, rule);
      continue;
    }
    await attempt(rule.name, async () => {
      await ctx.platform.deleteAutoModerationRule(guildId, rule.id, REASON);
      result.deleted.push(rule.name);
    });
  }
  for (const [name, rule] of kept) {
    const spec = wanted.get(name);
    if (spec === undefined || sameRule(rule, spec)) continue;
    await attempt(name, async () => {
      kept.set(name, await ctx.platform.editAutoModerationRule(guildId, rule.id, spec, REASON));
      result.edited.push(name);
    });
  }
  for (const spec of plan.specs.filter((s) => !kept.has(s.name))) {
    await attempt(spec.name, async () => {
      assertNativeAutomodRoom([...others, ...kept.values()], spec.trigger.type);
      kept.set(spec.name, await ctx.platform.createAutoModerationRule(guildId, spec, REASON));
      result.created.push(spec.name);
    });
  }

  ctx.state.nativeRules.remember([...others, ...kept.values()]);
  if (result.created.length + result.edited.length + result.deleted.length > 0) {
    ctx.log.info(result, 'automod: native AutoMod rules synced');
  }
  return result;
}

/**
 * Whether a rule already is what the spec asks (exemptions compared as sets).
 * @param rule - the rule as listed
 * @param spec - the rule wanted
 */
export function sameRule(rule: NativeAutomodRuleSnapshot, spec: NativeAutomodRuleSpec): boolean {
  const sorted = (ids: readonly string[]): string => [...ids].sort().join(',');
  return (
    rule.name === spec.name &&
    rule.enabled === spec.enabled &&
    canonical(rule.trigger) === canonical(spec.trigger) &&
    canonical(rule.actions) === canonical(spec.actions) &&
    sorted(rule.exemptRoles) === sorted(spec.exemptRoles) &&
    sorted(rule.exemptChannels) === sorted(spec.exemptChannels)
  );
}

/** JSON with object keys sorted, so equal values compare equal whatever built them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
