import type { GuildSnapshot, NativeAutomodAction, NativeAutomodRuleSpec } from '../../../platform/Platform.js';
import type { AutomodConfig } from '../AutomodConfig.js';
import { channelIds, roleIds } from '../conditions/resolveNames.js';
import { nativeRuleSources } from './nativeRuleSources.js';

/** Discord's caps on a rule's exemptions. */
const EXEMPT_ROLES = 20;
const EXEMPT_CHANNELS = 50;

/** The native rules Guildhall wants in a guild, and what it could not express. */
export interface NativeRulePlan {
  specs: NativeAutomodRuleSpec[];
  /** Things left out that a moderator should know (exemptions over Discord's caps, an unknown alert channel). */
  warnings: string[];
  /** Parts of the configuration Guildhall keeps enforcing alone. */
  notes: string[];
}

/**
 * The native rules for a guild: each source with Guildhall's actions (block with
 * `blockMessage`, alert in `alertChannel`, Discord's timeout when `timeout` is set, on the
 * rules that can have one) and automod's exempt roles and channels resolved to ids (the
 * channels of an exempt category included), cut to Discord's 20 roles and 50 channels.
 * @param config - the parsed `automod:` section
 * @param guild - the guild's channels and roles
 */
export function planNativeRules(config: AutomodConfig, guild: GuildSnapshot): NativeRulePlan {
  const { native } = config;
  const { sources, notes } = nativeRuleSources(config);
  const warnings: string[] = [];
  const roles = [...roleIds(guild, config.exemptRoles)];
  const channels = [...channelIds(guild, config.exemptChannels)];
  if (roles.length > EXEMPT_ROLES) {
    warnings.push(
      `Discord exempts at most ${EXEMPT_ROLES} roles: ${roles.length - EXEMPT_ROLES} exempt roles left out`,
    );
  }
  if (channels.length > EXEMPT_CHANNELS) {
    warnings.push(
      `Discord exempts at most ${EXEMPT_CHANNELS} channels: ${channels.length - EXEMPT_CHANNELS} exempt channels left out`,
    );
  }
  let alertChannelId: string | null = null;
  if (native.alertChannel !== null) {
    const wanted = native.alertChannel.replace(/^#/, '');
    const found = guild.channels.find(
      (c) => (c.name === wanted || c.id === wanted) && (c.kind === 'text' || c.kind === 'announcement'),
    );
    if (found === undefined) warnings.push(`alert channel "${native.alertChannel}" not found: no native alerts`);
    alertChannelId = found?.id ?? null;
  }
  const specs = sources.map((source): NativeAutomodRuleSpec => {
    const actions: NativeAutomodAction[] = [{ type: 'block_message', customMessage: native.blockMessage }];
    if (alertChannelId !== null) actions.push({ type: 'send_alert_message', channelId: alertChannelId });
    const type = source.trigger.type;
    if (native.timeout !== null && (type === 'keyword' || type === 'mention_spam')) {
      actions.push({ type: 'timeout', durationSeconds: Math.round(native.timeout / 1000) });
    }
    return {
      name: source.name,
      trigger: source.trigger,
      actions,
      enabled: true,
      exemptRoles: roles.slice(0, EXEMPT_ROLES),
      exemptChannels: channels.slice(0, EXEMPT_CHANNELS),
    };
  });
  return { specs, warnings, notes };
}
