import { useState } from 'react';
import { pollTimeLeft, tallyPoll, votePoll, type SandboxPoll } from './pollsApi.js';
import { useActionRunner } from './useActionRunner.js';
import './polls.css';

/** Props of {@link PollView}. */
export interface PollViewProps {
  poll: SandboxPoll;
  /** The member acting, or null (then only the results show). */
  actorId: string | null;
  /** Another action is running: voting waits. */
  busy: boolean;
}

/**
 * A message's native poll, Discord style: the question, each answer with a bar, its count and
 * share, and voting as the member acting (one answer a click; several on a multiselect poll,
 * then Vote). "Remove vote" takes the member's vote back. Once ended: the final counts and the
 * winner. The member's choice is highlighted for this visit (the API does not tell whose votes
 * are whose).
 */
export function PollView({ poll, actorId, busy }: PollViewProps) {
  const runner = useActionRunner();
  const [picked, setPicked] = useState<readonly number[]>([]);
  const [mine, setMine] = useState<{ userId: string; answers: readonly number[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tally = tallyPoll(poll);
  const total = poll.counts.reduce((sum, count) => sum + count, 0);
  const open = !poll.finalized;
  const canVote = open && actorId !== null;
  const blocked = busy || runner.busy;
  const myAnswers = mine !== null && mine.userId === actorId ? mine.answers : [];
  const winners = tally.filter((answer) => answer.leading);

  const vote = (answers: readonly number[]): void => {
    if (actorId === null) return;
    void runner
      .act(async () => {
        await votePoll(poll, actorId, answers);
      }, setError)
      .then((done) => {
        if (!done) return;
        setError(null);
        setMine({ userId: actorId, answers });
        setPicked([]);
      });
  };
  const choose = (index: number): void => {
    if (!poll.allowMultiselect) return vote([index]);
    setPicked(picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index]);
  };

  return (
    <section
      className={open ? 'poll' : 'poll poll-ended'}
      data-testid="poll"
      data-message-id={poll.messageId}
      aria-label={`Poll: ${poll.question}`}
    >
      <div className="poll-question">{poll.question}</div>
      <div className="poll-hint muted small">
        {poll.allowMultiselect ? 'Select one or more answers' : 'Select one answer'}
      </div>
      <ul className="poll-answers">
        {tally.map((answer) => {
          const selected = picked.includes(answer.index) || myAnswers.includes(answer.index);
          const classes = ['poll-answer'];
          if (selected) classes.push('poll-answer-mine');
          if (!open && answer.leading) classes.push('poll-answer-winner');
          return (
            <li key={answer.index}>
              <button
                type="button"
                className={classes.join(' ')}
                disabled={!canVote || blocked}
                aria-pressed={selected}
                title={canVote ? `Vote for ${answer.text}` : undefined}
                onClick={() => choose(answer.index)}
                data-testid="poll-answer"
                data-index={answer.index}
              >
                <span className="poll-bar" style={{ width: `${answer.percent}%` }} aria-hidden="true" />
                <span className="poll-answer-text">
                  {!open && answer.leading && <span aria-label="winner">✓ </span>}
                  {answer.text}
                </span>
                <span className="poll-answer-count" data-testid="poll-count">
                  {answer.count} · {answer.percent}%
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="poll-footer">
        <span className="muted small" data-testid="poll-status">
          {total} {total === 1 ? 'vote' : 'votes'} ·{' '}
          {open
            ? pollTimeLeft(poll.expiresAt, Date.now())
            : winners.length === 0
              ? 'Poll ended: no votes'
              : `Poll ended: ${winners.map((w) => w.text).join(', ')} ${winners.length > 1 ? 'tie' : 'won'}`}
        </span>
        {canVote && poll.allowMultiselect && (
          <button
            type="button"
            className="button button-primary"
            disabled={blocked || picked.length === 0}
            onClick={() => vote(picked)}
            data-testid="poll-vote"
          >
            Vote
          </button>
        )}
        {canVote && (
          <button
            type="button"
            className="toolbar-button"
            disabled={blocked}
            onClick={() => vote([])}
            title="Take back your vote"
            data-testid="poll-remove-vote"
          >
            Remove vote
          </button>
        )}
      </div>
      {error !== null && (
        <p className="poll-error small" role="alert" data-testid="poll-error">
          {error}
        </p>
      )}
    </section>
  );
}
