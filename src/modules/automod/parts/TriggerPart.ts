import type { z } from 'zod';
import type { EvidenceMessage } from '../automodEvents.js';
import type { GuildMemory } from '../memory/GuildMemory.js';
import type { PhishingList } from '../phishing/PhishingList.js';
import type { CommunitySpam } from '../spam/CommunitySpam.js';
import type { PromoDomains } from '../spam/PromoDomains.js';
import type { SpamModel } from '../spam/SpamModel.js';
import type { MessageText } from '../text/MessageText.js';
import type { PartInfo } from './Part.js';

/** A message as triggers see it. */
export interface MessageFacts {
  guildId: string;
  messageId: string;
  channelId: string;
  authorId: string;
  text: MessageText;
  mentionedUserIds: readonly string[];
  mentionedRoleIds: readonly string[];
  attachmentCount: number;
  /** Epoch ms the message was posted. */
  at: number;
}

/** A join as triggers see it. */
export interface JoinFacts {
  guildId: string;
  userId: string;
  /** Epoch ms the account was made. */
  accountCreatedAt: number;
  /** Epoch ms of the join. */
  at: number;
}

/** A message to delete: channel and id. */
export interface MessageRef {
  channelId: string;
  messageId: string;
}

/** What a trigger saw. */
export interface Detection {
  /** For people: `6 messages in 60 s`, `known phishing domain free-nitro.ru`. */
  reason: string;
  /** Messages shown to moderators in the case. */
  evidence: EvidenceMessage[];
  /** Messages the `delete_message` effect removes (every copy of a cross-channel burst). */
  offending: MessageRef[];
  /** Members the member actions apply to (the author or joiner; every joiner of a raid). */
  participants: string[];
  /** `guild`: the rule's cooldown is shared by the whole server (a raid); `member`: per member. */
  scope: 'member' | 'guild';
}

/** Shared state and data a trigger reads. */
export interface TriggerEnv {
  memory: GuildMemory;
  phishing: PhishingList;
  /** Domains never reported as phishing (`automod.phishing.allowDomains`). */
  phishingAllow: readonly string[];
  /** Invite codes of this server (cached), so its own invites are allowed. */
  ownInviteCodes(): Promise<ReadonlySet<string>>;
  /** The spam classifier, the promotional domains and what this community's moderators taught it. */
  spam: SpamEnv;
}

/** What the spam triggers read. */
export interface SpamEnv {
  model: SpamModel;
  promo: PromoDomains;
  community: CommunitySpam;
}

/** A compiled message trigger. */
export interface MessageDetector {
  /** How far back it looks in the member's recent messages (0: only this message). */
  windowMs: number;
  detect(facts: MessageFacts, env: TriggerEnv): Detection | null | Promise<Detection | null>;
}

/** A compiled join trigger. */
export interface JoinDetector {
  /** How far back it looks in recent joins (0: only this join). */
  windowMs: number;
  detect(facts: JoinFacts, env: TriggerEnv): Detection | null;
}

/** A trigger on messages. `compile` is a method so a part with specific settings fits a list of parts. */
export interface MessageTriggerPart<S = Record<string, unknown>> extends PartInfo {
  readonly on: 'message';
  compile(settings: S): MessageDetector;
}

/** A trigger on joins. */
export interface JoinTriggerPart<S = Record<string, unknown>> extends PartInfo {
  readonly on: 'join';
  compile(settings: S): JoinDetector;
}

/** Any trigger part. */
export type TriggerPart = MessageTriggerPart | JoinTriggerPart;

/**
 * Declares a message trigger, typing `compile`'s settings from the schema.
 * @param part - id, name, description, settings schema and compile
 */
export function defineMessageTrigger<S extends z.ZodObject>(
  part: Omit<MessageTriggerPart<z.output<S>>, 'on' | 'settings'> & { settings: S },
): MessageTriggerPart<z.output<S>> {
  return { ...part, on: 'message' };
}

/**
 * Declares a join trigger, typing `compile`'s settings from the schema.
 * @param part - id, name, description, settings schema and compile
 */
export function defineJoinTrigger<S extends z.ZodObject>(
  part: Omit<JoinTriggerPart<z.output<S>>, 'on' | 'settings'> & { settings: S },
): JoinTriggerPart<z.output<S>> {
  return { ...part, on: 'join' };
}
