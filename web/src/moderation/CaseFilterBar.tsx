import type { CaseFilters } from './moderationApi.js';
import { CASE_KINDS } from './caseWords.js';

/** Props of {@link CaseFilterBar}. */
export interface CaseFilterBarProps {
  filters: CaseFilters;
  /** Automod rule ids to choose from (the automod statistics know them). */
  ruleIds: readonly string[];
  onChange: (filters: CaseFilters) => void;
}

/** The case list's filters: status, kind, source, automod rule and member id. */
export function CaseFilterBar({ filters, ruleIds, onChange }: CaseFilterBarProps) {
  const set = (key: keyof CaseFilters, value: string): void => {
    // Unset filters are left out; the selects only offer values of the API's enums.
    const next = Object.fromEntries(
      Object.entries({ ...filters, [key]: value }).filter(([, v]) => v !== ''),
    ) as CaseFilters;
    onChange({ ...next, offset: 0 });
  };
  return (
    <div className="case-filters" data-testid="case-filters">
      <label>
        <span>Status</span>
        <select
          value={filters.status ?? ''}
          onChange={(e) => set('status', e.target.value)}
          data-testid="filter-status"
        >
          <option value="">Any</option>
          <option value="open">Open</option>
          <option value="closed">Closed (expired, revoked)</option>
          <option value="overturned">Overturned</option>
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select value={filters.kind ?? ''} onChange={(e) => set('kind', e.target.value)} data-testid="filter-kind">
          <option value="">Any</option>
          {CASE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Source</span>
        <select
          value={filters.source ?? ''}
          onChange={(e) => set('source', e.target.value)}
          data-testid="filter-source"
        >
          <option value="">Any</option>
          <option value="manual">Moderators</option>
          <option value="automod">Automod</option>
        </select>
      </label>
      <label>
        <span>Rule</span>
        <select value={filters.rule ?? ''} onChange={(e) => set('rule', e.target.value)} data-testid="filter-rule">
          <option value="">Any</option>
          {ruleIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Member id</span>
        <input
          type="search"
          inputMode="numeric"
          placeholder="user id"
          value={filters.userId ?? ''}
          pattern="\d{5,25}"
          onChange={(e) => {
            const value = e.target.value.trim();
            // Ask the API only for a whole id (it refuses anything else).
            if (value === '' || /^\d{5,25}$/.test(value)) set('userId', value);
            else onChange({ ...filters, userId: value });
          }}
          data-testid="filter-user"
        />
      </label>
    </div>
  );
}
