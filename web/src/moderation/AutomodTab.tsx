import { useQuery } from '@tanstack/react-query';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { automodRulesQuery } from './moderationQueries.js';
import { RuleHitsChart } from './RuleHitsChart.js';

/** Props of {@link AutomodTab}. */
export interface AutomodTabProps {
  /** Shows a rule's cases in the Cases tab. */
  onShowRule: (ruleId: string) => void;
}

/**
 * Automod's rules by the cases they opened and how many of those were overturned on appeal
 * (the false positives): a chart and a table, most overturned first.
 */
export function AutomodTab({ onShowRule }: AutomodTabProps) {
  const stats = useQuery(automodRulesQuery);
  const rules = stats.data?.rules ?? [];
  const error = stats.error === null ? null : describeError(stats.error);
  return (
    <div className="moderation-tab" data-testid="automod-tab">
      <ErrorBanner message={error} />
      {stats.data === undefined ? (
        error === null && <p className="loading">Loading…</p>
      ) : rules.length === 0 ? (
        <p className="empty" data-testid="automod-empty">
          Automod has not opened a case yet.
        </p>
      ) : (
        <>
          <Panel title="Cases per rule" aside="overturned on appeal = false positives">
            <RuleHitsChart rules={rules} />
          </Panel>
          <Panel title="Rules">
            <div className="table-scroll">
              <table className="leaderboard" data-testid="automod-rules">
                <thead>
                  <tr>
                    <th>Rule</th>
                    <th className="num">Cases</th>
                    <th className="num">Appealed</th>
                    <th className="num">Overturned</th>
                    <th className="num">False positives</th>
                  </tr>
                </thead>
                <tbody>
                  {rules.map((rule) => (
                    <tr key={rule.ruleId} data-testid="automod-rule" data-rule-id={rule.ruleId}>
                      <td>
                        <button type="button" className="link-button strong" onClick={() => onShowRule(rule.ruleId)}>
                          {rule.ruleName}
                        </button>
                        <div className="muted small">{rule.ruleId}</div>
                      </td>
                      <td className="num">{formatCount(rule.cases)}</td>
                      <td className="num">{formatCount(rule.appealed)}</td>
                      <td className="num">{formatCount(rule.overturned)}</td>
                      <td className="num" data-testid="automod-rule-rate">
                        {Math.round(rule.falsePositiveRate * 100)}%
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Panel>
        </>
      )}
    </div>
  );
}
