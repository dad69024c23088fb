// The parts of GitHub webhook payloads Guildhall reads, parsed with zod (unknown keys dropped).
// @see https://docs.github.com/en/webhooks/webhook-events-and-payloads
import { z } from 'zod';

/** A user, bot or organisation as payloads name it. */
export const Account = z.object({
  login: z.string(),
  id: z.number(),
  type: z.string().default('User'),
});

const Label = z.object({ name: z.string() });

/** What every payload may carry. */
export const Envelope = z.object({
  action: z.string().optional(),
  repository: z.object({ full_name: z.string() }).nullish(),
  sender: Account.nullish(),
});

export const IssuesPayload = z.object({
  issue: z.object({
    number: z.number(),
    title: z.string(),
    html_url: z.string(),
    user: Account,
    labels: z.array(Label).default([]),
    state: z.string().default('open'),
  }),
});

const PullRequest = z.object({
  number: z.number(),
  title: z.string(),
  html_url: z.string(),
  user: Account,
  labels: z.array(Label).default([]),
  base: z.object({ ref: z.string() }),
  head: z.object({ ref: z.string() }),
  draft: z.boolean().default(false),
  merged: z.boolean().nullish(),
  merged_at: z.string().nullish(),
  merged_by: Account.nullish(),
});

export const PullRequestPayload = z.object({ pull_request: PullRequest });

export const ReviewPayload = z.object({
  review: z.object({ user: Account, state: z.string(), html_url: z.string() }),
  pull_request: z.object({
    number: z.number(),
    title: z.string(),
    user: Account,
    base: z.object({ ref: z.string() }),
  }),
});

export const ReleasePayload = z.object({
  release: z.object({
    tag_name: z.string(),
    name: z.string().nullish(),
    html_url: z.string(),
    author: Account,
    prerelease: z.boolean().default(false),
    body: z.string().nullish(),
  }),
});

export const PushPayload = z.object({
  ref: z.string(),
  compare: z.string().default(''),
  pusher: z.object({ name: z.string() }).optional(),
  commits: z.array(z.object({ message: z.string() })).default([]),
  head_commit: z.object({ message: z.string() }).nullish(),
});

/** Anything with a link GitHub shows: the payload's main object's `html_url`. */
export const LinkedPayload = z.record(z.string(), z.unknown());
