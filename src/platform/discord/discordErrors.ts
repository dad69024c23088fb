import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import {
  Forbidden,
  InvalidRequest,
  NotFound,
  PlatformError,
  RateLimited,
  type PlatformResource,
} from '../PlatformError.js';

/** Discord's "Unknown …" JSON error codes and the resource each is about. */
const UNKNOWN_RESOURCES: ReadonlyMap<number, PlatformResource> = new Map([
  [RESTJSONErrorCodes.UnknownChannel, 'channel'],
  [RESTJSONErrorCodes.UnknownGuild, 'guild'],
  [RESTJSONErrorCodes.UnknownInvite, 'invite'],
  [RESTJSONErrorCodes.UnknownMember, 'member'],
  [RESTJSONErrorCodes.UnknownMessage, 'message'],
  [RESTJSONErrorCodes.UnknownRole, 'role'],
  [RESTJSONErrorCodes.UnknownUser, 'user'],
  [RESTJSONErrorCodes.UnknownBan, 'ban'],
  [RESTJSONErrorCodes.UnknownInteraction, 'interaction'],
  [RESTJSONErrorCodes.UnknownGuildScheduledEvent, 'scheduled_event'],
]);

/** Route segments followed by an id, and the resource that id names. */
const ROUTE_RESOURCES: ReadonlyMap<string, PlatformResource> = new Map([
  ['guilds', 'guild'],
  ['channels', 'channel'],
  ['messages', 'message'],
  ['members', 'member'],
  ['roles', 'role'],
  ['bans', 'ban'],
  ['invites', 'invite'],
  ['users', 'user'],
  ['interactions', 'interaction'],
  ['rules', 'auto_moderation_rule'],
  ['scheduled-events', 'scheduled_event'],
]);

/** Codes that mean the bot may not do this, whatever the HTTP status. */
const FORBIDDEN_CODES: readonly number[] = [
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
];

/**
 * Turns what discord.js's REST client threw into the platform's typed error: 404 or an
 * "Unknown …" code (10xxx) → {@link NotFound} naming the resource and id (from the code,
 * else from the route); 403, 50001, 50013 or 50007 → {@link Forbidden}; 429 or a
 * `RateLimitError` → {@link RateLimited}; 400 or 50035 → {@link InvalidRequest}. Discord's
 * code is kept in `code`, the original error in `cause`. Anything else (5xx after discord.js's
 * retries, network errors) is returned unchanged.
 * @param error - anything thrown by a REST call
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#http-http-response-codes
 */
export function toPlatformError(error: unknown): unknown {
  if (error instanceof PlatformError) return error;
  if (error instanceof RateLimitError) {
    return new RateLimited(`Rate limited: ${error.method.toUpperCase()} ${error.route}`, error.retryAfter, {
      cause: error,
    });
  }
  if (!(error instanceof DiscordAPIError) && !(error instanceof HTTPError)) return error;
  const code = error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : null;
  const options = { cause: error };
  if (error.status === 404 || (code !== null && code >= 10_000 && code < 20_000)) {
    const [resource, id] = notFoundTarget(code, error.url);
    return new NotFound(resource, id, code, options);
  }
  if (error.status === 403 || (code !== null && FORBIDDEN_CODES.includes(code))) {
    return new Forbidden(error.message, code, options);
  }
  if (error.status === 429) return new RateLimited(error.message, retryAfterMs(error), options);
  if (error.status === 400 || code === RESTJSONErrorCodes.InvalidFormBodyOrContentType) {
    return new InvalidRequest(error.message, code, options);
  }
  return error;
}

/**
 * Whether `error` carries one of Discord's JSON error `codes` (a mapped {@link PlatformError}
 * or discord.js's own error).
 * @param error - anything thrown by a REST call
 * @param codes - JSON error codes, e.g. 50007 (Cannot send messages to this user)
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export function hasDiscordErrorCode(error: unknown, ...codes: number[]): boolean {
  const code = error instanceof PlatformError || error instanceof DiscordAPIError ? error.code : null;
  return typeof code === 'number' && codes.includes(code);
}

/**
 * What a 404 was about: the code's resource and its id in the route, else the route's
 * innermost resource (`/guilds/1/bans/2` → ban 2).
 */
function notFoundTarget(code: number | null, url: string): [PlatformResource, string] {
  const targets = routeTargets(url);
  const innermost = targets.at(-1);
  const resource = (code === null ? undefined : UNKNOWN_RESOURCES.get(code)) ?? innermost?.[0] ?? 'unknown';
  const own = targets.find(([kind]) => kind === resource);
  // Unknown User on a member or ban route names the user in that segment.
  const user = resource === 'user' ? targets.find(([kind]) => kind === 'member' || kind === 'ban') : undefined;
  return [resource, (own ?? user ?? innermost)?.[1] ?? ''];
}

/** The `(resource, id)` pairs of a request URL, outermost first. */
function routeTargets(url: string): [PlatformResource, string][] {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Already a path.
  }
  const segments =
    path
      .split('?')[0]
      ?.split('/')
      .filter((segment) => segment !== '') ?? [];
  const targets: [PlatformResource, string][] = [];
  segments.forEach((segment, i) => {
    const resource = ROUTE_RESOURCES.get(segment);
    const id = segments[i + 1];
    if (resource !== undefined && id !== undefined) targets.push([resource, decodeURIComponent(id)]);
  });
  return targets;
}

/** `retry_after` (seconds) of a 429 body, in ms; 0 when absent. */
function retryAfterMs(error: DiscordAPIError | HTTPError): number {
  if (!(error instanceof DiscordAPIError) || !('retry_after' in error.rawError)) return 0;
  const retry = error.rawError.retry_after;
  return typeof retry === 'number' ? Math.ceil(retry * 1000) : 0;
}
