import type { TriggerPart } from '../parts/TriggerPart.js';
import { capsFloodTrigger } from './capsFloodTrigger.js';
import { duplicateContentTrigger } from './duplicateContentTrigger.js';
import { emojiFloodTrigger } from './emojiFloodTrigger.js';
import { inviteLinkTrigger } from './inviteLinkTrigger.js';
import { joinRateTrigger } from './joinRateTrigger.js';
import { linkTrigger } from './linkTrigger.js';
import { mentionSpamTrigger } from './mentionSpamTrigger.js';
import { messageRateTrigger } from './messageRateTrigger.js';
import { newAccountTrigger } from './newAccountTrigger.js';
import { phishingLinkTrigger } from './phishingLinkTrigger.js';
import { selfPromotionTrigger } from './selfPromotionTrigger.js';
import { spamClassifierTrigger } from './spamClassifierTrigger.js';
import { wordFilterTrigger } from './wordFilterTrigger.js';

/** Every trigger, in the order the docs list them. Ids are stable forever. */
export const triggerParts: readonly [TriggerPart, ...TriggerPart[]] = [
  messageRateTrigger,
  duplicateContentTrigger,
  linkTrigger,
  phishingLinkTrigger,
  inviteLinkTrigger,
  mentionSpamTrigger,
  wordFilterTrigger,
  selfPromotionTrigger,
  spamClassifierTrigger,
  capsFloodTrigger,
  emojiFloodTrigger,
  joinRateTrigger,
  newAccountTrigger,
];
