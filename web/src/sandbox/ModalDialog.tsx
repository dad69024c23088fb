import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { ModalSpec } from '../api/sandboxApi.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { TextInputField } from './TextInputField.js';

/** A form the bot answered an interaction with, waiting for the member to fill it in. */
export interface ShownModal {
  /** The interaction that showed it (what the submission names). */
  interactionId: string;
  /** Only this user may submit it. */
  userId: string;
  memberName: string;
  spec: ModalSpec;
  /** Where the interaction happened, so the answer shows there. */
  place: 'channel' | 'dm';
}

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  shown: ShownModal;
  busy: boolean;
  /** The last submission's failure, shown in the dialog; the values stay as typed. */
  error: string | null;
  /** Submits the values by input custom id (never rejects; the page shows the outcome). */
  onSubmit: (fields: Record<string, string>) => void;
  onCancel: () => void;
}

/**
 * The modal as a real dialog (focus kept inside, Escape cancels): the title, one labelled
 * field per text input, Submit and Cancel. Mount it with a `key` of the interaction id so a
 * new form starts empty.
 */
export function ModalDialog({ shown, busy, error, onSubmit, onCancel }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(shown.spec.inputs.map((input) => [input.customId, ''])),
  );

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);

  function submit(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!busy) onSubmit(values);
  }

  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      data-testid="modal-dialog"
      data-custom-id={shown.spec.customId}
      // Escape closes a native dialog by itself; keep React in charge of whether it is open.
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="modal-form" onSubmit={submit}>
        <header className="modal-header">
          <h2 id={titleId} data-testid="modal-title">
            {shown.spec.title}
          </h2>
          <p className="muted small">Filling in as {shown.memberName}</p>
        </header>
        <ErrorBanner message={error} />
        {shown.spec.inputs.map((input, i) => (
          <TextInputField
            key={input.customId}
            spec={input}
            value={values[input.customId] ?? ''}
            autoFocus={i === 0}
            onChange={(value) => setValues((previous) => ({ ...previous, [input.customId]: value }))}
          />
        ))}
        <footer className="modal-actions">
          <button type="button" className="button" onClick={onCancel} data-testid="modal-cancel">
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="modal-submit">
            Submit
          </button>
        </footer>
      </form>
    </dialog>
  );
}
