import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { fullTimestamp } from '../sandbox/markdown/timestampStyle.js';
import type { SettableStatus } from './feedbackApi.js';
import { feedbackItemQuery, useChangeStatus, useMergeItem } from './feedbackQueries.js';
import { FeedbackQueryStatus } from './FeedbackQueryStatus.js';
import { SETTABLE, STATUS_LABELS, TYPE_LABELS } from './feedbackWords.js';

/** Props of {@link ItemDialog}. */
export interface ItemDialogProps {
  number: number;
  /** Show the staff forms (the server still checks the user's feedback staff roles). */
  canChange: boolean;
  onClose: () => void;
}

/**
 * One item in a dialog: its text, votes, followers, duplicates and status history; staff move
 * it with a note the author and followers read, or merge it into another item.
 */
export function ItemDialog({ number, canChange, onClose }: ItemDialogProps) {
  const detail = useQuery(feedbackItemQuery(number));
  const item = detail.data?.item;
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content className="modal feedback-dialog" data-testid="feedback-dialog" aria-describedby={undefined}>
          <div className="modal-form">
            <header className="modal-header">
              <Dialog.Title>
                #{number} {item?.title ?? ''}
              </Dialog.Title>
              {item !== undefined && (
                <p className="muted small">
                  {TYPE_LABELS[item.type]} · {STATUS_LABELS[item.status]} · by {item.authorName} ·{' '}
                  {fullTimestamp(item.createdAt)}
                </p>
              )}
            </header>
            <FeedbackQueryStatus
              error={detail.error}
              pending={detail.isPending}
              what="The item"
              testId="feedback-dialog-item"
            />
            {detail.data !== undefined && item !== undefined && (
              <>
                {item.body !== '' && <p className="feedback-body">{item.body}</p>}
                <p className="small">
                  {detail.data.votes.up} up · {detail.data.votes.down} down · {detail.data.followers} following
                  {detail.data.duplicates.length > 0 &&
                    ` · duplicates ${detail.data.duplicates.map((n) => `#${n}`).join(', ')}`}
                  {item.mergedInto !== null && ` · merged into #${item.mergedInto}`}
                </p>
                <ol className="feedback-history" data-testid="feedback-history">
                  {detail.data.history.map((h) => (
                    <li key={`${h.at}-${h.to}`}>
                      {STATUS_LABELS[h.from]} → <strong>{STATUS_LABELS[h.to]}</strong> by {h.byName}{' '}
                      <span className="muted small">{fullTimestamp(h.at)}</span>
                      {h.note !== null && <div className="muted small">“{h.note}”</div>}
                    </li>
                  ))}
                  {detail.data.history.length === 0 && <li className="muted small">No status change yet.</li>}
                </ol>
                {canChange && item.status !== 'merged' && <StaffForms number={number} status={item.status} />}
              </>
            )}
            <footer className="modal-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Close
                </button>
              </Dialog.Close>
            </footer>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function StaffForms({ number, status }: { number: number; status: SettableStatus }) {
  const change = useChangeStatus();
  const merge = useMergeItem();
  const [next, setNext] = useState<SettableStatus>(status);
  const [note, setNote] = useState('');
  const [into, setInto] = useState('');
  const error = change.error ?? merge.error;

  function submitStatus(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = note.trim();
    change.mutate({ number, status: next, note: trimmed === '' ? null : trimmed }, { onSuccess: () => setNote('') });
  }
  function submitMerge(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    const target = Number(into);
    if (Number.isInteger(target) && target > 0) merge.mutate({ number, into: target });
  }

  return (
    <div className="feedback-staff">
      <ErrorBanner message={error === null ? null : describeError(error)} />
      <form className="feedback-staff-form" onSubmit={submitStatus}>
        <label className="modal-field">
          <span className="modal-label">Status</span>
          <select
            value={next}
            onChange={(event) => setNext(event.target.value as SettableStatus)}
            data-testid="feedback-dialog-status"
          >
            {SETTABLE.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="modal-field">
          <span className="modal-label">Note (the author and followers read it)</span>
          <textarea
            value={note}
            maxLength={500}
            rows={2}
            onChange={(event) => setNote(event.target.value)}
            data-testid="feedback-dialog-note"
          />
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={next === status || change.isPending}
          data-testid="feedback-dialog-save"
        >
          Change status
        </button>
      </form>
      <form className="feedback-staff-form feedback-merge-form" onSubmit={submitMerge}>
        <label className="modal-field">
          <span className="modal-label">Duplicate of #</span>
          <input
            type="number"
            min={1}
            value={into}
            onChange={(event) => setInto(event.target.value)}
            data-testid="feedback-dialog-merge-into"
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={into === '' || merge.isPending}
          data-testid="feedback-dialog-merge"
        >
          Merge
        </button>
      </form>
    </div>
  );
}
