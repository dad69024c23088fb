import { useEffect, useState } from 'react';
import type { ConfigProblem } from './configApi.js';
import { lineAnchor, problemsByLine, splitLines } from './yamlLines.js';

/** Props of {@link YamlView}. */
export interface YamlViewProps {
  text: string;
  errors: readonly ConfigProblem[];
  warnings: readonly ConfigProblem[];
  /** The line the URL points at (`#L12`), highlighted. */
  selectedLine: number | null;
}

/**
 * community.yaml as loaded, monospace with line numbers (each a link, `#L12`), lines with a
 * problem marked (the message on hover), and a button that copies the file.
 */
export function YamlView({ text, errors, warnings, selectedLine }: YamlViewProps) {
  const lines = splitLines(text);
  const marks = problemsByLine(errors, warnings);
  return (
    <div className="yaml-view" data-testid="config-yaml">
      {lines.map((line, index) => {
        const number = index + 1;
        const mark = marks.get(number);
        return (
          <div
            key={number}
            id={lineAnchor(number)}
            className={`yaml-line${mark === undefined ? '' : ` yaml-line-${mark.severity}`}${
              number === selectedLine ? ' yaml-line-selected' : ''
            }`}
            title={mark?.messages.join('\n')}
            data-testid="yaml-line"
            data-line={number}
          >
            <a className="yaml-line-number" href={`#${lineAnchor(number)}`} aria-label={`Line ${number}`}>
              {number}
            </a>
            <code className="yaml-line-text">{line === '' ? '\u200b' : line}</code>
          </div>
        );
      })}
    </div>
  );
}

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  text: string;
}

/** Copies the text to the clipboard and says so for a moment. */
export function CopyButton({ text }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <button type="button" className="button button-small" onClick={copy} data-testid="config-copy">
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
