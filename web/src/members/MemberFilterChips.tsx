import type { MemberFilter } from './membersApi.js';

/** The filters in the order the chips show them, with their labels and hints. */
export const MEMBER_FILTER_CHIPS: readonly { filter: MemberFilter; label: string; hint: string }[] = [
  { filter: 'all', label: 'All', hint: 'Every member' },
  { filter: 'new', label: 'New', hint: 'Joined in the last 7 days' },
  { filter: 'inactive', label: 'Inactive', hint: 'No message in 30 days' },
  { filter: 'staff', label: 'Staff', hint: 'Moderators and admins' },
];

/** Props of {@link MemberFilterChips}. */
export interface MemberFilterChipsProps {
  value: MemberFilter;
  onChange: (filter: MemberFilter) => void;
}

/** All / New / Inactive / Staff as toggle chips; exactly one is on. */
export function MemberFilterChips({ value, onChange }: MemberFilterChipsProps) {
  return (
    <div className="member-filters" role="group" aria-label="Filter members">
      {MEMBER_FILTER_CHIPS.map((chip) => (
        <button
          key={chip.filter}
          type="button"
          className={`member-filter-chip${chip.filter === value ? ' member-filter-chip-on' : ''}`}
          aria-pressed={chip.filter === value}
          title={chip.hint}
          onClick={() => onChange(chip.filter)}
          data-testid={`member-filter-${chip.filter}`}
        >
          {chip.label}
        </button>
      ))}
    </div>
  );
}
