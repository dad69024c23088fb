import type { ConfigProblem } from './configApi.js';

/** The anchor of a line of the yaml view (`#L12`), as GitHub names them. */
export function lineAnchor(line: number): string {
  return `L${line}`;
}

/** The worst problem on a line, for its mark. */
export type LineSeverity = 'error' | 'warning';

/**
 * Which lines have problems, and the messages to show on hover.
 * @param errors - validation errors
 * @param warnings - validation warnings
 */
export function problemsByLine(
  errors: readonly ConfigProblem[],
  warnings: readonly ConfigProblem[],
): Map<number, { severity: LineSeverity; messages: string[] }> {
  const lines = new Map<number, { severity: LineSeverity; messages: string[] }>();
  const add = (problem: ConfigProblem, severity: LineSeverity): void => {
    if (problem.line === null) return;
    const known = lines.get(problem.line);
    const message = problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
    if (known === undefined) lines.set(problem.line, { severity, messages: [message] });
    else {
      known.messages.push(message);
      if (severity === 'error') known.severity = 'error';
    }
  };
  for (const problem of errors) add(problem, 'error');
  for (const problem of warnings) add(problem, 'warning');
  return lines;
}

/**
 * The file's lines (a final newline adds no empty last line).
 * @param text - community.yaml
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
