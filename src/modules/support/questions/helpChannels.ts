import type { ChannelSnapshot, GuildSnapshot } from '../../../platform/Platform.js';
import { currentUnit, type Unit } from '../../../store/unitOfWork/index.js';
import type { SupportContext } from '../SupportContext.js';

/** The guild's help channels (`support.helpChannels`) and its snapshot. */
export interface HelpChannels {
  guild: GuildSnapshot;
  /** The help forums and text channels found, by id (names the guild lacks are left out). */
  byId: ReadonlyMap<string, ChannelSnapshot>;
}

/**
 * Help channels found in a unit of work, by guild: a batch of messages handled in one unit
 * asks the platform for the guild once, not once per message (the channels a unit's handlers
 * create only exist once it commits, so the answer holds for the whole unit).
 */
const foundInUnit = new WeakMap<Unit, Map<string, Promise<HelpChannels>>>();

/**
 * The help forums and help text channels named in `support.helpChannels`, looked up by name
 * (`guildhall check` reports names the guild lacks). Empty when the list is empty.
 * @param ctx - module context
 * @param guildId - the guild
 */
export function helpChannels(ctx: SupportContext, guildId: string): Promise<HelpChannels> {
  const unit = currentUnit();
  if (unit === undefined) return findHelpChannels(ctx, guildId);
  let found = foundInUnit.get(unit);
  if (found === undefined) {
    found = new Map();
    foundInUnit.set(unit, found);
  }
  const known = found.get(guildId);
  if (known !== undefined) return known;
  const finding = findHelpChannels(ctx, guildId);
  found.set(guildId, finding);
  // A failed lookup is not kept: the next message asks again.
  finding.catch(() => found.delete(guildId));
  return finding;
}

async function findHelpChannels(ctx: SupportContext, guildId: string): Promise<HelpChannels> {
  const guild = await ctx.platform.fetchGuild(guildId);
  const names = new Set(ctx.config.helpChannels);
  const found = guild.channels.filter(
    (channel) => names.has(channel.name) && ['forum', 'text', 'announcement'].includes(channel.kind),
  );
  return { guild, byId: new Map(found.map((channel) => [channel.id, channel])) };
}

/**
 * True when the module tracks questions at all (`support.enabled` and some help channel).
 * @param ctx - module context
 */
export function supportActive(ctx: SupportContext): boolean {
  return ctx.config.enabled && ctx.config.helpChannels.length > 0;
}
