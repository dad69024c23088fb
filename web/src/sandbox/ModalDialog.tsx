import * as Dialog from '@radix-ui/react-dialog';
import { useState, type SyntheticEvent } from 'react';
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
 * The modal as a real dialog (Radix: focus kept inside and given back, Escape cancels, the
 * page behind inert): the title, one labelled field per text input, Submit and Cancel. A
 * click outside does not drop what was typed. Mount it with a `key` of the interaction id so
 * a new form starts empty.
 */
export function ModalDialog({ shown, busy, error, onSubmit, onCancel }: ModalDialogProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(shown.spec.inputs.map((input) => [input.customId, input.value ?? ''])),
  );

  function submit(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!busy) onSubmit(values);
  }

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content
          className="modal"
          data-testid="modal-dialog"
          data-custom-id={shown.spec.customId}
          onPointerDownOutside={(event) => event.preventDefault()}
        >
          <form className="modal-form" onSubmit={submit}>
            <header className="modal-header">
              <Dialog.Title data-testid="modal-title">{shown.spec.title}</Dialog.Title>
              <Dialog.Description className="muted small">Filling in as {shown.memberName}</Dialog.Description>
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
              <Dialog.Close asChild>
                <button type="button" className="button" data-testid="modal-cancel">
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={busy} data-testid="modal-submit">
                Submit
              </button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
