import { z } from 'zod';

/** A problem in community.yaml, pointing at where to fix it. */
export const ConfigProblem = z.object({
  /** 1-based line, null for the file as a whole. */
  line: z.number().int().nullable(),
  /** Dotted path: `moderation.modLogChannel`; '' for the file. */
  path: z.string(),
  message: z.string(),
  /** As `guildhall validate` prints it: `FILE:LINE: path: problem`. */
  text: z.string(),
});
export type ConfigProblem = z.infer<typeof ConfigProblem>;

/** One change the server blueprint would make to the live guild. */
export const PlanChange = z.object({
  /** `role`, `category`, `channel` or `overwrite`. */
  kind: z.string(),
  action: z.enum(['create', 'update', 'move', 'delete']),
  /** How `guildhall plan` shows the resource: `@Moderator`, `#general`. */
  target: z.string(),
  /** One line: `create (text in "Community")`, `update topic: "a" → "b"`. */
  summary: z.string(),
  /** False for a deletion listed without `--prune`: `apply` would not make it. */
  executable: z.boolean(),
});
export type PlanChange = z.infer<typeof PlanChange>;

/** The server blueprint's plan against the live guild. */
export const ConfigPlan = z.object({
  /** `server.enabled`: false means the blueprint is off (no changes listed). */
  enabled: z.boolean(),
  changes: z.array(PlanChange),
  /** `guildhall apply` would change nothing. */
  upToDate: z.boolean(),
  /** What Discord would refuse (as `guildhall plan` lists them). */
  problems: z.array(z.string()),
  /** Why no plan could be made (platform unreachable), else null. */
  error: z.string().nullable(),
});
export type ConfigPlan = z.infer<typeof ConfigPlan>;

/** `GET /api/config` answer. */
export const ConfigResponse = z.object({
  /** The file the process loaded. */
  path: z.string(),
  /** Its text as loaded at start (the loader refuses secrets, so it holds none). */
  yaml: z.string(),
  /** What `guildhall validate` says, plus the channels and roles the live guild lacks. */
  validation: z.object({
    valid: z.boolean(),
    errors: z.array(ConfigProblem),
    warnings: z.array(ConfigProblem),
  }),
  plan: ConfigPlan,
});
export type ConfigResponse = z.infer<typeof ConfigResponse>;
