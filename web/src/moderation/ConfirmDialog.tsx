import * as Dialog from '@radix-ui/react-dialog';
import { ErrorBanner } from '../components/ErrorBanner.js';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string;
  description: string;
  confirmLabel: string;
  busy: boolean;
  /** The last attempt's failure, shown in the dialog. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

/** Asks before something that cannot be taken back (Radix dialog: focus kept inside, Escape cancels). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, description, confirmLabel, busy, error, onConfirm, onCancel, testId } = props;
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content className="modal" data-testid={testId}>
          <div className="modal-form">
            <header className="modal-header">
              <Dialog.Title>{title}</Dialog.Title>
              <Dialog.Description className="muted small">{description}</Dialog.Description>
            </header>
            <ErrorBanner message={error} />
            <footer className="modal-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button
                type="button"
                className="button button-danger"
                disabled={busy}
                onClick={onConfirm}
                data-testid={`${testId}-confirm`}
              >
                {confirmLabel}
              </button>
            </footer>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
