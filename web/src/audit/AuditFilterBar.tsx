import { useEffect, useState, type SyntheticEvent } from 'react';
import type { AuditFilters } from './auditApi.js';
import { AUDIT_AREAS } from './auditText.js';

/** An actor seen on the loaded pages, offered as a suggestion. */
export interface KnownActor {
  actor: string;
  name: string;
}

/** Props of {@link AuditFilterBar}. */
export interface AuditFilterBarProps {
  filters: AuditFilters;
  /** Actors seen so far, suggested in the actor field. */
  actors: readonly KnownActor[];
  onChange: (filters: AuditFilters) => void;
}

/**
 * The audit page's filters: the kind of action (applied at once) and the actor (applied on
 * Enter or Filter; suggestions name the actors seen so far).
 */
export function AuditFilterBar({ filters, actors, onChange }: AuditFilterBarProps) {
  const [actor, setActor] = useState(filters.actor);
  // The URL may change the filter too (a click on an actor, Back).
  useEffect(() => setActor(filters.actor), [filters.actor]);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onChange({ ...filters, actor: actor.trim() });
  };
  const active = filters.actor !== '' || filters.action !== '';
  return (
    <form className="audit-filters" onSubmit={onSubmit} data-testid="audit-filters">
      <label className="audit-filter">
        <span>Action</span>
        <select
          value={filters.action}
          onChange={(event) => onChange({ ...filters, action: event.target.value })}
          data-testid="audit-filter-action"
        >
          <option value="">All actions</option>
          {AUDIT_AREAS.map((area) => (
            <option key={area.prefix} value={area.prefix}>
              {area.label} ({area.prefix}…)
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filter audit-filter-actor">
        <span>Actor</span>
        <input
          type="search"
          list="audit-actors"
          placeholder="discord:<id> or cli:<user>"
          value={actor}
          onChange={(event) => setActor(event.target.value)}
          data-testid="audit-filter-actor"
        />
        <datalist id="audit-actors">
          {actors.map((known) => (
            <option key={known.actor} value={known.actor}>
              {known.name}
            </option>
          ))}
        </datalist>
      </label>
      <div className="audit-filter-buttons">
        <button type="submit" className="button" data-testid="audit-filter-apply">
          Filter
        </button>
        {active && (
          <button
            type="button"
            className="button"
            onClick={() => onChange({ actor: '', action: '' })}
            data-testid="audit-filter-clear"
          >
            Clear
          </button>
        )}
      </div>
    </form>
  );
}
