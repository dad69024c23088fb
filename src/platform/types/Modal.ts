/**
 * A form shown in answer to an interaction: up to 5 text inputs (`MODAL_LIMITS`).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export interface ModalSpec {
  /** Comes back as the `interaction.modal` event's `customId` (max 100 characters). */
  customId: string;
  /** Max 45 characters. */
  title: string;
  /** 1–5 inputs. */
  inputs: TextInputSpec[];
}

/**
 * One text field of a {@link ModalSpec}.
 * @see https://discord.com/developers/docs/components/reference#text-input
 */
export interface TextInputSpec {
  /** Key of the submitted value in the event's `fields` (max 100 characters). */
  customId: string;
  /** Max 45 characters. */
  label: string;
  /** One line, or several. */
  style: 'short' | 'paragraph';
  /** Default true, as on Discord. */
  required?: boolean;
  /** 0–4000. */
  minLength?: number;
  /** 1–4000. */
  maxLength?: number;
  /** Max 100 characters. */
  placeholder?: string;
  /** Text the input starts with (prefilled, e.g. from what the member saved before); at most `maxLength`. */
  value?: string;
}
