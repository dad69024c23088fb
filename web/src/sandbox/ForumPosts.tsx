import { useState, type SyntheticEvent } from 'react';
import type { ChannelSnapshot } from '../api/sandboxApi.js';
import { threadsOf } from './ChannelList.js';
import './supportSandbox.css';

/** Props of {@link ForumPosts}. */
export interface ForumPostsProps {
  forum: ChannelSnapshot;
  /** Every channel, threads included. */
  channels: readonly ChannelSnapshot[];
  memberName: string | null;
  busy: boolean;
  onOpen: (threadId: string) => void;
  /**
   * Creates a post (a thread with its first message) with the chosen tags (ids of the forum's
   * tags); resolves whether it worked (never rejects).
   */
  onCreate: (title: string, content: string, tagIds: string[]) => Promise<boolean>;
}

/** Discord lets a post carry at most this many tags. */
const MAX_TAGS = 5;

/**
 * A forum: its posts, newest first (pick one to read and answer it), and a form to start a
 * post as the member you act as — a title, its first message and the forum's tags, as Discord
 * asks (moderated tags, like Solved, are the bot's and staff's to apply).
 */
export function ForumPosts({ forum, channels, memberName, busy, onOpen, onCreate }: ForumPostsProps) {
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [tagIds, setTagIds] = useState<string[]>([]);
  const tags = forum.availableTags.filter((tag) => tag.id !== undefined && !tag.moderated);
  const toggleTag = (id: string): void =>
    setTagIds((chosen) =>
      chosen.includes(id) ? chosen.filter((t) => t !== id) : chosen.length < MAX_TAGS ? [...chosen, id] : chosen,
    );
  const posts = threadsOf(channels, forum.id, 100);
  const ready = memberName !== null && !busy && title.trim() !== '' && content.trim() !== '';

  async function submit(event: SyntheticEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!ready) return;
    if (await onCreate(title.trim(), content.trim(), tagIds)) {
      setTitle('');
      setContent('');
      setTagIds([]);
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
        {tags.length > 0 && (
          <div className="forum-tags" role="group" aria-label="Tags" data-testid="forum-tags">
            {tags.map((tag) => {
              const id = tag.id ?? '';
              const on = tagIds.includes(id);
              return (
                <button
                  key={id}
                  type="button"
                  className={`forum-tag${on ? ' forum-tag-on' : ''}`}
                  aria-pressed={on}
                  disabled={memberName === null}
                  onClick={() => toggleTag(id)}
                  data-testid="forum-tag"
                  data-name={tag.name}
                >
                  {tag.emoji === null ? '' : `${tag.emoji} `}
                  {tag.name}
                </button>
              );
            })}
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={!ready}>
          New post{memberName === null ? '' : ` as ${memberName}`}
        </button>
      </form>
    </div>
  );
}
