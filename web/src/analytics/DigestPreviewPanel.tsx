import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/http.js';
import { Panel } from '../components/Panel.js';
import { ANALYTICS_KEY, digestPreviewQuery } from './analyticsQueries.js';
import { counted } from './counted.js';
import { postDigest, type Digest } from './digestApi.js';
import { longDate } from './dateRange.js';
import { hoursText } from './percent.js';
import { QueryStatus } from './QueryStatus.js';

/** Props of {@link DigestPreviewPanel}. */
export interface DigestPreviewPanelProps {
  /** Admins may post the digest now. */
  canPost: boolean;
  channelName: (channelId: string) => string;
}

/**
 * The weekly public digest as it would post now (top discussion, member spotlight, resource
 * pick, upcoming events, quick wins), where and when it posts, and for admins **Post now**.
 */
export function DigestPreviewPanel({ canPost, channelName }: DigestPreviewPanelProps) {
  const queryClient = useQueryClient();
  const preview = useQuery(digestPreviewQuery);
  const post = useMutation({
    mutationFn: postDigest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ANALYTICS_KEY }),
  });
  const data = preview.data;
  return (
    <Panel
      title="Weekly digest preview"
      aside={
        data === undefined
          ? undefined
          : `${data.digest.period} · ${longDate(data.digest.from)} – ${longDate(data.digest.to)}`
      }
      testId="digest-panel"
    >
      <QueryStatus error={preview.error} pending={preview.isPending} what="The digest preview" testId="digest" />
      {data !== undefined && (
        <>
          <DigestSections digest={data.digest} channelName={channelName} />
          <div className="digest-actions">
            <span className="muted small" data-testid="digest-where">
              {data.channel === null
                ? 'The digest is off (analytics.digest.channel is not set).'
                : `Posts in #${data.channel}${data.nextPostAt === null ? '' : ` on ${new Date(data.nextPostAt).toUTCString().slice(0, 22)} UTC`}${data.posted ? ' · this week’s digest is posted' : ''}.`}
            </span>
            {canPost && (
              <button
                type="button"
                className="button button-primary"
                disabled={data.channel === null || data.posted || post.isPending}
                onClick={() => post.mutate()}
                data-testid="digest-post-now"
              >
                {post.isPending ? 'Posting…' : data.posted ? 'Posted' : 'Post now'}
              </button>
            )}
          </div>
          {post.error !== null && (
            <p className="panel-error" role="alert" data-testid="digest-post-error">
              {describeError(post.error)}
            </p>
          )}
          {post.data !== undefined && (
            <p className="muted small" role="status" data-testid="digest-posted">
              Posted the digest for {post.data.period} in {channelName(post.data.channelId)}.
            </p>
          )}
        </>
      )}
    </Panel>
  );
}

interface DigestSectionsProps {
  digest: Digest;
  channelName: (channelId: string) => string;
}

function DigestSections({ digest, channelName }: DigestSectionsProps) {
  const { topDiscussion, spotlight, quickWins } = digest;
  return (
    <div className="digest-sections" data-testid="digest-sections">
      <section className="digest-section" data-testid="digest-top-discussion">
        <h3>Top discussion</h3>
        {topDiscussion === null ? (
          <p className="muted small">Nobody posted this week.</p>
        ) : (
          <p>
            <strong>{channelName(topDiscussion.channelId)}</strong>: {counted(topDiscussion.messages, 'message')},{' '}
            {counted(topDiscussion.replies, 'reply', 'replies')}
          </p>
        )}
      </section>
      <section className="digest-section" data-testid="digest-spotlight">
        <h3>Member spotlight</h3>
        {spotlight === null ? (
          <p className="muted small">Nobody was active this week.</p>
        ) : (
          <p>
            <strong>{spotlight.name ?? `user …${spotlight.userId.slice(-4)}`}</strong>: active{' '}
            {counted(spotlight.activeDays, 'day')}, {counted(spotlight.messages, 'message')}
          </p>
        )}
      </section>
      <section className="digest-section" data-testid="digest-quick-wins">
        <h3>Quick wins</h3>
        <p>
          {counted(quickWins.newMembers, 'new member')} · {counted(quickWins.firstMessages, 'first message')} ·{' '}
          {counted(quickWins.topicsAnswered, 'topic')} answered
          {quickWins.medianFirstResponseHours === null
            ? ''
            : ` (median first response ${hoursText(quickWins.medianFirstResponseHours)})`}
        </p>
      </section>
      <section className="digest-section">
        <h3>Resource pick</h3>
        <p className="muted small">{digest.resourcePick.pending}</p>
      </section>
      <section className="digest-section">
        <h3>Upcoming events</h3>
        <p className="muted small">{digest.upcomingEvents.pending}</p>
      </section>
    </div>
  );
}
