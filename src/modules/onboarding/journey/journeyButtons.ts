import type { ActionRow } from '../../../platform/Platform.js';

/** Custom id prefix of the "Stop these tips" button; the member's id follows. */
export const STOP_BUTTON_PREFIX = 'onboarding:journey:stop:';

/** Custom id prefix of the "No more DMs" button (journey DMs only); the member's id follows. */
export const DMS_OFF_BUTTON_PREFIX = 'onboarding:journey:dms-off:';

/**
 * The opt-out row under every journey message: "Stop these tips", and in a DM also "No more
 * DMs" (the member keeps the tips, in the channel or their thread).
 * @param userId - the member the message is for (only they may press)
 * @param inDirectMessage - the message goes by DM
 */
export function journeyButtons(userId: string, inDirectMessage: boolean): ActionRow[] {
  const stop = {
    kind: 'button',
    customId: `${STOP_BUTTON_PREFIX}${userId}`,
    label: 'Stop these tips',
    style: 'secondary',
  } as const;
  const dmsOff = {
    kind: 'button',
    customId: `${DMS_OFF_BUTTON_PREFIX}${userId}`,
    label: 'No more DMs',
    style: 'secondary',
  } as const;
  return [{ components: inDirectMessage ? [stop, dmsOff] : [stop] }];
}

/**
 * The member id a journey button carries, or null when the custom id is not one of `prefix`.
 * @param customId - the pressed button's custom id
 * @param prefix - {@link STOP_BUTTON_PREFIX} or {@link DMS_OFF_BUTTON_PREFIX}
 */
export function buttonMemberId(customId: string, prefix: string): string | null {
  if (!customId.startsWith(prefix)) return null;
  const userId = customId.slice(prefix.length);
  return /^\d{1,25}$/.test(userId) ? userId : null;
}
