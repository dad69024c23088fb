import type { Severity } from '../automodVocabulary.js';
import type { ChannelSnapshot, GuildSnapshot } from '../../../platform/Platform.js';
import type { ModerationContext } from '../ModerationContext.js';

/** The configured channels and roles, resolved against the live guild. */
export interface ModerationPlaces {
  guild: GuildSnapshot;
  /** The mod-log channel, or null when it does not exist (logged). */
  modLog: ChannelSnapshot | null;
  /** Where alerts and appeal notices go (the alert channel, else the mod-log). */
  alerts: ChannelSnapshot | null;
  /** The role an alert of this severity pings, or null. */
  alertRoleId(severity: Severity): string | null;
  /** Role ids of the configured moderator roles. */
  moderatorRoleIds: ReadonlySet<string>;
  /** Role ids of the configured admin roles. */
  adminRoleIds: ReadonlySet<string>;
}

const TEXT_KINDS = new Set(['text', 'announcement']);

/**
 * Resolves the configured names (mod-log, alert channel, alert and moderator roles).
 * A name that matches nothing is logged, and the part that needs it is skipped.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function moderationPlaces(ctx: ModerationContext, guildId: string): Promise<ModerationPlaces> {
  const guild = await ctx.platform.fetchGuild(guildId);
  const { config } = ctx;
  const channel = (name: string): ChannelSnapshot | null => {
    const found = guild.channels.find((c) => (c.name === name || c.id === name) && TEXT_KINDS.has(c.kind));
    if (found === undefined) ctx.log.error({ channel: name }, `moderation: no text channel named "${name}"`);
    return found ?? null;
  };
  const role = (name: string | null): string | null => {
    if (name === null) return null;
    const found = guild.roles.find((r) => r.name === name || r.id === name);
    if (found === undefined) ctx.log.warn({ role: name }, `moderation: no role named "${name}"`);
    return found?.id ?? null;
  };
  const roleSet = (names: readonly string[]): ReadonlySet<string> =>
    new Set(guild.roles.filter((r) => names.includes(r.name) || names.includes(r.id)).map((r) => r.id));
  const modLog = channel(config.modLogChannel);
  return {
    guild,
    modLog,
    alerts: config.alertChannel === null ? modLog : channel(config.alertChannel),
    alertRoleId: (severity) => role(config.alertRoles[severity]),
    moderatorRoleIds: roleSet(config.moderatorRoles),
    adminRoleIds: roleSet(config.adminRoles),
  };
}
