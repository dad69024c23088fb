import type { SupportPart } from '../SupportPart.js';
import { questionMessageCreated } from './messageCreated.js';
import { threadCreated } from './threadCreated.js';
import { threadUpdated } from './threadUpdated.js';

/**
 * The questions part of the support module: posts in help forums and threads in help channels
 * become questions (`thread.created`; a top-level message in a help text channel gets its
 * thread with `autoThread`), their messages are recorded (text, activity, participants, the
 * first response by someone other than the asker), and tags changed on Discord are followed
 * (`thread.updated`; the solved tag put on by hand marks the question solved).
 */
export const questionsPart: SupportPart = {
  on: {
    'thread.created': threadCreated,
    'message.created': questionMessageCreated,
    'thread.updated': threadUpdated,
  },
};
