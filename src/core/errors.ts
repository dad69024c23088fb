/** An error the user caused and can fix: printed without a stack trace. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A rule of the platform (Discord) that an action would break. */
export class PlatformRuleError extends Error {
  override readonly name = 'PlatformRuleError';
}

/** Turns anything thrown into a message fit for a log line. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
