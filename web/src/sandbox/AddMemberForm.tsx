import { useState, type SyntheticEvent } from 'react';

/** Props of {@link AddMemberForm}. */
export interface AddMemberFormProps {
  busy: boolean;
  /** Adds the member and resolves whether it worked (never rejects); the form clears on success. */
  onAdd: (username: string) => Promise<boolean>;
}

const USERNAME = /^[a-z0-9_.]{2,32}$/;

/** Adds a member to the sandbox guild by username (as if they joined the server). */
export function AddMemberForm({ busy, onAdd }: AddMemberFormProps) {
  const [username, setUsername] = useState('');
  const trimmed = username.trim().toLowerCase();
  const valid = USERNAME.test(trimmed);

  async function submit(event: SyntheticEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!valid || busy) return;
    if (await onAdd(trimmed)) setUsername('');
  }

  return (
    <form
      className="add-member"
      // onAdd never rejects (the page shows failures), so submit() cannot reject either.
      onSubmit={(event) => void submit(event)}
    >
      <input
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        placeholder="username"
        aria-label="Username of the new member"
        data-testid="add-member-input"
        maxLength={32}
      />
      <button type="submit" className="button button-primary" disabled={!valid || busy} data-testid="add-member-submit">
        Add member
      </button>
    </form>
  );
}
