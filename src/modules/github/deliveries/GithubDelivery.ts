/**
 * A GitHub webhook delivery as Guildhall keeps it: the headers' facts and what the payload is
 * about, normalised from the raw payload (which is never stored whole). The deliveries part
 * emits it as `github.delivery_received`; the accounts part credits linked members from it.
 * Fields may be added; the ones here keep their meaning.
 */
export interface GithubDelivery {
  /** `X-GitHub-Delivery`: unique per delivery (a redelivery from GitHub's UI carries the same). */
  deliveryId: string;
  /** `X-GitHub-Event`: `issues`, `pull_request`, `release`, `push`… */
  event: string;
  /** The payload's `action` (`opened`, `closed`…), null for events without one (push). */
  action: string | null;
  /** `owner/name`, null for events outside a repository. */
  repository: string | null;
  /** Who caused it. */
  sender: GithubActor | null;
  /** What it is about, when Guildhall knows the event; null for the ones it only logs. */
  subject: GithubSubject | null;
}

/** A GitHub account as a payload names it. */
export interface GithubActor {
  login: string;
  /** GitHub's numeric id as a string (logins can change; ids do not). */
  id: string;
  /** `User`, `Bot`, `Organization`. */
  type: string;
}

/** What a delivery is about. */
export type GithubSubject =
  | {
      kind: 'issue';
      number: number;
      title: string;
      url: string;
      author: GithubActor;
      labels: string[];
      state: string;
    }
  | {
      kind: 'pull_request';
      number: number;
      title: string;
      url: string;
      author: GithubActor;
      labels: string[];
      /** The branch it merges into. */
      baseBranch: string;
      headBranch: string;
      draft: boolean;
      /** True once merged (with action `closed`: this delivery is the merge). */
      merged: boolean;
      mergedBy: GithubActor | null;
    }
  | {
      kind: 'review';
      pullNumber: number;
      pullTitle: string;
      url: string;
      reviewer: GithubActor;
      pullAuthor: GithubActor;
      /** `approved`, `changes_requested`, `commented`, `dismissed`. */
      state: string;
      baseBranch: string;
    }
  | {
      kind: 'release';
      tag: string;
      name: string;
      url: string;
      author: GithubActor;
      prerelease: boolean;
      /** The release notes cut to fit an embed (a changelog summary). */
      changelog: string;
    }
  | {
      kind: 'push';
      branch: string;
      commits: number;
      compareUrl: string;
      pusher: string;
      /** First lines of the newest commits' messages. */
      headlines: string[];
    }
  | {
      kind: 'other';
      /** A title for the notice: `Star added`, `Discussion created`. */
      title: string;
      url: string | null;
    };
