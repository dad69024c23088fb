/** One problem with a request, at a path inside its body, query or params. */
export interface RequestIssue {
  path: string;
  message: string;
}

/** A request the sandbox API refuses before changing anything (HTTP 400). */
export class SandboxRequestError extends Error {
  override readonly name = 'SandboxRequestError';
  /** What is wrong, field by field. */
  readonly issues: RequestIssue[];

  /**
   * @param message - summary, e.g. "invalid body"
   * @param issues - the problems, field by field
   */
  constructor(message: string, issues: RequestIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}
