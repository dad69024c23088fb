import type { EventsContext } from '../EventsContext.js';

/**
 * Runs a step whose failure must not undo what was recorded before it (an announcement, a
 * notice to attendees, a Discord call): logs the failure and answers the fallback. The next
 * programme sync retries what is still missing (a row without a Discord event).
 * @param ctx - module context
 * @param what - what the step does, for the log
 * @param step - the step
 * @param fallback - answered when the step fails
 */
export async function bestEffort<T>(ctx: EventsContext, what: string, step: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    ctx.log.warn({ err: error instanceof Error ? error.message : String(error) }, `events: ${what} failed`);
    return fallback;
  }
}
