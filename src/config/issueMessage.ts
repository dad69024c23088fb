import type { z } from 'zod';
import { closestMatch } from './closestMatch.js';
import { describeValue, showLiteral } from './describeValue.js';

const expectedNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  set: 'a list',
  object: 'a mapping (indented "key: value" lines)',
  record: 'a mapping (indented "key: value" lines)',
  map: 'a mapping (indented "key: value" lines)',
  null: 'an empty value',
  date: 'a date',
};

/**
 * Explains a zod issue in community-manager words: `expected a number, got "five"`.
 * Used as zod's per-parse error map, so messages written into a schema still win.
 * @param issue - the issue zod raised, with the offending input
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  const got = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required key is missing';
      return `expected ${expectedName(issue.expected)}, got ${got}${typeHint(issue.expected, issue.input)}`;
    case 'too_small':
      return sizeMessage('at least', issue.origin, issue.minimum, issue.inclusive !== false, issue.input);
    case 'too_big':
      return sizeMessage('at most', issue.origin, issue.maximum, issue.inclusive !== false, issue.input);
    case 'invalid_value':
      return valueMessage(issue.values, issue.input);
    case 'invalid_format':
      return formatMessage(issue.format, issue.pattern, got);
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}, got ${got}`;
    case 'unrecognized_keys': {
      // issueErrors reports each key on its own line; this summary names the first few only.
      const shown = issue.keys.slice(0, 10).map((k) => JSON.stringify(k));
      const more = issue.keys.length > shown.length ? ` and ${issue.keys.length - shown.length} more` : '';
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${shown.join(', ')}${more}`;
    }
    case 'invalid_union':
      return `${got} is not one of the allowed forms`;
    case 'invalid_key':
      return `has an invalid key ${got}`;
    case 'invalid_element':
      return `has an invalid entry ${describeValue(issue.key)}`;
    case 'custom':
      return `is not valid (got ${got})`;
    default:
      return `is not valid (got ${got})`;
  }
}

/**
 * Names an expected zod type in plain words.
 * @param expected - zod's name for the type (`string`, `int`, …)
 */
export function expectedName(expected: string): string {
  return expectedNames[expected] ?? expected;
}

function typeHint(expected: string, input: unknown): string {
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return ' (put it in quotes to make it text)';
  }
  if (expected === 'array' && (typeof input === 'string' || typeof input === 'number')) {
    return ` (write a list as [${String(input)}] or as "- ${String(input)}" lines)`;
  }
  if (expected === 'boolean' && typeof input === 'string') return ' (write true or false without quotes)';
  if (
    (expected === 'number' || expected === 'int') &&
    typeof input === 'string' &&
    /^-?\d+(\.\d+)?$/.test(input.trim())
  ) {
    return ' (remove the quotes)';
  }
  return '';
}

function sizeMessage(
  bound: 'at least' | 'at most',
  origin: string,
  limit: number | bigint,
  inclusive: boolean,
  input: unknown,
): string {
  const got = describeValue(input);
  if (origin === 'string') {
    if (bound === 'at least' && limit === 1 && input === '') return 'must not be empty';
    const length = typeof input === 'string' ? input.length : undefined;
    const unit = limit === 1 ? 'character' : 'characters';
    return `must be ${bound} ${String(limit)} ${unit} long${length === undefined ? '' : ` (it is ${length})`}`;
  }
  if (origin === 'array' || origin === 'set') {
    const count = Array.isArray(input) ? input.length : undefined;
    const unit = limit === 1 ? 'entry' : 'entries';
    return `must have ${bound} ${String(limit)} ${unit}${count === undefined ? '' : ` (it has ${count})`}`;
  }
  if (!inclusive) return `must be ${bound === 'at least' ? 'greater' : 'less'} than ${String(limit)}, got ${got}`;
  return `must be ${bound} ${String(limit)}, got ${got}`;
}

/**
 * Explains a value outside an allowed set: `expected one of "a", "b", got "c" (did you mean …?)`.
 * @param values - the allowed values
 * @param input - what the file holds
 */
export function valueMessage(values: readonly unknown[], input: unknown): string {
  const got = describeValue(input);
  if (values.length === 1) return `expected ${showLiteral(values[0])}, got ${got}`;
  const strings = values.filter((v): v is string => typeof v === 'string');
  const suggestion = typeof input === 'string' ? closestMatch(input, strings) : undefined;
  const hint = suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`;
  return `expected one of ${values.map(showLiteral).join(', ')}, got ${got}${hint}`;
}

function formatMessage(format: string, pattern: string | undefined, got: string): string {
  switch (format) {
    case 'regex':
      return `does not have the expected form (${pattern ?? 'pattern'}), got ${got}`;
    case 'email':
      return `expected an email address, got ${got}`;
    case 'url':
      return `expected a URL (https://…), got ${got}`;
    default:
      return `expected ${format} format, got ${got}`;
  }
}
