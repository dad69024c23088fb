import { GuildMemory } from '../../src/modules/automod/memory/GuildMemory.js';
import type {
  Detection,
  JoinTriggerPart,
  MessageFacts,
  MessageTriggerPart,
  TriggerEnv,
} from '../../src/modules/automod/parts/TriggerPart.js';
import { PhishingList } from '../../src/modules/automod/phishing/PhishingList.js';
import { shippedPhishingDomains } from '../../src/modules/automod/phishing/shippedPhishingDomains.js';
import { shippedSpamEnv } from '../../src/modules/automod/spam/spamEnv.js';
import { MessageText } from '../../src/modules/automod/text/MessageText.js';

/** A message for a trigger test: who, where, when (seconds from the start) and what. */
export interface TestMessage {
  content: string;
  author?: string;
  channel?: string;
  /** Seconds since the start. */
  at?: number;
  mentions?: string[];
  roleMentions?: string[];
}

const START = Date.UTC(2026, 2, 2, 12);
const phishing = new PhishingList(shippedPhishingDomains());
const spam = shippedSpamEnv();

/** An environment with fresh memory, the shipped phishing list and this server's invite codes. */
export function testEnv(ownInvites: string[] = []): TriggerEnv {
  return {
    memory: new GuildMemory(10 * 60_000),
    phishing,
    phishingAllow: [],
    ownInviteCodes: () => Promise.resolve(new Set(ownInvites)),
    spam,
  };
}

/**
 * Feeds messages through a message trigger as automod does (each remembered first) and
 * returns its detection for the last one.
 * @param part - the trigger
 * @param settings - its settings as written in community.yaml
 * @param messages - in order
 */
export async function lastDetection(
  part: MessageTriggerPart,
  settings: Record<string, unknown>,
  messages: TestMessage[],
  env: TriggerEnv = testEnv(),
): Promise<Detection | null> {
  const detector = part.compile(part.settings.parse(settings));
  let detection: Detection | null = null;
  for (const [i, m] of messages.entries()) {
    const facts: MessageFacts = {
      guildId: 'g',
      messageId: `m${i + 1}`,
      channelId: m.channel ?? 'general',
      authorId: m.author ?? 'sam',
      text: new MessageText(m.content),
      mentionedUserIds: m.mentions ?? [],
      mentionedRoleIds: m.roleMentions ?? [],
      attachmentCount: 0,
      at: START + (m.at ?? i) * 1000,
    };
    env.memory.recordMessage(facts);
    detection = await detector.detect(facts, env);
  }
  return detection;
}

/**
 * Whether a message trigger fires on one message.
 * @param part - the trigger
 * @param content - the message
 * @param settings - its settings
 */
export async function fires(
  part: MessageTriggerPart,
  content: string,
  settings: Record<string, unknown> = {},
): Promise<boolean> {
  return (await lastDetection(part, settings, [{ content }])) !== null;
}

/**
 * Feeds joins through a join trigger and returns its detection for the last one.
 * @param part - the trigger
 * @param settings - its settings
 * @param joins - seconds since the start, and account age in days
 */
export function lastJoinDetection(
  part: JoinTriggerPart,
  settings: Record<string, unknown>,
  joins: { at: number; accountAgeDays?: number; user?: string }[],
): Detection | null {
  const env = testEnv();
  const detector = part.compile(part.settings.parse(settings));
  let detection: Detection | null = null;
  for (const [i, j] of joins.entries()) {
    const at = START + j.at * 1000;
    const userId = j.user ?? `u${i + 1}`;
    env.memory.recordJoin({ userId, at });
    detection = detector.detect(
      { guildId: 'g', userId, accountCreatedAt: at - (j.accountAgeDays ?? 400) * 86_400_000, at },
      env,
    );
  }
  return detection;
}
