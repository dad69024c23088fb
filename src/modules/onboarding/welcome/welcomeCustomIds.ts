/** Every custom id of the welcome's components starts with this (the module's router prefix). */
export const WELCOME_PREFIX = 'onboarding:welcome:';

/** What a welcome component does when pressed. */
export type WelcomeAction =
  | { kind: 'type'; userId: string; typeId: string }
  | { kind: 'types'; userId: string }
  | { kind: 'rules'; userId: string }
  | { kind: 'dms'; userId: string };

/**
 * The custom id of a welcome component: `onboarding:welcome:<kind>:<member id>[:<type id>]`,
 * so the handler knows whose welcome it is (at most 19 + 6 + 20 + 33 characters, under
 * Discord's 100).
 * @param action - what the component does and for whom
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
export function welcomeCustomId(action: WelcomeAction): string {
  const base = `${WELCOME_PREFIX}${action.kind}:${action.userId}`;
  return action.kind === 'type' ? `${base}:${action.typeId}` : base;
}

/**
 * Reads a welcome component's custom id back.
 * @param customId - from the interaction
 * @returns null when it is not one of the welcome's
 */
export function parseWelcomeCustomId(customId: string): WelcomeAction | null {
  if (!customId.startsWith(WELCOME_PREFIX)) return null;
  const [kind, userId, typeId, ...rest] = customId.slice(WELCOME_PREFIX.length).split(':');
  if (userId === undefined || !/^\d{1,20}$/.test(userId) || rest.length > 0) return null;
  if (kind === 'type') return typeId === undefined || typeId === '' ? null : { kind, userId, typeId };
  if (typeId !== undefined) return null;
  if (kind === 'types' || kind === 'rules' || kind === 'dms') return { kind, userId };
  return null;
}
