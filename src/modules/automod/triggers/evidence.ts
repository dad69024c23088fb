import type { EvidenceMessage } from '../automodEvents.js';
import type { RecentMessage } from '../memory/GuildMemory.js';
import type { MessageFacts, MessageRef } from '../parts/TriggerPart.js';

/** Longest content kept in a case's evidence (Discord's message limit). */
const MAX_EVIDENCE_CONTENT = 2000;

/**
 * A copy of a message for a case's evidence.
 * @param message - the message being judged or one remembered
 */
export function evidenceOf(message: MessageFacts | RecentMessage): EvidenceMessage {
  return {
    messageId: message.messageId,
    channelId: message.channelId,
    authorId: message.authorId,
    content: message.text.raw.slice(0, MAX_EVIDENCE_CONTENT),
    postedAt: message.at,
  };
}

/**
 * The reference to delete a message.
 * @param message - any message with channel and id
 */
export function refOf(message: { channelId: string; messageId: string }): MessageRef {
  return { channelId: message.channelId, messageId: message.messageId };
}

/**
 * The detection of a content trigger: this one message is the evidence and the offence.
 * @param facts - the message
 * @param reason - what was found
 */
export function singleMessageDetection(
  facts: MessageFacts,
  reason: string,
): { reason: string; evidence: EvidenceMessage[]; offending: MessageRef[]; participants: string[]; scope: 'member' } {
  return {
    reason,
    evidence: [evidenceOf(facts)],
    offending: [refOf(facts)],
    participants: [facts.authorId],
    scope: 'member',
  };
}
