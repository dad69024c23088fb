import { z } from 'zod';

/** `GET /api/v2/audit` query. */
export const AuditQuery = z.object({
  actor: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Only this actor: `discord:<id>`, `cli:<user>`, `dashboard:<id>`.'),
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Only actions starting with this: `moderation.`, `privacy.erase`.'),
  before: z.coerce.number().int().positive().optional().describe('Only records older than this id (`nextBefore`).'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** Where a staff action came from. */
export const AUDIT_ACTOR_KINDS = ['discord', 'cli', 'dashboard', 'other'] as const;

/** One staff action, with its actor and target named. */
export const AuditEntry = z.object({
  id: z.number().int(),
  /** Epoch ms. */
  at: z.number(),
  /** As recorded: `discord:<id>`, `cli:<user>`, `dashboard:<id>`. */
  actor: z.string(),
  actorKind: z.enum(AUDIT_ACTOR_KINDS),
  /** The member's name for a Discord or dashboard actor, the OS user for the CLI. */
  actorName: z.string(),
  /** `<area>.<verb>`: `moderation.ban`, `privacy.erase`, `server.apply`. */
  action: z.string(),
  /** As recorded: a user id, `case#12`, a channel… or null. */
  target: z.string().nullable(),
  /** The member's name when the target is a member the log or platform knows, else null. */
  targetName: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** `GET /api/v2/audit` answer. */
export const AuditResponse = z.object({
  entries: z.array(AuditEntry),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type AuditResponse = z.infer<typeof AuditResponse>;
