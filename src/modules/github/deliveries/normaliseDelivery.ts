import type { z } from 'zod';
import { changelogSummary } from './changelogSummary.js';
import type { GithubActor, GithubDelivery, GithubSubject } from './GithubDelivery.js';
import {
  type Account,
  Envelope,
  IssuesPayload,
  PullRequestPayload,
  PushPayload,
  ReleasePayload,
  ReviewPayload,
} from './payloadSchemas.js';

/** A delivery the parser could read, or why not (a 400). */
export type Normalised = { ok: true; delivery: GithubDelivery; known: boolean } | { ok: false; error: string };

/** Events shown as a generic notice (`subject.kind = 'other'`): a title per event. */
const OTHER_TITLES: Record<string, string> = {
  issue_comment: 'Comment',
  pull_request_review_comment: 'Review comment',
  pull_request_review_thread: 'Review thread',
  commit_comment: 'Commit comment',
  discussion: 'Discussion',
  discussion_comment: 'Discussion comment',
  star: 'Star',
  watch: 'Watch',
  fork: 'Fork',
  create: 'Branch or tag created',
  delete: 'Branch or tag deleted',
  label: 'Label',
  milestone: 'Milestone',
  workflow_run: 'Workflow run',
  check_run: 'Check run',
  check_suite: 'Check suite',
  deployment_status: 'Deployment status',
  repository: 'Repository',
  member: 'Collaborator',
  public: 'Repository made public',
  gollum: 'Wiki',
};

/** Events whose subject Guildhall reads fully. */
const SUBJECT_EVENTS = new Set(['issues', 'pull_request', 'pull_request_review', 'release', 'push']);

function actor(account: z.infer<typeof Account>): GithubActor {
  return { login: account.login, id: String(account.id), type: account.type };
}

function labelsOf(labels: readonly { name: string }[]): string[] {
  return labels.map((l) => l.name);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, ' ');
}

/** Where a generic notice links: the html_url of the payload's main object, else the repository's. */
const LINK_KEYS = [
  'comment',
  'review',
  'thread',
  'discussion',
  'workflow_run',
  'check_run',
  'check_suite',
  'forkee',
  'milestone',
  'label',
  'issue',
  'pull_request',
  'repository',
];

function linkOf(payload: Record<string, unknown>): string | null {
  for (const key of LINK_KEYS) {
    const value = payload[key];
    if (typeof value === 'object' && value !== null && 'html_url' in value) {
      const url = value.html_url;
      if (typeof url === 'string') return url;
    }
  }
  return null;
}

/** The subject of one of the fully read events; a string is what the payload lacks. */
function subjectOf(event: string, payload: unknown): GithubSubject | string {
  switch (event) {
    case 'issues': {
      const p = IssuesPayload.safeParse(payload);
      if (!p.success) return `an issues payload needs issue: ${p.error.issues[0]?.path.join('.') ?? ''}`;
      const i = p.data.issue;
      return {
        kind: 'issue',
        number: i.number,
        title: i.title,
        url: i.html_url,
        author: actor(i.user),
        labels: labelsOf(i.labels),
        state: i.state,
      };
    }
    case 'pull_request': {
      const p = PullRequestPayload.safeParse(payload);
      if (!p.success) return `a pull_request payload needs ${p.error.issues[0]?.path.join('.') ?? 'pull_request'}`;
      const pr = p.data.pull_request;
      return {
        kind: 'pull_request',
        number: pr.number,
        title: pr.title,
        url: pr.html_url,
        author: actor(pr.user),
        labels: labelsOf(pr.labels),
        baseBranch: pr.base.ref,
        headBranch: pr.head.ref,
        draft: pr.draft,
        merged: pr.merged === true || (pr.merged_at !== null && pr.merged_at !== undefined),
        mergedBy: pr.merged_by === null || pr.merged_by === undefined ? null : actor(pr.merged_by),
      };
    }
    case 'pull_request_review': {
      const p = ReviewPayload.safeParse(payload);
      if (!p.success) return `a pull_request_review payload needs ${p.error.issues[0]?.path.join('.') ?? 'review'}`;
      const { review, pull_request: pr } = p.data;
      return {
        kind: 'review',
        pullNumber: pr.number,
        pullTitle: pr.title,
        url: review.html_url,
        reviewer: actor(review.user),
        pullAuthor: actor(pr.user),
        state: review.state.toLowerCase(),
        baseBranch: pr.base.ref,
      };
    }
    case 'release': {
      const p = ReleasePayload.safeParse(payload);
      if (!p.success) return `a release payload needs ${p.error.issues[0]?.path.join('.') ?? 'release'}`;
      const r = p.data.release;
      return {
        kind: 'release',
        tag: r.tag_name,
        name: r.name === null || r.name === undefined || r.name.trim() === '' ? r.tag_name : r.name,
        url: r.html_url,
        author: actor(r.author),
        prerelease: r.prerelease,
        changelog: changelogSummary(r.body),
      };
    }
    default: {
      const p = PushPayload.safeParse(payload);
      if (!p.success) return `a push payload needs ${p.error.issues[0]?.path.join('.') ?? 'ref'}`;
      const push = p.data;
      const newest = [...push.commits].reverse();
      return {
        kind: 'push',
        branch: push.ref.replace(/^refs\/(heads|tags)\//, ''),
        commits: push.commits.length,
        compareUrl: push.compare,
        pusher: push.pusher?.name ?? '',
        headlines: (newest.length > 0
          ? newest.map((c) => c.message)
          : push.head_commit
            ? [push.head_commit.message]
            : []
        )
          .slice(0, 5)
          .map((m) => m.split('\n')[0] ?? ''),
      };
    }
  }
}

/**
 * Normalises a webhook payload into a {@link GithubDelivery}, reading only the fields it needs
 * (checked with zod). An event Guildhall does not know gets a null subject (`known: false`):
 * the caller records and logs it, never drops it silently.
 * @param deliveryId - `X-GitHub-Delivery`
 * @param event - `X-GitHub-Event`
 * @param payload - the parsed JSON body
 */
export function normaliseDelivery(deliveryId: string, event: string, payload: unknown): Normalised {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, error: 'the body must be a JSON object' };
  }
  const envelope = Envelope.safeParse(payload);
  if (!envelope.success) {
    return { ok: false, error: `malformed payload: ${envelope.error.issues[0]?.path.join('.') ?? ''} is not valid` };
  }
  const base = {
    deliveryId,
    event,
    action: envelope.data.action ?? null,
    repository: envelope.data.repository?.full_name ?? null,
    sender: envelope.data.sender ? actor(envelope.data.sender) : null,
  };
  if (SUBJECT_EVENTS.has(event)) {
    const subject = subjectOf(event, payload);
    if (typeof subject === 'string') return { ok: false, error: subject };
    return { ok: true, known: true, delivery: { ...base, subject } };
  }
  const title = OTHER_TITLES[event];
  if (title === undefined) return { ok: true, known: false, delivery: { ...base, subject: null } };
  const action = base.action === null ? '' : ` ${base.action.replace(/_/g, ' ')}`;
  return {
    ok: true,
    known: true,
    delivery: {
      ...base,
      subject: {
        kind: 'other',
        title: capitalised(`${title}${action}`),
        url: linkOf(payload as Record<string, unknown>),
      },
    },
  };
}
