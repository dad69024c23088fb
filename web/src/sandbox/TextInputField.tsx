import { useId } from 'react';
import type { TextInputSpec } from '../api/sandboxApi.js';

/** Props of {@link TextInputField}. */
export interface TextInputFieldProps {
  spec: TextInputSpec;
  value: string;
  onChange: (value: string) => void;
  /** Focus this field when the form opens. */
  autoFocus: boolean;
}

/**
 * One text input of a modal with its label: a one-line input or a text area, with the
 * input's required flag, length bounds and placeholder checked by the browser as Discord's
 * client does.
 */
export function TextInputField({ spec, value, onChange, autoFocus }: TextInputFieldProps) {
  const id = useId();
  // Discord's default: an input is required unless it says otherwise.
  const required = spec.required ?? true;
  const common = {
    id,
    value,
    required,
    autoFocus,
    minLength: spec.minLength,
    maxLength: spec.maxLength,
    placeholder: spec.placeholder,
    'data-testid': 'modal-input',
    'data-custom-id': spec.customId,
  };
  return (
    <div className="modal-field">
      <label htmlFor={id} className="modal-label">
        {spec.label}
        {required && (
          <span className="modal-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {spec.style === 'paragraph' ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      <div className="modal-hint muted small">{lengthHint(spec, value.length)}</div>
    </div>
  );
}

function lengthHint(spec: TextInputSpec, length: number): string {
  const bounds =
    spec.minLength !== undefined && spec.maxLength !== undefined
      ? `${spec.minLength}–${spec.maxLength} characters`
      : spec.maxLength !== undefined
        ? `up to ${spec.maxLength} characters`
        : spec.minLength !== undefined
          ? `at least ${spec.minLength} characters`
          : '';
  return bounds === '' ? `${length} characters` : `${length} · ${bounds}`;
}
