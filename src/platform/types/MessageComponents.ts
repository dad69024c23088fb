/**
 * A row of interactive components under a message: up to 5 buttons or one select menu.
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export interface ActionRow {
  components: (ButtonComponent | SelectComponent)[];
}

/**
 * A button; a click arrives as an `interaction.component` event with its `customId`.
 * @see https://discord.com/developers/docs/components/reference#button
 */
export interface ButtonComponent {
  kind: 'button';
  /** Routes the click to the module owning its prefix (max 100 characters). */
  customId: string;
  /** Up to 80 characters. */
  label: string;
  /** Discord's colours: blurple, grey, green, red. */
  style: 'primary' | 'secondary' | 'success' | 'danger';
}

/**
 * A string select menu; a choice arrives as an `interaction.component` event with the values.
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
export interface SelectComponent {
  kind: 'select';
  /** Routes the choice to the module owning its prefix (max 100 characters). */
  customId: string;
  /** Shown when nothing is chosen (max 150 characters). */
  placeholder?: string;
  /** 1–25 options. */
  options: SelectOption[];
  /** Fewest values to choose (default 1). */
  minValues?: number;
  /** Most values to choose (default 1). */
  maxValues?: number;
}

/**
 * One choice of a {@link SelectComponent}.
 * @see https://discord.com/developers/docs/components/reference#string-select-select-option-structure
 */
export interface SelectOption {
  /** Shown to the member (max 100 characters). */
  label: string;
  /** Sent back when chosen (max 100 characters). */
  value: string;
  /** Shown under the label (max 100 characters). */
  description?: string;
}
