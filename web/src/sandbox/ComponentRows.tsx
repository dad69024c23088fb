import type { ActionRow, ButtonComponent, SelectComponent } from '../api/sandboxApi.js';
import { SelectMenu } from './SelectMenu.js';

/** Props of {@link ComponentRows}. */
export interface ComponentRowsProps {
  rows: readonly ActionRow[];
  /** Why nobody can click right now (e.g. no member picked); null when they can. */
  blockedReason: string | null;
  /** An action is running: components wait. */
  busy: boolean;
  onButton: (button: ButtonComponent) => void;
  onSelect: (select: SelectComponent, values: string[]) => void;
}

/** A message's action rows, Discord style: buttons in their colours, select menus. */
export function ComponentRows({ rows, blockedReason, busy, onButton, onSelect }: ComponentRowsProps) {
  const disabled = blockedReason !== null || busy;
  return (
    <div className="component-rows" data-testid="message-components">
      {rows.map((row, i) => (
        <div key={i} className="component-row">
          {row.components.map((component) =>
            component.kind === 'button' ? (
              <button
                key={component.customId}
                type="button"
                className={`discord-button discord-button-${component.style}`}
                disabled={disabled}
                title={blockedReason ?? undefined}
                onClick={() => onButton(component)}
                data-testid="component-button"
                data-custom-id={component.customId}
                data-style={component.style}
              >
                {component.label}
              </button>
            ) : (
              <SelectMenu
                key={component.customId}
                select={component}
                disabled={disabled}
                blockedReason={blockedReason}
                onChoose={(values) => onSelect(component, values)}
              />
            ),
          )}
        </div>
      ))}
    </div>
  );
}
