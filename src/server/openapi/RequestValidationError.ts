/** One problem with a request, at a dotted path inside its body, query or path parameters. */
export interface RequestValidationIssue {
  /** `limit`, `fields.reason`; empty when the part as a whole is wrong. */
  path: string;
  message: string;
}

/** Which part of a request was invalid, as error messages name it. */
export type RequestPart = 'body' | 'query' | 'path' | 'headers';

/**
 * A request whose body, query or path parameters do not match the route's zod schema (HTTP
 * 400, the handler never ran). Each API scope's error handler words it its own way.
 */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  readonly statusCode = 400;
  readonly part: RequestPart;
  /** What is wrong, field by field, in the schema's order. */
  readonly issues: RequestValidationIssue[];

  /**
   * @param part - the part that was invalid
   * @param issues - the problems, field by field (at least one)
   */
  constructor(part: RequestPart, issues: RequestValidationIssue[]) {
    const first = issues[0];
    super(`invalid ${part}${first === undefined ? '' : `: ${first.path}: ${first.message}`}`);
    this.part = part;
    this.issues = issues;
  }
}
