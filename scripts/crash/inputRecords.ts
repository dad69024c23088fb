import { appendFileSync } from 'node:fs';

/** The kinds of input the load sends. */
export type InputKind =
  | 'join'
  | 'rejoin'
  | 'leave'
  | 'post'
  | 'thanks-reply'
  | 'mention-spam'
  | 'phishing'
  | 'react'
  | 'rank'
  | 'warn'
  | 'timeout'
  | 'ban'
  | 'recompute';

/**
 * What became of a request: `accepted` (2xx), `refused` (4xx: nothing done), `unknown` (the
 * connection broke or timed out: it may or may not have been recorded), `server-error` (5xx:
 * treated as unknown), `unsent` (connection refused: the server never saw it).
 */
export type Outcome = 'accepted' | 'refused' | 'unknown' | 'server-error' | 'unsent';

/** What an input is about, as the harness chose it. */
export interface InputSubject {
  userId?: string;
  username?: string;
  channelId?: string;
  messageId?: string;
  emoji?: string;
  /** The unique token in a post's content. */
  token?: string;
  targetId?: string;
}

/** What the answer named. */
export interface InputResponse {
  userId?: string;
  joinedAt?: number;
  messageId?: string;
  interactionId?: string;
  deleted?: boolean;
  replyText?: string;
  errorText?: string;
}

/** One request the load sent, and its outcome. */
export interface InputRecord {
  seq: number;
  client: number;
  kind: InputKind;
  method: 'POST' | 'DELETE';
  path: string;
  body: Record<string, unknown> | null;
  status: number | null;
  outcome: Outcome;
  error: string | null;
  startedAt: number;
  endedAt: number;
  /** The request this one retries with the same input. */
  retryOf: number | null;
  subject: InputSubject;
  response: InputResponse;
}

/** Every request of a run, in memory and appended to a JSON-lines file. */
export class InputLog {
  readonly records: InputRecord[] = [];
  #seq = 0;

  constructor(private readonly path: string) {}

  nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  add(record: InputRecord): void {
    this.records.push(record);
    appendFileSync(this.path, `${JSON.stringify(record)}\n`);
  }
}

/** True when the input may have been recorded (accepted, or its outcome is not known). */
export function mayHaveLanded(record: InputRecord): boolean {
  return record.outcome === 'accepted' || record.outcome === 'unknown' || record.outcome === 'server-error';
}
