import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { configQuery } from '../config/configApi.js';
import { PlanPanel } from '../config/PlanPanel.js';
import { ValidationPanel } from '../config/ValidationPanel.js';
import { CopyButton, YamlView } from '../config/YamlView.js';
import { lineAnchor } from '../config/yamlLines.js';
import '../config/config.css';

/**
 * The effective configuration (admins): what `guildhall validate` says of community.yaml
 * (each problem links to its line), the server blueprint's plan, and the file itself with
 * line numbers. `/config#L12` opens at line 12.
 */
export function ConfigPage() {
  const config = useQuery(configQuery);
  const { hash } = useLocation();
  const navigate = useNavigate();
  const selected = /^#L(\d+)$/.exec(hash)?.[1];
  const selectedLine = selected === undefined ? null : Number(selected);
  const loaded = config.data !== undefined;

  useEffect(() => {
    if (selectedLine === null || !loaded) return;
    document.getElementById(lineAnchor(selectedLine))?.scrollIntoView({ block: 'center' });
  }, [selectedLine, loaded]);

  const showLine = useCallback(
    (line: number) => void navigate({ hash: lineAnchor(line) }, { replace: true }),
    [navigate],
  );

  return (
    <div className="page" data-testid="config-page">
      <header className="page-header">
        <div>
          <h1>Config</h1>
          <p className="page-subtitle">
            The community.yaml this Guildhall runs with, its validation, and what the server blueprint would change.
          </p>
        </div>
      </header>
      <ErrorBanner message={config.error === null ? null : describeError(config.error)} />
      {config.isPending && <p className="loading">Loading…</p>}
      {config.data !== undefined && (
        <>
          <div className="grid-2 config-top">
            <ValidationPanel validation={config.data.validation} onLine={showLine} />
            <PlanPanel plan={config.data.plan} />
          </div>
          <Panel
            title={config.data.path}
            className="config-file"
            testId="config-file"
            aside={<CopyButton text={config.data.yaml} />}
          >
            <YamlView
              text={config.data.yaml}
              errors={config.data.validation.errors}
              warnings={config.data.validation.warnings}
              selectedLine={selectedLine}
            />
          </Panel>
        </>
      )}
    </div>
  );
}
