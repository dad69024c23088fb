import { useState, type SyntheticEvent } from 'react';

/** Props of {@link Composer}. */
export interface ComposerProps {
  channelName: string | null;
  memberName: string | null;
  busy: boolean;
  /** Posts the text and resolves whether it worked (never rejects); the box clears on success. */
  onPost: (content: string) => Promise<boolean>;
  /** Runs `/rank` (never rejects). */
  onRank: () => Promise<void>;
}

/** The message box under the channel: post as the selected member, or run /rank. */
export function Composer({ channelName, memberName, busy, onPost, onRank }: ComposerProps) {
  const [content, setContent] = useState('');
  const ready = channelName !== null && memberName !== null;
  const canPost = ready && content.trim() !== '' && !busy;

  async function submit(event: SyntheticEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!canPost) return;
    if (await onPost(content.trim())) setContent('');
  }

  return (
    <form
      className="composer"
      // onPost never rejects (the page shows failures), so submit() cannot reject either.
      onSubmit={(event) => void submit(event)}
    >
      <input
        value={content}
        onChange={(event) => setContent(event.target.value)}
        placeholder={ready ? `Message #${channelName} as ${memberName}` : 'Pick or add a member to post as them'}
        disabled={!ready}
        maxLength={2000}
        aria-label="Message"
        data-testid="compose-input"
      />
      <button type="submit" className="button button-primary" disabled={!canPost} data-testid="compose-submit">
        Send
      </button>
      <button
        type="button"
        className="button"
        disabled={!ready || busy}
        // onRank never rejects.
        onClick={() => void onRank()}
        title="Run the /rank slash command as this member"
        data-testid="run-rank"
      >
        /rank
      </button>
    </form>
  );
}
