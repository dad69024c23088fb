import { useState } from 'react';
import type { FeedbackBoard } from './feedbackApi.js';
import { FeedbackCard } from './FeedbackCard.js';
import { ItemDialog } from './ItemDialog.js';

/** Props of {@link StatusBoard}. */
export interface StatusBoardProps {
  board: FeedbackBoard;
  canChange: boolean;
}

/**
 * The feedback inbox as a board: one column per status, its count, its cards by votes. The
 * item dialog lives here, not in its card, so it stays open while the item changes column.
 */
export function StatusBoard({ board, canChange }: StatusBoardProps) {
  const [opened, setOpened] = useState<number | null>(null);
  return (
    <div className="feedback-board" data-testid="feedback-board">
      {board.columns.map((column) => (
        <section
          key={column.status}
          className="feedback-column"
          data-testid="feedback-column"
          data-status={column.status}
          aria-label={column.label}
        >
          <header className="feedback-column-head">
            <h3>{column.label}</h3>
            <span className="feedback-count" data-testid="feedback-column-count">
              {column.count}
            </span>
          </header>
          <div className="feedback-column-body">
            {column.items.length === 0 ? (
              <p className="empty small">Nothing here.</p>
            ) : (
              column.items.map((item) => (
                <FeedbackCard key={item.number} item={item} canChange={canChange} onOpen={setOpened} />
              ))
            )}
            {column.count > column.items.length && (
              <p className="muted small">and {column.count - column.items.length} more</p>
            )}
          </div>
        </section>
      ))}
      {opened !== null && <ItemDialog number={opened} canChange={canChange} onClose={() => setOpened(null)} />}
    </div>
  );
}
