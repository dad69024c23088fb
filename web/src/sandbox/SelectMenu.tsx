import { useState } from 'react';
import type { SelectComponent } from '../api/sandboxApi.js';

/** Props of {@link SelectMenu}. */
export interface SelectMenuProps {
  select: SelectComponent;
  disabled: boolean;
  blockedReason: string | null;
  /** The chosen option values, within the menu's min/max. */
  onChoose: (values: string[]) => void;
}

/**
 * A message's select menu. A one-value menu sends as soon as an option is picked, as on
 * Discord; a several-value menu sends with its Choose button once the count fits min/max.
 */
export function SelectMenu({ select, disabled, blockedReason, onChoose }: SelectMenuProps) {
  const [picked, setPicked] = useState<string[]>([]);
  // Discord's defaults: exactly one value.
  const min = select.minValues ?? 1;
  const max = select.maxValues ?? 1;
  const placeholder = select.placeholder ?? 'Make a selection';
  const common = {
    className: 'discord-select',
    disabled,
    title: blockedReason ?? placeholder,
    'aria-label': placeholder,
    'data-testid': 'component-select',
    'data-custom-id': select.customId,
  };

  if (max <= 1) {
    return (
      <select
        {...common}
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onChoose([event.target.value]);
        }}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {select.options.map((option) => (
          <option key={option.value} value={option.value} title={option.description}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }

  const fits = picked.length >= min && picked.length <= max;
  return (
    <span className="discord-select-multi">
      <select
        {...common}
        multiple
        size={Math.min(select.options.length, 5)}
        value={picked}
        onChange={(event) => setPicked([...event.target.selectedOptions].map((option) => option.value))}
      >
        {select.options.map((option) => (
          <option key={option.value} value={option.value} title={option.description}>
            {option.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="discord-button discord-button-primary"
        disabled={disabled || !fits}
        title={`Pick ${min === max ? min : `${min}–${max}`}`}
        onClick={() => {
          onChoose(picked);
          setPicked([]);
        }}
        data-testid="component-select-submit"
      >
        Choose
      </button>
    </span>
  );
}
