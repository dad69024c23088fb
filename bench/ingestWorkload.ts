/** bench/ingest's workload: the joins and messages it feeds, and the percentile it reports. */
import { domainEvent, type DomainEvent } from '../src/core/DomainEvent.js';

/**
 * Members joining, 50 ms apart in event time.
 * @param start - event time before the first join
 */
export function makeJoins(guildId: string, count: number, start: number): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = start + (i + 1) * 50;
    events.push(
      domainEvent('member.joined', {
        id: `bench:member.joined:${i}`,
        guildId,
        occurredAt: t,
        source: 'bench',
        payload: {
          userId: `9${String(i).padStart(17, '0')}`,
          username: `joiner${i}`,
          displayName: `joiner${i}`,
          bot: false,
          joinedAt: t,
          accountCreatedAt: t - 86_400_000,
          roles: [],
        },
      }),
    );
  }
  return events;
}

/** Which messages to make: numbers `first` … `first + count - 1`, by `members` authors in turn. */
export interface MessageRange {
  guildId: string;
  channelId: string;
  first: number;
  count: number;
  members: number;
  /** Event time before the first message; messages are 250 ms apart. */
  start: number;
}

/**
 * Messages, 250 ms apart in event time, so with 500 members each author posts every 125 s,
 * past recognition's 60 s cooldown: every message earns a point.
 */
export function makeMessages(range: MessageRange): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (let k = 0; k < range.count; k += 1) {
    const i = range.first + k;
    events.push(
      domainEvent('message.created', {
        id: `bench:message.created:${i}`,
        guildId: range.guildId,
        occurredAt: range.start + (k + 1) * 250,
        source: 'bench',
        payload: {
          messageId: String(i),
          channelId: range.channelId,
          authorId: `8${String(i % range.members).padStart(17, '0')}`,
          authorBot: false,
          content: `message number ${i} with some words in it`,
          mentionedUserIds: [],
          mentionedRoleIds: [],
          referencedMessageId: null,
          attachmentCount: 0,
        },
      }),
    );
  }
  return events;
}

/**
 * The p-th percentile of ascending values (nearest rank).
 * @param sorted - ascending
 */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
