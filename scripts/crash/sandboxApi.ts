import { z } from 'zod';
import { devSession, type SignedInHeaders } from '../../test/auth/devSession.js';
import type { InputKind, InputLog, InputRecord, InputResponse, InputSubject, Outcome } from './inputRecords.js';

/** Per-request deadline: generous, the server settles every input before answering. */
const REQUEST_TIMEOUT_MS = 60_000;
const PREFIX = '/api/sandbox';

const MemberAnswer = z.object({ userId: z.string(), joinedAt: z.number() });
const MessageAnswer = z.object({ id: z.string(), deleted: z.boolean().optional() });
const CommandAnswer = z.object({
  interactionId: z.string(),
  reply: z.object({ content: z.string().optional() }).nullable(),
});
const ErrorAnswer = z.object({ error: z.string() });

/** An input to send. */
export interface InputRequest {
  client: number;
  kind: InputKind;
  method: 'POST' | 'DELETE';
  path: string;
  body: Record<string, unknown> | null;
  subject: InputSubject;
  retryOf?: number;
}

/**
 * The sandbox HTTP API as the load uses it: every mutating request is recorded with its
 * outcome and the ids its answer named; reads throw on anything but 2xx.
 */
export class SandboxApi {
  /** The dev-login session (the owner): kept in the database, so it outlives each kill. */
  #session: SignedInHeaders | null = null;

  constructor(
    private readonly baseUrl: () => string,
    private readonly log: InputLog,
  ) {}

  /** Signs in once with the sandbox's dev login (the API is behind the dashboard's sign-in). */
  async #headers(): Promise<SignedInHeaders> {
    this.#session ??= await devSession(this.baseUrl());
    return this.#session;
  }

  /** Sends an input and records it. */
  async send(request: InputRequest): Promise<InputRecord> {
    const startedAt = Date.now();
    let status: number | null = null;
    let outcome: Outcome;
    let error: string | null = null;
    let response: InputResponse = {};
    try {
      const signedIn = await this.#headers();
      const answer = await fetch(`${this.baseUrl()}${PREFIX}${request.path}`, {
        method: request.method,
        headers: { ...signedIn, ...(request.body === null ? {} : { 'content-type': 'application/json' }) },
        ...(request.body === null ? {} : { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = answer.status;
      const text = await answer.text();
      outcome = status < 300 ? 'accepted' : status < 500 ? 'refused' : 'server-error';
      response = readAnswer(request.kind, text);
    } catch (failure) {
      outcome = isConnectionRefused(failure) ? 'unsent' : 'unknown';
      error = describe(failure);
    }
    const record: InputRecord = {
      seq: this.log.nextSeq(),
      client: request.client,
      kind: request.kind,
      method: request.method,
      path: request.path,
      body: request.body,
      status,
      outcome,
      error,
      startedAt,
      endedAt: Date.now(),
      retryOf: request.retryOf ?? null,
      subject: request.subject,
      response,
    };
    this.log.add(record);
    return record;
  }

  /** A read of the sandbox API, parsed with `schema`. */
  async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    const answer = await fetch(`${this.baseUrl()}${PREFIX}${path}`, {
      headers: await this.#headers(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
    return schema.parse(await answer.json());
  }
}

function readAnswer(kind: InputKind, text: string): InputResponse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const failure = ErrorAnswer.safeParse(json);
  if (failure.success) return { errorText: failure.data.error };
  switch (kind) {
    case 'join':
    case 'rejoin': {
      const member = MemberAnswer.safeParse(json);
      return member.success ? { userId: member.data.userId, joinedAt: member.data.joinedAt } : {};
    }
    case 'post':
    case 'thanks-reply':
    case 'mention-spam':
    case 'phishing': {
      const message = MessageAnswer.safeParse(json);
      return message.success ? { messageId: message.data.id, deleted: message.data.deleted ?? false } : {};
    }
    case 'rank':
    case 'warn':
    case 'timeout':
    case 'ban':
    case 'recompute': {
      const answer = CommandAnswer.safeParse(json);
      if (!answer.success) return {};
      const replyText = answer.data.reply?.content;
      return { interactionId: answer.data.interactionId, ...(replyText === undefined ? {} : { replyText }) };
    }
    case 'react':
    case 'leave':
      return {};
  }
}

function isConnectionRefused(failure: unknown): boolean {
  const cause = failure instanceof Error ? failure.cause : undefined;
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === 'ECONNREFUSED';
}

function describe(failure: unknown): string {
  if (!(failure instanceof Error)) return String(failure);
  const cause = failure.cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : null;
  return code === null ? `${failure.name}: ${failure.message}` : `${failure.message} (${code})`;
}
