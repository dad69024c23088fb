import * as Dialog from '@radix-ui/react-dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { decideAppeal, type DecisionResult, type QueuedAppeal } from './moderationApi.js';
import { MODERATION_KEY } from './moderationQueries.js';

/** The shortest reasoning the page accepts: the member reads it. */
export const MIN_REASONING = 10;
const MAX_REASONING = 1000;

/** Props of {@link DecisionDialog}. */
export interface DecisionDialogProps {
  appeal: QueuedAppeal;
  outcome: 'upheld' | 'overturned';
  memberName: string;
  /** Told once the decision is recorded, with the server's sentence. */
  onDecided: (result: DecisionResult) => void;
  onCancel: () => void;
}

/**
 * Asks for the reasoning of an Uphold or Overturn (sent to the member), then decides the
 * appeal; refreshes the queue and the cases. A refusal (not this reviewer's to decide, already
 * decided) is shown in the dialog with the server's reason, and what was typed stays.
 */
export function DecisionDialog({ appeal, outcome, memberName, onDecided, onCancel }: DecisionDialogProps) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: () => decideAppeal(appeal.appealId, { outcome, reason: reason.trim() }),
    onSuccess: async (result) => {
      onDecided(result);
      await queryClient.invalidateQueries({ queryKey: MODERATION_KEY });
    },
  });
  const verb = outcome === 'upheld' ? 'Uphold' : 'Overturn';
  const tooShort = reason.trim().length < MIN_REASONING;

  function submit(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!tooShort && !decide.isPending) decide.mutate();
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
          data-testid="decision-dialog"
          data-outcome={outcome}
          onPointerDownOutside={(event) => event.preventDefault()}
        >
          <form className="modal-form" onSubmit={submit}>
            <header className="modal-header">
              <Dialog.Title>
                {verb} appeal #{appeal.appealId}
              </Dialog.Title>
              <Dialog.Description className="muted small">
                {outcome === 'upheld'
                  ? `Case #${appeal.caseNumber} stays as it is.`
                  : `Case #${appeal.caseNumber} is withdrawn and its sanction undone.`}{' '}
                {memberName} gets your reasoning by DM.
              </Dialog.Description>
            </header>
            <ErrorBanner message={decide.error === null ? null : describeError(decide.error)} />
            <label className="modal-field">
              <span className="modal-label">Your reasoning (sent to the member)</span>
              <textarea
                value={reason}
                required
                minLength={MIN_REASONING}
                maxLength={MAX_REASONING}
                rows={4}
                autoFocus
                onChange={(event) => setReason(event.target.value)}
                data-testid="decision-reason"
              />
              <span className="modal-hint muted small">
                At least {MIN_REASONING} characters ({reason.trim().length}/{MAX_REASONING})
              </span>
            </label>
            <footer className="modal-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button
                type="submit"
                className={`button ${outcome === 'upheld' ? 'button-primary' : 'button-danger'}`}
                disabled={tooShort || decide.isPending}
                data-testid="decision-submit"
              >
                {verb}
              </button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
