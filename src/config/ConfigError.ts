/** One problem found in a community.yaml, pointing at where to fix it. */
export interface ConfigError {
  /** The file as the user named it (or a label such as `template "starter"`). */
  file: string;
  /**
   * 1-based line of the offending node; for a missing key, the line where its parent mapping
   * starts. `null` when the problem is the file itself (missing, unreadable).
   */
  line: number | null;
  /** Dotted path to the field, e.g. `recognition.points.message` or `a.list[2]`; `''` for the file. */
  path: string;
  /** What is wrong, in words a community manager can act on. */
  message: string;
}

/**
 * Formats an error as `FILE:LINE: path.to.field: problem` (the form editors and CI parse).
 * The path is left out for whole-file problems, the line when there is none.
 * @param error - the error to format
 */
export function formatConfigError(error: ConfigError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return error.path === '' ? `${where}: ${error.message}` : `${where}: ${error.path}: ${error.message}`;
}

/**
 * Joins path segments the way users read them: `a.b[0].c`; odd keys are quoted (`a["x.y"]`).
 * @param segments - keys and list indexes from the root
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_][\w-]*$/.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
