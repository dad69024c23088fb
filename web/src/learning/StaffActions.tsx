import { useState } from 'react';
import { counted } from '../analytics/counted.js';
import { describeError } from '../api/http.js';
import type { AssignmentOutcome, GroupType, RoundOutcome } from './learningApi.js';
import { useAssignMentors, useFormRound } from './learningQueries.js';
import { GROUP_TYPE_LABELS, GROUP_TYPE_OPTIONS, percent } from './learningWords.js';

/** What a round did, as staff read it after pressing a button. */
function RoundResult({ result }: { result: RoundOutcome }) {
  return (
    <div className="learning-result" data-testid="learning-round-result">
      <p>
        <strong>
          Round #{result.number} {result.preview ? '(preview: nothing made)' : 'formed'}
        </strong>
        : {counted(result.learners, 'learner')}, {counted(result.groups.length, 'group')}, {result.unplaced.length}{' '}
        unplaced · {result.exact ? 'solved exactly' : `gap ${result.gapPct.toFixed(1)} %`}
      </p>
      {result.groups.length > 0 && (
        <ul data-testid="learning-round-result-groups">
          {result.groups.map((group, i) => (
            <li key={group.number ?? `p${i}`}>
              {group.number === null ? `Group ${i + 1}` : `Study group ${group.number}`} ({percent(group.compatibility)}
              ): {group.members.map((m) => m.name).join(', ')}
            </li>
          ))}
        </ul>
      )}
      {result.unplaced.length > 0 && (
        <ul className="learning-unplaced">
          {result.unplaced.map((m) => (
            <li key={m.userId}>
              {m.name}: <span className="muted">{m.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What an assignment did, as staff read it after pressing a button. */
function AssignmentResult({ result }: { result: AssignmentOutcome }) {
  return (
    <div className="learning-result" data-testid="learning-assignment-result">
      <p>
        <strong>{result.preview ? 'Assignment preview (nothing made)' : 'Mentors assigned'}</strong>: {result.mentees}{' '}
        waiting, {counted(result.mentors, 'mentor')} with room, {counted(result.pairs.length, 'pair')}
      </p>
      {result.pairs.length > 0 && (
        <ul data-testid="learning-assignment-pairs">
          {result.pairs.map((pair) => (
            <li key={pair.mentee.userId}>
              {pair.mentee.name} → {pair.mentor.name} ({percent(pair.compatibility)})
            </li>
          ))}
        </ul>
      )}
      {result.unassigned.length > 0 && (
        <ul className="learning-unplaced">
          {result.unassigned.map((m) => (
            <li key={m.userId}>
              {m.name}: <span className="muted">{m.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Staff buttons: preview or form the study groups of a type, preview or run the mentor
 * assignment; each shows what it did (the server checks the member is learning staff).
 */
export function StaffActions() {
  const [type, setType] = useState<GroupType>('beginner-cohort');
  const round = useFormRound();
  const assign = useAssignMentors();
  return (
    <div className="grid-2 grid-top learning-actions" data-testid="learning-actions">
      <div>
        <h3>Study groups</h3>
        <div className="learning-buttons">
          <select
            aria-label="Group type"
            value={type}
            onChange={(e) => setType(e.target.value as GroupType)}
            data-testid="learning-group-type"
          >
            {GROUP_TYPE_OPTIONS.map((t) => (
              <option key={t} value={t}>
                {GROUP_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={round.isPending}
            onClick={() => round.mutate({ type, preview: true })}
            data-testid="learning-preview-groups"
          >
            Preview groups
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={round.isPending}
            onClick={() => round.mutate({ type, preview: false })}
            data-testid="learning-form-groups"
          >
            Form groups
          </button>
        </div>
        {round.error !== null && (
          <p className="panel-error" role="alert" data-testid="learning-round-error">
            {describeError(round.error)}
          </p>
        )}
        {round.data !== undefined && <RoundResult result={round.data} />}
      </div>
      <div>
        <h3>Mentors</h3>
        <div className="learning-buttons">
          <button
            type="button"
            className="button"
            disabled={assign.isPending}
            onClick={() => assign.mutate(true)}
            data-testid="learning-preview-assignment"
          >
            Preview assignment
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={assign.isPending}
            onClick={() => assign.mutate(false)}
            data-testid="learning-assign-mentors"
          >
            Assign mentors
          </button>
        </div>
        {assign.error !== null && (
          <p className="panel-error" role="alert" data-testid="learning-assignment-error">
            {describeError(assign.error)}
          </p>
        )}
        {assign.data !== undefined && <AssignmentResult result={assign.data} />}
      </div>
    </div>
  );
}
