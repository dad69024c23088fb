import { PlatformRuleError } from '../core/errors.js';

/**
 * Typed errors both platforms (Discord and the sandbox) throw, so modules decide on the kind
 * of failure instead of reading messages: `isNotFound(error, 'ban')`, `error instanceof Forbidden`.
 * The Discord adapter maps every REST failure in one place (`discord/discordErrors.ts`); the
 * sandbox throws the same classes for the same refusals, with Discord's codes where it has one.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */

/** What a lookup or action was about. */
export type PlatformResource =
  | 'guild'
  | 'user'
  | 'member'
  | 'role'
  | 'channel'
  | 'message'
  | 'ban'
  | 'invite'
  | 'interaction'
  | 'attachment'
  | 'auto_moderation_rule'
  | 'scheduled_event'
  | 'unknown';

/**
 * Base class: every error a platform throws on purpose. It extends core's
 * `PlatformRuleError` so that code treating any refusal by the platform alike (the sandbox
 * API's 422) keeps doing so. `name` is the concrete class's (`NotFound`, `Forbidden` …) at
 * run time, though typed as the base's: test with `instanceof` or {@link isNotFound}.
 */
export abstract class PlatformError extends PlatformRuleError {
  /** Discord's JSON error code when there was one (10026 Unknown Ban…), else null. */
  readonly code: number | null;

  /**
   * @param message - for people and logs
   * @param code - Discord's JSON error code, when known
   * @param options - `cause`: the error it was mapped from (discord.js's)
   */
  constructor(message: string, code: number | null = null, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    Object.defineProperty(this, 'name', { value: new.target.name, writable: true, configurable: true });
  }
}

/** The thing acted on does not exist (Discord 404 / 10xxx "Unknown …"). */
export class NotFound extends PlatformError {
  readonly resource: PlatformResource;
  readonly id: string;

  /**
   * @param resource - what was looked up
   * @param id - the id that matched nothing
   * @param code - Discord's JSON error code, when known
   * @param options - `cause`: the error it was mapped from
   */
  constructor(resource: PlatformResource, id: string, code: number | null = null, options?: ErrorOptions) {
    const words = resource.split('_').map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
    super(`Unknown ${words.join(' ')}: ${id}`, code, options);
    this.resource = resource;
    this.id = id;
  }
}

/** The bot may not do this: missing permission, role hierarchy, DMs closed (Discord 403 / 50001, 50013, 50007). */
export class Forbidden extends PlatformError {}

/** Rate limited past what the REST client retries; `retryAfterMs` says when to try again. */
export class RateLimited extends PlatformError {
  readonly retryAfterMs: number;

  /**
   * @param message - for people and logs
   * @param retryAfterMs - how long to wait
   * @param options - `cause`: the error it was mapped from
   */
  constructor(message: string, retryAfterMs: number, options?: ErrorOptions) {
    super(message, null, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request broke one of Discord's rules (400 / 50035 Invalid Form Body, limits). */
export class InvalidRequest extends PlatformError {}

/**
 * True when `error` says the resource does not exist.
 * @param error - anything thrown by a platform
 * @param resource - only this kind of resource (any when omitted)
 */
export function isNotFound(error: unknown, resource?: PlatformResource): error is NotFound {
  return error instanceof NotFound && (resource === undefined || error.resource === resource);
}
