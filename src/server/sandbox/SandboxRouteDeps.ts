import { z } from 'zod';
import type { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';

/** What the sandbox routes need. */
export interface SandboxRouteDeps {
  sandbox: SandboxPlatform;
  /** Resolves once the engine has handled every event delivered so far. */
  settle: () => Promise<void>;
}

/** An id in a path or body (an unknown one is a 404, not a 400). */
export const IdSchema = z.string().min(1).max(64);

/** `?limit=&before=` of a newest-first list. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  before: IdSchema.optional(),
});
