import { useRef, useState, type ReactNode, type SyntheticEvent } from 'react';

/** Props of {@link Composer}. */
export interface ComposerProps {
  /** Where the message goes, e.g. `#general` or `🧵 Build fails`; null when nothing is open. */
  placeName: string | null;
  memberName: string | null;
  busy: boolean;
  /** Posts the text and resolves whether it worked (never rejects); the box clears on success. */
  onPost: (content: string) => Promise<boolean>;
  /** Runs `/rank` (never rejects). */
  onRank: () => Promise<unknown>;
  /** The command form is open. */
  commandsOpen: boolean;
  onToggleCommands: () => void;
  /** Renders the mention picker; `insert` puts the markup at the caret. */
  mentionPicker: (insert: (markup: string) => void, close: () => void) => ReactNode;
}

/**
 * The message box under the channel: write (Discord markdown; Enter sends, Shift+Enter a new
 * line), mention someone with @, post as the selected member, run /rank, or open every
 * slash command with /.
 */
export function Composer({
  placeName,
  memberName,
  busy,
  onPost,
  onRank,
  commandsOpen,
  onToggleCommands,
  mentionPicker,
}: ComposerProps) {
  const [content, setContent] = useState('');
  const [picking, setPicking] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const ready = placeName !== null && memberName !== null;
  const canPost = ready && content.trim() !== '' && !busy;

  async function send(): Promise<void> {
    if (!canPost) return;
    const sent = content;
    // Cleared only if it still holds what was sent: text typed while the post was on its way stays.
    if (await onPost(sent.trim())) setContent((current) => (current === sent ? '' : current));
  }

  function submit(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    // onPost never rejects, so send() cannot reject either.
    void send();
  }

  const insert = (markup: string): void => {
    const area = box.current;
    const start = area?.selectionStart ?? content.length;
    const end = area?.selectionEnd ?? content.length;
    const before = content.slice(0, start);
    const spaced = `${before !== '' && !/\s$/.test(before) ? ' ' : ''}${markup} `;
    setContent(`${before}${spaced}${content.slice(end)}`);
    setPicking(false);
    requestAnimationFrame(() => {
      area?.focus();
      const caret = start + spaced.length;
      area?.setSelectionRange(caret, caret);
    });
  };

  return (
    <div className="composer-wrap">
      {picking && ready && mentionPicker(insert, () => setPicking(false))}
      <form className="composer" onSubmit={submit}>
        <textarea
          ref={box}
          value={content}
          rows={Math.min(6, Math.max(1, content.split('\n').length))}
          onChange={(event) => setContent(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void send();
            }
          }}
          placeholder={ready ? `Message ${placeName} as ${memberName}` : 'Pick or add a member to post as them'}
          disabled={!ready}
          maxLength={2000}
          aria-label="Message"
          data-testid="compose-input"
        />
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => setPicking((open) => !open)}
          title="Mention a member, channel or role"
          aria-pressed={picking}
          data-testid="open-mentions"
        >
          @
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
        <button
          type="button"
          className={commandsOpen ? 'button button-active' : 'button'}
          onClick={onToggleCommands}
          title="Slash commands: every command the modules registered, with its options"
          aria-label="Slash commands"
          aria-pressed={commandsOpen}
          data-testid="open-commands"
        >
          /
        </button>
        <button type="submit" className="button button-primary" disabled={!canPost} data-testid="compose-submit">
          Send
        </button>
      </form>
    </div>
  );
}
