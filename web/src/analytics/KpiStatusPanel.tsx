import { useQuery } from '@tanstack/react-query';
import { kpiPresentation } from '../../../src/modules/analytics/kpis/kpiLabels.js';
import { Panel } from '../components/Panel.js';
import { timeAgo } from '../format.js';
import { kpisQuery, openAlertsQuery } from './analyticsQueries.js';
import type { AlertView, KpiStatusView } from './kpiApi.js';
import { QueryStatus } from './QueryStatus.js';

const LEVEL_TEXT = { ok: 'ok', warning: 'warning', critical: 'critical' } as const;

/**
 * Every KPI of community.yaml now: its value, target and critical threshold with an ok /
 * warning / critical badge (or “n/a” while nothing measures it), then the open alerts.
 */
export function KpiStatusPanel() {
  const kpis = useQuery(kpisQuery);
  const alerts = useQuery(openAlertsQuery);
  const list = kpis.data?.kpis;
  const counts = list === undefined ? null : countLevels(list);
  return (
    <Panel
      title="KPIs against targets"
      aside={
        counts === null ? undefined : (
          <span data-testid="kpi-counts">
            {counts.ok} ok · {counts.warning} warning · {counts.critical} critical
          </span>
        )
      }
      testId="kpi-panel"
    >
      <QueryStatus error={kpis.error} pending={kpis.isPending} what="KPI status" testId="kpi" />
      {list !== undefined && list.length === 0 && <p className="empty">No KPI is configured (analytics.kpis).</p>}
      {list !== undefined && list.length > 0 && (
        <div className="kpi-scroll">
          <table className="kpi-list" data-testid="kpi-table">
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col" className="num">
                  Now
                </th>
                <th scope="col" className="num">
                  Target
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {list.map((kpi) => (
                <tr key={kpi.kpi} data-testid="kpi-row" data-kpi={kpi.kpi} data-level={kpi.level ?? 'none'}>
                  <th scope="row" title={kpi.kpi}>
                    {kpi.label}
                  </th>
                  <td className="num" data-testid="kpi-value">
                    {kpi.shown}
                  </td>
                  <td
                    className="num muted"
                    title={`Critical ${kpi.higherIsBetter ? 'below' : 'above'} ${shown(kpi.kpi, kpi.critical)}`}
                  >
                    {kpi.higherIsBetter ? '≥' : '≤'} {shown(kpi.kpi, kpi.target)}
                  </td>
                  <td>
                    <span className={`kpi-badge kpi-${kpi.level ?? 'unknown'}`} data-testid="kpi-level">
                      {kpi.level === null ? 'n/a' : LEVEL_TEXT[kpi.level]}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="section-title">Open alerts</h3>
      <QueryStatus error={alerts.error} pending={alerts.isPending} what="KPI alerts" testId="alerts" />
      {alerts.data !== undefined && alerts.data.alerts.length === 0 && (
        <p className="empty" data-testid="alerts-empty">
          No open alert.
        </p>
      )}
      {alerts.data !== undefined && alerts.data.alerts.length > 0 && (
        <ul className="alert-list" data-testid="alert-list">
          {alerts.data.alerts.map((alert) => (
            <AlertItem key={alert.alertId} alert={alert} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function AlertItem({ alert }: { alert: AlertView }) {
  return (
    <li className="alert-item" data-testid="alert-item" data-kpi={alert.kpi}>
      <span className={`kpi-badge kpi-${alert.level}`}>{alert.level}</span>
      <strong>{alert.label}</strong>
      <span className="muted small">
        {shown(alert.kpi, alert.value)} against a target of {shown(alert.kpi, alert.target)} · opened{' '}
        {timeAgo(alert.openedAt, Date.now())}
      </span>
    </li>
  );
}

function countLevels(kpis: readonly KpiStatusView[]): Record<'ok' | 'warning' | 'critical', number> {
  const counts = { ok: 0, warning: 0, critical: 0 };
  for (const kpi of kpis) if (kpi.level !== null) counts[kpi.level] += 1;
  return counts;
}

/** A KPI's value in its own format (`75%`, `2 h`), as the API shows its current value. */
function shown(kpi: string, value: number): string {
  return kpiPresentation(kpi).format(value);
}
