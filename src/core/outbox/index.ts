export { Outbox, type OutboxEntry, type OutboxRow } from './Outbox.js';
export { OUTBOX_ACTIONS, type OutboxAction } from './outboxActions.js';
export { OutboxDispatcher, type OutboxDispatcherOptions } from './OutboxDispatcher.js';
export { outboxRef } from './outboxJson.js';
export { OutboxPlatform } from './OutboxPlatform.js';
export {
  DEFERRED_ANSWER_BELOW,
  INTERACTION_DEFER_AFTER_MS,
  InteractionAnswers,
  MODAL_AFTER_DEFER,
  type InteractionAnswersOptions,
} from './InteractionAnswers.js';
