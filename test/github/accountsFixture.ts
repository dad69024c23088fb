import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';
import { domainEvent } from '../../src/core/DomainEvent.js';
import type { GithubActor, GithubDelivery, GithubSubject } from '../../src/modules/github/deliveries/GithubDelivery.js';
import type { ContentCommunity } from '../content/contentCommunity.js';

/** The Verify button's custom id. */
export const VERIFY = 'github:accounts-verify';

/** A GitHub user account. */
export function actor(login: string, type = 'User'): GithubActor {
  return { login, id: String(login.length * 1000 + login.charCodeAt(0)), type };
}

/** A merged pull request's delivery. */
export function mergedPull(deliveryId: string, author: GithubActor, number = 7): GithubDelivery {
  const subject: GithubSubject = {
    kind: 'pull_request',
    number,
    title: 'Faster search',
    url: `https://github.com/acme/core/pull/${number}`,
    author,
    labels: [],
    baseBranch: 'main',
    headBranch: 'search',
    draft: false,
    merged: true,
    mergedBy: actor('maintainer'),
  };
  return {
    deliveryId,
    event: 'pull_request',
    action: 'closed',
    repository: 'acme/core',
    sender: actor('maintainer'),
    subject,
  };
}

/** A submitted review's delivery. */
export function review(
  deliveryId: string,
  reviewer: GithubActor,
  pullAuthor: GithubActor,
  state = 'approved',
): GithubDelivery {
  return {
    deliveryId,
    event: 'pull_request_review',
    action: 'submitted',
    repository: 'acme/core',
    sender: reviewer,
    subject: {
      kind: 'review',
      pullNumber: 9,
      pullTitle: 'Docs',
      url: `https://github.com/acme/core/pull/9#pullrequestreview-${deliveryId}`,
      reviewer,
      pullAuthor,
      state,
      baseBranch: 'main',
    },
  };
}

/** An issue's delivery. */
export function issue(
  deliveryId: string,
  author: GithubActor,
  labels: string[],
  action = 'opened',
  number = 11,
): GithubDelivery {
  return {
    deliveryId,
    event: 'issues',
    action,
    repository: 'acme/core',
    sender: author,
    subject: {
      kind: 'issue',
      number,
      title: 'Crash',
      url: `https://github.com/acme/core/issues/${number}`,
      author,
      labels,
      state: 'open',
    },
  };
}

/**
 * Delivers a `github.delivery_received` as the deliveries part records it (id from the
 * delivery id: a redelivery is the same event), then settles.
 */
export async function deliver(t: ContentCommunity, delivery: GithubDelivery): Promise<void> {
  await t.c.engine.ingest(
    domainEvent('github.delivery_received', {
      id: `github:github.delivery_received:${delivery.deliveryId}`,
      guildId: t.guildId,
      occurredAt: t.now(),
      source: 'github',
      payload: delivery,
    }),
  );
  await t.c.settle();
}

/** GitHub's REST API, faked with an undici MockAgent as the global dispatcher. */
export interface FakeGithub {
  agent: MockAgent;
  /** Answers the user and gists reads for `login` (once each). */
  profile(login: string, fields: { id?: number; bio?: string; gists?: string[]; status?: number }): void;
  restore(): Promise<void>;
}

/** Installs a MockAgent for api.github.com (no other network); `restore()` puts the previous dispatcher back. */
export function fakeGithub(): FakeGithub {
  const previous: Dispatcher = getGlobalDispatcher();
  const agent = new MockAgent();
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
  const pool = agent.get('https://api.github.com');
  return {
    agent,
    profile(login, { id = 42, bio = '', gists = [], status = 200 }) {
      const lower = login.toLowerCase();
      if (status !== 200) {
        pool.intercept({ path: `/users/${lower}`, method: 'GET' }).reply(status, { message: 'Not Found' });
        return;
      }
      pool.intercept({ path: `/users/${lower}`, method: 'GET' }).reply(200, { login, id, bio });
      pool.intercept({ path: `/users/${lower}/gists?per_page=30`, method: 'GET' }).reply(
        200,
        gists.map((description) => ({ description })),
      );
    },
    async restore() {
      setGlobalDispatcher(previous);
      await agent.close();
    },
  };
}

/** The code in a `/github link` answer. */
export function codeIn(content: string | undefined): string {
  const code = /guildhall-[a-z2-7]{12}/.exec(content ?? '')?.[0];
  if (code === undefined) throw new Error(`no code in ${content ?? '(nothing)'}`);
  return code;
}
