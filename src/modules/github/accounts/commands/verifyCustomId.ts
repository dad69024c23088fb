/** The custom id of the Verify button under a `/github link` answer (the member is who presses it). */
export const VERIFY_CUSTOM_ID = 'github:accounts-verify';
