import * as Tabs from '@radix-ui/react-tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AppealsTab } from '../moderation/AppealsTab.js';
import { AutomodTab } from '../moderation/AutomodTab.js';
import { CasePanel } from '../moderation/CasePanel.js';
import { CasesTab } from '../moderation/CasesTab.js';
import { LockdownControl } from '../moderation/LockdownControl.js';
import type { CaseFilters } from '../moderation/moderationApi.js';
import { pendingAppealsQuery } from '../moderation/moderationQueries.js';
import '../moderation/moderation.css';

const TABS = ['appeals', 'cases', 'automod'] as const;
type Tab = (typeof TABS)[number];

/**
 * Moderation: the lockdown in force (with End), and three tabs: the appeals queue (Uphold /
 * Overturn), the cases (filters, and one case with its evidence, appeals and timeline in a side
 * panel) and automod's rules by cases and overturn rate. The tab and the open case are in the
 * URL (`?tab=cases&case=12`), so a case can be linked.
 */
export function ModerationPage() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<CaseFilters>({});
  const pending = useQuery(pendingAppealsQuery);
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'appeals';
  const openCase = Number(params.get('case') ?? '');
  const waiting = pending.data?.appeals.length;

  const update = (changes: Record<string, string | null>): void => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  };

  return (
    <div className="page" data-testid="moderation-page">
      <header className="page-header">
        <div>
          <h1>Moderation</h1>
          <p className="page-subtitle">Appeals, cases and automod</p>
        </div>
      </header>
      <LockdownControl />
      <Tabs.Root value={tab} onValueChange={(value) => update({ tab: value === 'appeals' ? null : value })}>
        <Tabs.List aria-label="Moderation" className="tabs moderation-tabs">
          <Tabs.Trigger value="appeals" className="tab" data-testid="moderation-tab-appeals">
            Appeals
            {waiting !== undefined && (
              <span
                className={`count-badge${waiting > 0 ? ' count-badge-alert' : ''}`}
                aria-label={`${waiting} waiting`}
                data-testid="appeals-count"
              >
                {waiting}
              </span>
            )}
          </Tabs.Trigger>
          <Tabs.Trigger value="cases" className="tab" data-testid="moderation-tab-cases">
            Cases
          </Tabs.Trigger>
          <Tabs.Trigger value="automod" className="tab" data-testid="moderation-tab-automod">
            Automod
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="appeals">
          <AppealsTab onOpenCase={(n) => update({ case: String(n) })} />
        </Tabs.Content>
        <Tabs.Content value="cases">
          <CasesTab filters={filters} onFiltersChange={setFilters} onOpenCase={(n) => update({ case: String(n) })} />
        </Tabs.Content>
        <Tabs.Content value="automod">
          <AutomodTab
            onShowRule={(ruleId) => {
              setFilters({ rule: ruleId });
              update({ tab: 'cases' });
            }}
          />
        </Tabs.Content>
      </Tabs.Root>
      {Number.isInteger(openCase) && openCase > 0 && (
        <CasePanel key={openCase} caseNumber={openCase} onClose={() => update({ case: null })} />
      )}
    </div>
  );
}
