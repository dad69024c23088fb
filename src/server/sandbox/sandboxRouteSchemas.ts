import { z } from 'zod';

/** The JSON body of every sandbox API error (`issues` for invalid input, field by field). */
export const SandboxErrorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).exactOptional(),
});

/** The error answers every sandbox route may give: invalid input, unknown id, a Discord rule broken. */
export const SANDBOX_ERRORS = {
  400: SandboxErrorSchema.describe('Invalid input: nothing changed.'),
  404: SandboxErrorSchema.describe('An unknown id.'),
  422: SandboxErrorSchema.describe('A Discord rule the action would break.'),
} as const;

/** The docs tag of every sandbox route. */
export const SANDBOX_TAGS = ['sandbox'];

/** Who may call a sandbox route: anyone signed in (the sandbox is a development guild). */
export const VIEWER = { access: 'viewer' } as const;
