import { z } from 'zod';
import type { SandboxPoll } from '../../../platform/sandbox/pollActions.js';
import type { SameType } from './sameType.js';
import { SandboxMessageSchema } from './sandboxViewSchemas.js';

/** A message's native poll as the sandbox API shows it (src/platform/sandbox/pollActions.ts). */
export const SandboxPollSchema = z.object({
  messageId: z.string(),
  channelId: z.string(),
  question: z.string(),
  answers: z.array(z.string()).describe('The answers in order (answer 0 is the first).'),
  allowMultiselect: z.boolean().describe('Whether a member may pick several answers.'),
  expiresAt: z.number().describe('When it ends (ms since the epoch); ended polls: when it ended.'),
  finalized: z.boolean().describe('It has ended: the counts are final and nobody can vote.'),
  counts: z.array(z.number()).describe('Votes per answer, in the order of `answers`.'),
});

/** A channel message with its native poll (null when it carries none). */
export const MessageWithPollSchema = SandboxMessageSchema.extend({
  poll: SandboxPollSchema.nullable().describe("The message's native poll (Discord's `poll`), or null."),
});

/** A channel message with its native poll, as the message list and the vote route answer it. */
export type MessageWithPoll = z.infer<typeof MessageWithPollSchema>;

/** A member's vote: the answers they pick (none takes their vote back). */
export const PollVoteBodySchema = z.strictObject({
  userId: z.string().min(1).max(64),
  answers: z
    .array(z.number().int().min(0).max(9))
    .max(10)
    .describe('Answer indexes from 0; [] removes the vote; several only on a multiselect poll.'),
});

// The schema is exactly the sandbox type: a key missing here would be stripped from replies.
export const pollSchemasMatch: SameType<z.infer<typeof SandboxPollSchema>, SandboxPoll> = true;
