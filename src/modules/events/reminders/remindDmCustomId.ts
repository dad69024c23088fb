/** Prefix of the reminders' components. */
export const REMINDERS_PREFIX = 'events:reminders:';

/**
 * The "Remind me by DM" button under every announcement: one custom id for all events,
 * since the choice is the member's, not the event's. Pressing it switches DM reminders on,
 * or off when they were on.
 */
export const REMIND_DM_CUSTOM_ID = `${REMINDERS_PREFIX}dm`;
