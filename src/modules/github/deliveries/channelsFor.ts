import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { GithubContext } from '../GithubContext.js';
import type { DeliveryRoute } from './deliveriesConfig.js';
import type { GithubDelivery } from './GithubDelivery.js';
import { matchRoutes } from './routeMatching.js';

/** Channel kinds a notice may be posted in. */
const POSTABLE = new Set(['text', 'announcement', 'forum']);

/** A matched route with the channel its name resolved to. */
export interface RouteTarget {
  route: DeliveryRoute;
  channel: ChannelSnapshot;
}

/** The routes taking a delivery with their channels, or why there are none. */
export type Targets = { targets: RouteTarget[]; reason: string | null };

/**
 * The channel a route names (`development`, `#development` or an id) on the server, or undefined.
 * @param channels - the guild's channels
 * @param wanted - the route's `channel`
 */
export function channelNamed(channels: readonly ChannelSnapshot[], wanted: string): ChannelSnapshot | undefined {
  const name = wanted.replace(/^#/, '').toLowerCase();
  return channels.find((c) => POSTABLE.has(c.kind) && (c.id === wanted || c.name.toLowerCase() === name));
}

/**
 * The routes taking a delivery, each with its channel, one per channel (the first route naming
 * it wins). A route whose channel is missing is left out and logged; the reason says so when no
 * route is left.
 * @param ctx - module context
 * @param guildId - the guild
 * @param delivery - the normalised delivery
 */
export async function routeTargets(ctx: GithubContext, guildId: string, delivery: GithubDelivery): Promise<Targets> {
  const match = matchRoutes(ctx.config.deliveries, delivery);
  if (match.routes.length === 0) return { targets: [], reason: match.reason };
  const guild = await ctx.platform.fetchGuild(guildId);
  const targets: RouteTarget[] = [];
  const missing: string[] = [];
  for (const route of match.routes) {
    const channel = channelNamed(guild.channels, route.channel);
    if (channel === undefined) missing.push(route.channel);
    else if (!targets.some((t) => t.channel.id === channel.id)) targets.push({ route, channel });
  }
  if (missing.length > 0) {
    ctx.log.warn(
      { deliveryId: delivery.deliveryId, channels: missing },
      'github: a route names a channel the server lacks',
    );
  }
  return { targets, reason: targets.length > 0 ? null : `no channel ${missing.join(', ')} on the server` };
}

/**
 * The channel (or forum) ids a delivery is routed to under the deliveries config's routes,
 * after the filters (repository, event and action, branch, label, author, bots). Empty when no
 * route takes it.
 * @param ctx - module context
 * @param guildId - the guild
 * @param delivery - the normalised delivery
 */
export async function channelsFor(ctx: GithubContext, guildId: string, delivery: GithubDelivery): Promise<string[]> {
  return (await routeTargets(ctx, guildId, delivery)).targets.map((t) => t.channel.id);
}
