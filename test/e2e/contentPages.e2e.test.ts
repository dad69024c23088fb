import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sign } from '@octokit/webhooks-methods';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { testDialect } from '../testStore.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  screenshot,
  signedInPage,
  startBrowserHarness,
  type BrowserHarness,
} from './browserHarness.js';

const DESKTOP = { width: 1440, height: 900 };
const SECRET = 'e2e-github-secret';

/** The starter community with every GitHub delivery routed to #general. */
function configText(): string {
  const text = starterConfig();
  const routed = text.replace(
    /(\n {2}deliveries:\n(?:.*\n)*? {4})routes: \[\]/,
    "$1routes:\n      - events: ['*']\n        channel: general",
  );
  if (routed === text) throw new Error('the starter config has no github.deliveries.routes to replace');
  return routed;
}

/** POSTs one of GitHub's example deliveries to the running Guildhall, signed with `secret`. */
async function deliver(guildhall: RunningGuildhall, name: string, secret: string): Promise<Response> {
  const body = readFileSync(new URL(`../fixtures/github/${name}.json`, import.meta.url), 'utf8');
  return fetch(`${guildhall.url}/webhooks/github`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': name.split('.')[0] ?? name,
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': await sign(secret, body),
    },
    body,
  });
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

if (!hasChromium) console.warn(`content pages e2e skipped: ${SKIP_REASON}`);

describe(`integrations, tutorials and challenges pages in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;
  const previousSecret = process.env.GITHUB_WEBHOOK_SECRET;

  beforeAll(async () => {
    if (!hasChromium) return;
    process.env.GITHUB_WEBHOOK_SECRET = SECRET;
    harness = await startBrowserHarness(configText(), 'e2e_content');
    ({ guildhall, browser } = harness);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
    if (previousSecret === undefined) delete process.env.GITHUB_WEBHOOK_SECRET;
    else process.env.GITHUB_WEBHOOK_SECRET = previousSecret;
  });

  it('takes signed GitHub deliveries over HTTP, refuses a forged one, and lists them on Integrations', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const forged = await deliver(guildhall, 'issues.opened', 'not-the-secret');
    expect(forged.status).toBe(401);
    for (const name of ['issues.opened', 'pull_request.closed', 'release.published']) {
      expect((await deliver(guildhall, name, SECRET)).status).toBeLessThan(300);
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-integrations').click();
    await page.getByTestId('integrations-page').waitFor({ timeout: UI_TIMEOUT });
    const rows = page.getByTestId('github-deliveries').locator('tbody tr');
    await rows.nth(2).waitFor({ timeout: UI_TIMEOUT });
    expect(await rows.count()).toBe(3);
    const text = await page.getByTestId('github-deliveries').innerText();
    expect(text).toContain('issues');
    expect(text).toContain('pull_request');
    expect(text).toContain('release');
    expect(text).not.toContain('not-the-secret');
    await page.getByTestId('integrations-crosspost').waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Title').fill('Release 2.0');
    await page.getByLabel('Text').fill('Guildhall 2.0 is out with **GitHub** notifications and cross-posting.');
    await page.getByLabel('Link').fill('https://example.org/release-2');
    await page.getByTestId('integrations-crosspost').locator('button[type=submit]').click();
    await page.getByTestId('crosspost-preview').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('crosspost-preview').innerText()).toContain('Release 2.0');
    await screenshot(page, 'integrations-page.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('opens Tutorials and Challenges on a fresh community without errors', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-tutorials').click();
    await page.getByTestId('tutorials-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('tutorials-library').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('tutorials-quizzes').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'tutorials-page.png', true);
    await page.getByTestId('nav-challenges').click();
    await page.getByTestId('challenges-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('challenges-contests').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('challenges-showcases').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'challenges-page.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
