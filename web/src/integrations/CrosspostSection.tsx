import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/http.js';
import { Panel } from '../components/Panel.js';
import './crosspost.css';
import {
  fetchCrosspostPosts,
  postCrosspostDraft,
  publishCrosspostDraft,
  type CrosspostPreview,
} from './crosspostApi.js';

const KEY = ['crosspost', 'posts'] as const;

/** The crosspost section of the Integrations page: compose with a per-platform preview, publish, recent results. */
export function CrosspostSection() {
  const client = useQueryClient();
  const posts = useQuery({ queryKey: KEY, queryFn: fetchCrosspostPosts, refetchInterval: 30_000 });
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [tags, setTags] = useState('');
  const [preview, setPreview] = useState<CrosspostPreview | null>(null);
  const compose = useMutation({
    mutationFn: () =>
      postCrosspostDraft({
        title,
        text,
        link: link.trim() === '' ? null : link.trim(),
        hashtags: tags.split(/[\s,]+/).filter((t) => t !== ''),
      }),
    onSuccess: setPreview,
  });
  const publish = useMutation({
    mutationFn: (postId: string) => publishCrosspostDraft(postId),
    onSuccess: async () => {
      setPreview(null);
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <Panel title="Crosspost" testId="integrations-crosspost">
      <form
        className="crosspost-form"
        onSubmit={(e) => {
          e.preventDefault();
          compose.mutate();
        }}
      >
        <input aria-label="Title" placeholder="Title" value={title} onChange={(e) => setTitle(e.target.value)} />
        <textarea
          aria-label="Text"
          placeholder="Announcement (Discord markdown)"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <input aria-label="Link" placeholder="https://…" value={link} onChange={(e) => setLink(e.target.value)} />
        <input
          aria-label="Hashtags"
          placeholder="release opensource"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
        />
        <button type="submit" disabled={text.trim() === '' || compose.isPending}>
          Preview
        </button>
        {compose.error !== null && <p className="error">{describeError(compose.error)}</p>}
      </form>
      {preview !== null && (
        <div className="crosspost-preview" data-testid="crosspost-preview">
          {preview.adapted.map((a) => (
            <div key={a.platform} className="crosspost-platform">
              <strong>
                {a.platform}: {a.length}/{a.maxLength}
                {a.truncated ? ' (shortened)' : ''} · {a.hashtags.length}/{a.hashtagLimit} hashtags
              </strong>
              <meter min={0} max={a.maxLength} value={a.length} />
              <pre>{a.text}</pre>
            </div>
          ))}
          <button type="button" disabled={publish.isPending} onClick={() => publish.mutate(preview.postId)}>
            Publish
          </button>
          {publish.error !== null && <p className="error">{describeError(publish.error)}</p>}
        </div>
      )}
      <h3>Recent announcements</h3>
      {posts.data === undefined || posts.data.posts.length === 0 ? (
        <p className="empty">No announcement published yet.</p>
      ) : (
        <ul>
          {posts.data.posts.map((p) => (
            <li key={p.id}>
              {p.title === '' ? p.id : p.title} — {new Date(p.publishedAt).toLocaleString()}
              <ul>
                {p.deliveries.map((d) => (
                  <li key={d.targetId}>
                    {d.targetId} ({d.platform}): {d.status}, {d.attempts} attempt(s)
                    {d.httpStatus === null ? '' : `, HTTP ${d.httpStatus}`}
                    {d.lastError === null ? '' : ` — ${d.lastError}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
