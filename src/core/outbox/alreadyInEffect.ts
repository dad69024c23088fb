import { DISCORD_ERROR_CODES } from '../../platform/discordErrorCodes.js';
import { isNotFound, PlatformError } from '../../platform/PlatformError.js';
import type { OutboxAction } from './outboxActions.js';

/**
 * True when the platform refused an action because it had already taken effect: carried out
 * before a crash stopped the outbox from marking it done, then tried again. The interaction
 * was answered, the message is gone, the ban lifted, the member already kicked. Such an action
 * is done, not failed.
 * @param action - the action tried again
 * @param error - what the platform threw
 */
export function alreadyInEffect(action: OutboxAction, error: unknown): boolean {
  switch (action) {
    case 'respondToInteraction':
    case 'showModal':
      return error instanceof PlatformError && error.code === DISCORD_ERROR_CODES.interactionAlreadyAcknowledged;
    case 'deleteMessage':
      return isNotFound(error, 'message');
    case 'unbanMember':
      return isNotFound(error, 'ban');
    case 'kickMember':
      return isNotFound(error, 'member');
    case 'sendMessage':
    case 'sendDirectMessage':
    case 'editMessage':
    case 'editThread':
    case 'addRole':
    case 'removeRole':
    case 'timeoutMember':
    case 'banMember':
      // Idempotent by themselves: a message by its nonce, an edit and the others in effect.
      return false;
  }
}
