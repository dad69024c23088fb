import { useState, type SyntheticEvent } from 'react';
import type { ChannelSnapshot } from '../api/sandboxApi.js';
import { threadsOf } from './ChannelList.js';

/** Props of {@link ForumPosts}. */
export interface ForumPostsProps {
  forum: ChannelSnapshot;
  /** Every channel, threads included. */
  channels: readonly ChannelSnapshot[];
  memberName: string | null;
  busy: boolean;
  onOpen: (threadId: string) => void;
  /** Creates a post (a thread with its first message); resolves whether it worked (never rejects). */
  onCreate: (title: string, content: string) => Promise<boolean>;
}

/**
 * A forum: its posts, newest first (pick one to read and answer it), and a form to start a
 * post as the member you act as — a title and its first message, as Discord asks.
 */
export function ForumPosts({ forum, channels, memberName, busy, onOpen, onCreate }: ForumPostsProps) {
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const posts = threadsOf(channels, forum.id, 100);
  const ready = memberName !== null && !busy && title.trim() !== '' && content.trim() !== '';

  async function submit(event: SyntheticEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!ready) return;
    if (await onCreate(title.trim(), content.trim())) {
      setTitle('');
      setContent('');
    }
  }

  return (
    <div className="forum" data-testid="forum-posts">
      <div className="forum-list">
        {posts.length === 0 && <p className="empty">No posts in this forum yet.</p>}
        {posts.map((post) => (
          <button
            key={post.id}
            type="button"
            className="forum-post"
            onClick={() => onOpen(post.id)}
            data-testid="forum-post"
            data-name={post.name}
          >
            <span className="forum-post-title">{post.name}</span>
            <span className="muted small">open post →</span>
          </button>
        ))}
      </div>
      <form
        className="forum-form"
        // onCreate never rejects, so submit() cannot reject either.
        onSubmit={(event) => void submit(event)}
        data-testid="forum-form"
      >
        <input
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={memberName === null ? 'Pick a member to post as them' : 'Post title'}
          disabled={memberName === null}
          maxLength={100}
          aria-label="Post title"
        />
        <textarea
          value={content}
          onChange={(event) => setContent(event.target.value)}
          placeholder="What is it about? (Discord markdown)"
          disabled={memberName === null}
          maxLength={2000}
          rows={3}
          aria-label="Post message"
        />
        <button type="submit" className="button button-primary" disabled={!ready}>
          New post{memberName === null ? '' : ` as ${memberName}`}
        </button>
      </form>
    </div>
  );
}
