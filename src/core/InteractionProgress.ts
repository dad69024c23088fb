import type { InteractionReply } from '../platform/Platform.js';

/**
 * What a command or component handler may do before it returns its answer, for work that takes
 * long (the router defers by itself after 2 s anyway). Both are sent at once, outside the
 * handler's unit of work, and never throw (a failure is logged); the answer the handler returns
 * replaces what they showed.
 */
export interface InteractionProgress {
  /** Acknowledges the interaction now ("Guildhall is thinking…"), the answer to be ephemeral. */
  defer(): void;
  /**
   * Shows `reply` as the answer so far (an edit of the deferred reply, deferring first): e.g.
   * "Locked 40 of 300 channels…". Keep it to one a second or less (Discord's rate limits).
   */
  update(reply: InteractionReply): void;
}

/** Progress that goes nowhere (a handler run outside the router, e.g. in a unit test). */
export const NO_PROGRESS: InteractionProgress = {
  defer: () => undefined,
  update: () => undefined,
};
