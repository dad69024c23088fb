import type { z } from 'zod';
import { SandboxRequestError } from './SandboxRequestError.js';

/**
 * Parses part of a request with a zod schema.
 * @param schema - what the part must look like
 * @param value - `request.body`, `request.query` or `request.params`
 * @param part - named in the error: "body", "query" …
 * @throws SandboxRequestError (HTTP 400) listing each issue with its path
 */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: string): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first === undefined ? '' : `: ${first.path}: ${first.message}`;
  throw new SandboxRequestError(`invalid ${part}${summary}`, issues);
}

/** An object with its undefined-valued keys dropped (optional fields stay truly optional). */
export type Compact<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * Drops undefined-valued keys, so parsed input fits types with exact optional properties.
 * @param value - a parsed object
 */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}
