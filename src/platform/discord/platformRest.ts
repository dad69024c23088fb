import type { REST } from 'discord.js';
import { toPlatformError } from './discordErrors.js';

/** The REST calls the Discord adapter makes: discord.js's, failing with typed platform errors. */
export type PlatformRest = Pick<REST, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

/**
 * Wraps discord.js's REST client so that every failure is mapped once, by
 * {@link toPlatformError} (NotFound, Forbidden, RateLimited, InvalidRequest). Every request
 * of the Discord adapter goes through it; rate limits are still queued and retried by discord.js.
 * @param rest - discord.js's REST client
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#http
 */
export function platformRest(rest: REST): PlatformRest {
  const mapped = async (request: Promise<unknown>): Promise<unknown> => {
    try {
      return await request;
    } catch (error) {
      throw toPlatformError(error);
    }
  };
  return {
    get: (route, options) => mapped(rest.get(route, options)),
    post: (route, options) => mapped(rest.post(route, options)),
    put: (route, options) => mapped(rest.put(route, options)),
    patch: (route, options) => mapped(rest.patch(route, options)),
    delete: (route, options) => mapped(rest.delete(route, options)),
  };
}
