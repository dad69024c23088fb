import type { z } from 'zod';
import type { Json } from './DomainEvent.js';

/** What a running job knows about itself. */
export interface JobInfo {
  /** The idempotency key it was scheduled with. */
  key: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
}

/**
 * A durable job of a module: its name, the zod schema of its payload, and what it does.
 * Throwing retries it with backoff. (`run` is a method so a job with a specific context fits
 * the module list's wider type.)
 */
export interface JobDefinition<P extends z.ZodType = z.ZodType, Ctx = never> {
  /** Unique within the module; stored with each scheduled job. */
  name: string;
  /** Schema of the payload: checked when scheduling (types) and parsed once when it runs. */
  payload: P;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  run(payload: z.output<P>, ctx: Ctx, job: JobInfo): Promise<void>;
}

/** When and under which key to run a job, and with what payload. */
export interface ScheduleRequest<P extends z.ZodType> {
  /** Idempotency key: a second request with the same key is ignored. */
  key: string;
  /** Epoch ms. */
  runAt: number;
  payload: z.input<P> & Json;
  /** Attempts before the job is marked failed (default: the job's, else 5). */
  maxAttempts?: number;
}

/** A job of any module, as the engine stores them. */
export type AnyJob = JobDefinition<z.ZodType, unknown>;

/**
 * Declares a durable job with a typed payload.
 * @param definition - name, payload schema, handler
 */
export function defineJob<P extends z.ZodType, Ctx>(definition: JobDefinition<P, Ctx>): JobDefinition<P, Ctx> {
  if (!/^[a-z][a-z0-9_-]*$/i.test(definition.name)) {
    throw new Error(`job name "${definition.name}" must be letters, digits, - and _`);
  }
  return definition;
}
