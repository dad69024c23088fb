import { INVITE_PAUSE_MAX_MS, TIMEOUT_CAP_MS } from '../../platform/discordLimits.js';

/**
 * How far ahead one application of a timeout ends at most: a minute under Discord's 28-day
 * cap (so clock drift never gets it refused). A longer timeout is applied in stretches.
 */
export const TIMEOUT_STRETCH_MS = TIMEOUT_CAP_MS - 60_000;
/** A long timeout's next stretch is applied this long before the current one ends. */
export const TIMEOUT_RENEW_MARGIN_MS = 60 * 60_000;

/** How far ahead one invite pause ends at most: a minute under Discord's 24-hour cap. */
export const INVITE_PAUSE_STRETCH_MS = INVITE_PAUSE_MAX_MS - 60_000;
/** A lockdown's invite pause is re-applied this long before the current one ends. */
export const INVITE_PAUSE_RENEW_MARGIN_MS = 10 * 60_000;
