import type { Document, LineCounter, YAMLError } from 'yaml';
import type { ConfigError } from './ConfigError.js';
import { duplicateKeys } from './duplicateKeys.js';

/**
 * YAML syntax errors (and unsupported tags such as `!env`, and keys repeated in a mapping)
 * as ConfigErrors, one per line.
 * @param doc - the parsed document (with `uniqueKeys: false`: repeated keys are found here, in linear time)
 * @param lineCounter - the counter the document was parsed with
 * @param text - the file's text (to quote duplicate keys)
 * @param file - the file name for the errors
 */
export function yamlSyntaxErrors(doc: Document, lineCounter: LineCounter, text: string, file: string): ConfigError[] {
  const problems: YAMLError[] = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  const found = [
    ...problems.map((problem) => ({ offset: problem.pos[0], message: () => syntaxMessage(problem, text) })),
    ...duplicateKeys(doc).map(({ offset, key }) => ({ offset, message: () => duplicateMessage(key) })),
  ].sort((a, b) => a.offset - b.offset);
  const errors: ConfigError[] = [];
  const seenLines = new Set<number>();
  for (const problem of found) {
    const line = lineCounter.linePos(problem.offset).line;
    // One YAML slip often yields several follow-on errors on the same line: the first is the useful one.
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    errors.push({ file, line, path: '', message: problem.message() });
  }
  return errors;
}

function syntaxMessage(problem: YAMLError, text: string): string {
  const source = text.slice(problem.pos[0], problem.pos[1]);
  if (problem.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]+?))\s*:/.exec(text.slice(problem.pos[0]));
    return duplicateMessage(key?.[1] ?? key?.[2] ?? key?.[3]);
  }
  if (problem.code === 'TAB_AS_INDENT') return 'YAML syntax error: tabs are not allowed for indentation, use spaces';
  if (problem.code === 'TAG_RESOLVE_FAILED') {
    const tag = source.trim() === '' ? '' : ` ${source.trim()}`;
    return `unsupported YAML tag${tag}: write plain values (environment variables are not read from this file)`;
  }
  const message = problem.message.split('\n')[0] ?? problem.message;
  return `YAML syntax error: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

function duplicateMessage(name: string | undefined): string {
  return `duplicate key${name === undefined ? '' : ` "${name}"`}: each key may appear only once in a mapping`;
}
