import type { Platform } from '../../platform/Platform.js';

/**
 * The platform methods a unit of work queues in the outbox instead of calling: the effects
 * members see (messages, DMs, roles, sanctions, interaction answers). Reads and the server
 * structure (channels, roles, permissions, verification, native automod rules) are called
 * directly: their results are needed at once and applying them again matches by stored id.
 */
export const OUTBOX_ACTIONS = [
  'sendMessage',
  'sendDirectMessage',
  'editMessage',
  'deleteMessage',
  'editThread',
  'addRole',
  'removeRole',
  'timeoutMember',
  'kickMember',
  'banMember',
  'unbanMember',
  'respondToInteraction',
  'showModal',
] as const satisfies readonly (keyof Platform)[];

export type OutboxAction = (typeof OUTBOX_ACTIONS)[number];

/** True for a stored action name this version can carry out. */
export function isOutboxAction(name: string): name is OutboxAction {
  return (OUTBOX_ACTIONS as readonly string[]).includes(name);
}

/**
 * Carries out one queued action on the real platform.
 * @param platform - the platform adapter (not the outbox wrapper)
 * @param action - the method
 * @param args - its arguments as queued
 */
export async function perform(platform: Platform, action: OutboxAction, args: readonly unknown[]): Promise<unknown> {
  const method = platform[action].bind(platform) as (...a: unknown[]) => Promise<unknown>;
  return method(...args);
}
