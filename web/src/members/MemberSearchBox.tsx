import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue.js';

/** Props of {@link MemberSearchBox}. */
export interface MemberSearchBoxProps {
  /** The search in force (from the URL). */
  value: string;
  /** Called with the trimmed text once typing pauses. */
  onSearch: (text: string) => void;
}

const DEBOUNCE_MS = 300;

/**
 * The member search field: searches once typing pauses; follows the URL when it changes
 * otherwise (back button, a pasted link).
 */
export function MemberSearchBox({ value, onSearch }: MemberSearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const settled = useDebouncedValue(draft, DEBOUNCE_MS);
  const sent = useRef(value);

  useEffect(() => {
    const text = settled.trim();
    if (text === sent.current) return;
    sent.current = text;
    onSearch(text);
  }, [settled, onSearch]);

  useEffect(() => {
    // Only a change that did not come from this box replaces what is typed.
    if (value === sent.current) return;
    sent.current = value;
    setDraft(value);
  }, [value]);

  return (
    <label className="member-search">
      <span className="visually-hidden">Search members</span>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9z"
          fill="currentColor"
        />
      </svg>
      <input
        type="search"
        value={draft}
        placeholder="Search by name, username or id"
        onChange={(event) => setDraft(event.target.value)}
        data-testid="member-search"
      />
    </label>
  );
}
