import { Panel } from '../components/Panel.js';
import type { ConfigProblem, ConfigResponse } from './configApi.js';
import { lineAnchor } from './yamlLines.js';

/** Props of {@link ValidationPanel}. */
export interface ValidationPanelProps {
  validation: ConfigResponse['validation'];
  /** Scrolls the yaml view to a line and marks it. */
  onLine: (line: number) => void;
}

/**
 * What `guildhall validate` says of the file: valid or not, then each error and warning with
 * a link to its line in the yaml view.
 */
export function ValidationPanel({ validation, onLine }: ValidationPanelProps) {
  const { valid, errors, warnings } = validation;
  const verdict = valid ? 'valid' : `invalid: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
  return (
    <Panel
      title="Validation"
      testId="config-validation"
      aside={
        <span className={`config-verdict config-verdict-${valid ? 'valid' : 'invalid'}`} data-testid="config-verdict">
          {verdict}
        </span>
      }
    >
      {valid && warnings.length === 0 && (
        <p className="config-note">
          <strong>community.yaml is valid</strong>, and every channel and role it names exists.
        </p>
      )}
      {valid && warnings.length > 0 && (
        <p className="config-note">
          <strong>community.yaml is valid</strong>, with {warnings.length}{' '}
          {warnings.length === 1 ? 'warning' : 'warnings'}.
        </p>
      )}
      <ProblemList problems={errors} severity="error" onLine={onLine} />
      <ProblemList problems={warnings} severity="warning" onLine={onLine} />
    </Panel>
  );
}

function ProblemList({
  problems,
  severity,
  onLine,
}: {
  problems: readonly ConfigProblem[];
  severity: 'error' | 'warning';
  onLine: (line: number) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <ul className="config-problems" data-testid={`config-${severity}s`}>
      {problems.map((problem, index) => (
        <li key={index} className={`config-problem config-problem-${severity}`} data-testid="config-problem">
          <span className="config-problem-kind">{severity}</span>
          {problem.line === null ? (
            <span className="config-problem-line">file</span>
          ) : (
            <a
              className="config-problem-line"
              href={`#${lineAnchor(problem.line)}`}
              onClick={(event) => {
                event.preventDefault();
                if (problem.line !== null) onLine(problem.line);
              }}
              data-testid="config-problem-line"
            >
              line {problem.line}
            </a>
          )}
          <span className="config-problem-text">
            {problem.path !== '' && <code>{problem.path}</code>} {problem.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
