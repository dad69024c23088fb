import type { GithubContext } from '../GithubContext.js';
import type { GithubDelivery } from './GithubDelivery.js';

/**
 * The channel (or forum thread) ids a delivery is routed to under the deliveries config's
 * routes, after the filters (repository, event and action, branch, label, author, bots). Empty
 * when no route takes it. (Deliveries part; placeholder until built.)
 * @param ctx - module context
 * @param guildId - the guild
 * @param delivery - the normalised delivery
 */
export const channelsFor: (ctx: GithubContext, guildId: string, delivery: GithubDelivery) => Promise<string[]> = () =>
  Promise.resolve([]);
