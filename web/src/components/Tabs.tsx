import { useRef, type KeyboardEvent } from 'react';

/** One tab: a stable id and its visible label. */
export interface TabItem<T extends string> {
  id: T;
  label: string;
}

/** Props of {@link Tabs}. */
export interface TabsProps<T extends string> {
  /** Accessible name of the tab list, e.g. "Leaderboard period". */
  label: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** Prefix of the element ids that tie each tab to its panel ({@link tabPanelId}). */
  idPrefix: string;
  /** Test id of the list; each tab gets `<testId>-<tab id>`. */
  testId: string;
}

/**
 * The id of the tab of `id`, for the panel's `aria-labelledby`.
 * @param idPrefix - the tabs' prefix
 * @param id - the tab
 */
export function tabElementId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`;
}

/**
 * The id the panel controlled by the tabs must carry.
 * @param idPrefix - the tabs' prefix
 */
export function tabPanelId(idPrefix: string): string {
  return `${idPrefix}-panel`;
}

/**
 * A row of tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys / Home / End move and select,
 * each tab `aria-controls` the panel with id {@link tabPanelId}.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, idPrefix, testId }: TabsProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const target = keyTarget(event.key, index, tabs.length - 1);
    const tab = target === null ? undefined : tabs[target];
    if (tab === undefined) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className="tabs" data-testid={testId} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const active = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              if (element === null) buttons.current.delete(tab.id);
              else buttons.current.set(tab.id, element);
            }}
            type="button"
            role="tab"
            id={tabElementId(idPrefix, tab.id)}
            aria-selected={active}
            aria-controls={tabPanelId(idPrefix)}
            tabIndex={active ? 0 : -1}
            className={`tab${active ? ' tab-active' : ''}`}
            data-testid={`${testId}-${tab.id}`}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** Where a key moves the selection (wrapping at both ends), or null for other keys. */
function keyTarget(key: string, index: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return index >= last ? 0 : index + 1;
    case 'ArrowLeft':
      return index <= 0 ? last : index - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
