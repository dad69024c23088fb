import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { changelogSummary } from '../../src/modules/github/deliveries/changelogSummary.js';
import { DeliveriesConfig } from '../../src/modules/github/deliveries/deliveriesConfig.js';
import { normaliseDelivery } from '../../src/modules/github/deliveries/normaliseDelivery.js';
import { globMatcher, matchRoutes, repositoryMatches } from '../../src/modules/github/deliveries/routeMatching.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

describe('normaliseDelivery on every real example payload', () => {
  const kinds: Record<string, string> = {
    issues: 'issue',
    pull_request: 'pull_request',
    pull_request_review: 'review',
    release: 'release',
    push: 'push',
  };
  for (const [event, kind] of Object.entries(kinds)) {
    it(`reads every ${event} example as a ${kind}`, () => {
      const found = examples.find((e) => e.name === event)?.examples ?? [];
      expect(found.length).toBeGreaterThan(0);
      for (const example of found) {
        const result = normaliseDelivery('d', event, example);
        expect(result.ok && result.known && result.delivery.subject?.kind).toBe(kind);
      }
    });
  }

  it('reads the events it shows generically as "other" and the rest as unknown', () => {
    const star = examples.find((e) => e.name === 'star')?.examples[0];
    expect(normaliseDelivery('d', 'star', star)).toMatchObject({
      ok: true,
      known: true,
      delivery: { subject: { kind: 'other', title: 'Star created', url: 'https://github.com/Codertocat/Hello-World' } },
    });
    const unknown = examples.find((e) => e.name === 'marketplace_purchase')?.examples[0];
    expect(normaliseDelivery('d', 'marketplace_purchase', unknown)).toMatchObject({
      ok: true,
      known: false,
      delivery: { subject: null },
    });
  });

  it('refuses a payload that is not an object or lacks what its event needs', () => {
    expect(normaliseDelivery('d', 'issues', [])).toEqual({ ok: false, error: 'the body must be a JSON object' });
    expect(normaliseDelivery('d', 'pull_request', { action: 'opened', pull_request: { number: 'x' } }).ok).toBe(false);
  });
});

describe('branch globs', () => {
  it('matches * within a segment and ** across', () => {
    expect(globMatcher('release/*')('release/1.2')).toBe(true);
    expect(globMatcher('release/*')('release/1/2')).toBe(false);
    expect(globMatcher('feature/**')('feature/a/b')).toBe(true);
    expect(globMatcher('main')('main2')).toBe(false);
    expect(globMatcher('v1.?')('v1.x')).toBe(true);
    expect(globMatcher('v1.0')('v1x0')).toBe(false);
    expect(globMatcher('{main,develop}')('develop')).toBe(true);
    expect(globMatcher('release/*')('release/.hidden')).toBe(true);
  });

  it('matches repositories case-insensitively, owner/* included', () => {
    expect(repositoryMatches(['Octo-Org/*'], 'octo-org/Hello-World')).toBe(true);
    expect(repositoryMatches(['octo-org/hello-world'], 'octo-org/other')).toBe(false);
    expect(repositoryMatches([], null)).toBe(true);
    expect(repositoryMatches(['octo-org/*'], null)).toBe(false);
  });
});

describe('changelogSummary', () => {
  it('keeps headings and bullets, drops prose and comments', () => {
    expect(changelogSummary("<!-- x -->\n## What's Changed\n* Fix A by @a\nprose\n  - nested\n### Fixes\n- B")).toBe(
      "**What's Changed**\n• Fix A by @a\n  • nested\n**Fixes**\n• B",
    );
  });

  it('keeps the first lines of notes without structure, and says how many were cut', () => {
    const text = changelogSummary(Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n'), 60);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/^line 0\nline 1\n.*… and \d+ more$/s);
    expect(changelogSummary(null)).toBe('');
  });
});

describe('the deliveries config', () => {
  it('defaults to no routes, bots ignored, the secret from GITHUB_WEBHOOK_SECRET', () => {
    expect(DeliveriesConfig.parse(undefined)).toEqual({
      secretEnv: 'GITHUB_WEBHOOK_SECRET',
      previousSecretEnv: null,
      repositories: [],
      ignoreBots: true,
      routes: [],
      keepDays: 30,
    });
  });

  it('explains what is wrong', () => {
    const bad = DeliveriesConfig.safeParse({
      repositories: ['core'],
      secretEnv: 'my secret',
      routes: [
        { events: [], channel: 'x' },
        { events: ['issues'], channel: 'x', authors: ['a'], excludeAuthors: ['A'] },
      ],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('a repository is written owner/name (e.g. miyabi-ai/core; owner/* for all of an owner)');
    expect(messages).toContain('an environment variable name (upper case, digits, underscores)');
    expect(messages).toContain('a route needs at least one event (or *)');
  });

  it('routes with * and actions, one reason when none takes it', () => {
    const config = DeliveriesConfig.parse({
      routes: [{ events: ['*'], actions: ['published'], channel: 'announcements' }],
    });
    const star = normaliseDelivery('d', 'star', examples.find((e) => e.name === 'star')?.examples[0]);
    if (!star.ok) throw new Error(star.error);
    expect(matchRoutes(config, star.delivery)).toEqual({ routes: [], reason: 'action created not in published' });
  });
});
