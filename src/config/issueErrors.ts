import type { z } from 'zod';
import type { Document, LineCounter } from 'yaml';
import { closestMatch } from './closestMatch.js';
import { formatPath, type ConfigError } from './ConfigError.js';
import { describeValue } from './describeValue.js';
import { expectedName, valueMessage } from './issueMessage.js';
import { lineOfPath } from './lineOfPath.js';

/** Where the issues come from, to give each error its line and suggestions. */
export interface IssueSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The keys allowed in the mapping at a path (for "did you mean"). */
  knownKeysAt(path: readonly PropertyKey[]): readonly string[];
}

/**
 * Turns zod's issues into ConfigErrors with lines: one error per unknown key (with a
 * suggestion when a known key is close), and union failures narrowed to the likeliest form.
 * @param issues - issues from a parse run with `reportInput: true` and the issueMessage map
 * @param source - the document they refer to
 */
export function issueErrors(issues: readonly z.core.$ZodIssue[], source: IssueSource): ConfigError[] {
  return issues.flatMap((issue) => errorsOf(issue, [], source));
}

function errorsOf(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], source: IssueSource): ConfigError[] {
  const path = [...prefix, ...issue.path];
  const at = (segments: readonly PropertyKey[], message: string, target: 'key' | 'value' = 'value'): ConfigError => ({
    file: source.file,
    line: lineOfPath(source.doc, source.lineCounter, segments, target),
    path: formatPath(segments),
    message,
  });
  if (issue.code === 'unrecognized_keys') {
    const known = source.knownKeysAt(path);
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key, known);
      const hint =
        suggestion !== undefined
          ? ` (did you mean ${JSON.stringify(suggestion)}?)`
          : known.length > 0 && known.length <= 12
            ? ` (allowed here: ${known.join(', ')})`
            : '';
      return at([...path, key], `unknown key ${JSON.stringify(key)}${hint}`, 'key');
    });
  }
  if (issue.code === 'invalid_union') {
    if (issue.discriminator !== undefined && issue.errors.length === 0) {
      const value = isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
      const allowed = 'options' in issue ? (issue.options ?? []) : [];
      const message = value === undefined ? 'required key is missing' : valueMessage(allowed, value);
      const keyPath = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
      return [at(keyPath, message)];
    }
    const branch = likeliestBranch(issue.errors);
    if (branch === undefined) {
      const expected = [
        ...new Set(
          issue.errors.flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? expectedName(i.expected) : ''))),
        ),
      ];
      return [at(path, `expected ${expected.filter((e) => e !== '').join(' or ')}, got ${describeValue(issue.input)}`)];
    }
    return branch.flatMap((sub) => errorsOf(sub, path, source));
  }
  return [at(path, issue.message)];
}

/**
 * The union member the user most likely meant: one whose type matched (its problems are
 * inside the value), with the fewest problems. Undefined when no member's type matched.
 */
function likeliestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const matched = branches.filter((issues) => !issues.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  return matched.sort((a, b) => a.length - b.length)[0];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
