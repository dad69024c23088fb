import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

/** Debian's chromium by default; GUILDHALL_CHROMIUM points elsewhere (another OS, another build). */
const CHROMIUM = process.env.GUILDHALL_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SKIP_REASON = `${CHROMIUM} is missing: install chromium (Debian: apt-get install -y chromium) or set GUILDHALL_CHROMIUM to run the browser test`;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Screenshots go to a temp dir; GUILDHALL_SCREENSHOTS=1 refreshes the README's in docs/screenshots.
const screenshotDir =
  process.env.GUILDHALL_SCREENSHOTS === '1'
    ? join(repoRoot, 'docs', 'screenshots')
    : join(tmpdir(), 'guildhall-screenshots');

/** Polling is every 2 s; a few periods is plenty on a slow machine. */
const UI_TIMEOUT = 10_000;

const COMMUNITY = 'Lighthouse Makers';
const configText = `version: 1
community:
  name: ${COMMUNITY}
`;

if (!hasChromium) console.warn(`dashboard e2e skipped: ${SKIP_REASON}`);

describe('dashboard in a real browser', () => {
  let webRoot: string | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;
  let schema: string | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    // Build the current web/ sources into a scratch directory so the test never serves a
    // stale web/dist.
    webRoot = mkdtempSync(join(tmpdir(), 'guildhall-web-'));
    await build({
      configFile: join(repoRoot, 'web', 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: webRoot, emptyOutDir: true },
    });
    schema = testDialect === 'postgres' ? `e2e_${Date.now().toString(36)}` : undefined;
    guildhall = await startGuildhall({
      configText,
      databaseUrl: testDialect === 'postgres' ? testPostgresUrl : ':memory:',
      ...(schema === undefined ? {} : { databaseSchema: schema }),
      port: 0,
      env: {},
      webRoot,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await guildhall?.stop();
    if (schema !== undefined) await dropSchema(schema);
    if (webRoot !== undefined) rmSync(webRoot, { recursive: true, force: true });
  });

  it('a newcomer adds ada, sees her welcomed, posts, ranks and finds her on the leaderboard', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const url = guildhall.url;
    await page.goto(url);
    expect(await visibleText(page.getByTestId('community-name'))).toBe(COMMUNITY);
    expect(await visibleText(page.getByTestId('platform-badge'))).toBe('Sandbox');

    await page.getByTestId('nav-sandbox').click();
    await addMember(page, 'ada');

    const ada = page.locator('[data-testid=member-details][data-username=ada]');
    await ada.locator('[data-testid=member-role][data-name="New Member"]').waitFor({ timeout: UI_TIMEOUT });

    await openChannel(page, 'welcome');
    const welcome = messageMentioning(page, '@ada');
    expect(await visibleText(welcome)).toMatch(/Welcome to Lighthouse Makers, @ada!/);

    await openChannel(page, 'general');
    await postMessage(page, 'hello everyone');
    const posted = page.locator('[data-testid=channel-messages] [data-testid=message]', { hasText: 'hello everyone' });
    expect(await visibleText(posted.getByTestId('message-author'))).toBe('ada');
    await waitForText(ada.getByTestId('member-points'), /^1\s*point$/);

    await page.getByTestId('run-rank').click();
    expect(await visibleText(page.getByTestId('command-reply-content'))).toContain('You have 1 point');

    // A second member makes the screenshots look like a community rather than a test.
    await addMember(page, 'grace');
    await postMessage(page, 'hi ada, welcome! what are you building?');
    await selectMember(page, 'ada');
    await page.getByTestId('run-rank').click();
    await waitForText(page.getByTestId('command-reply-content'), /You have 1 point/);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'sandbox.png') });

    await page.getByTestId('nav-overview').click();
    const adaRow = page.locator('[data-testid=leaderboard-row]', { hasText: 'ada' });
    expect(await visibleText(adaRow.getByTestId('leaderboard-points'))).toBe('1');
    // The platform's member count: everyone in the sandbox guild (seeded members, bot, ada, grace).
    const members = (await (await fetch(`${url}/api/sandbox/members`)).json()) as unknown[];
    await waitForText(page.getByTestId('stat-members-value'), new RegExp(`^${members.length}$`));
    // The feed shows the latest events; ada's /rank was the last thing done.
    await page
      .locator('[data-testid=event-row]', { hasText: 'ada ran /rank' })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=chart-events-by-type-bar][data-label="message.created"]').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'overview.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);
});

/** Waits for the element, then returns its text. */
async function visibleText(locator: Locator): Promise<string> {
  await locator.first().waitFor({ timeout: UI_TIMEOUT });
  return (await locator.first().innerText()).trim();
}

/** Waits until the element's text matches (the page polls every 2 s). */
async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().innerText({ timeout: UI_TIMEOUT })).trim();
    if (pattern.test(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected text matching ${String(pattern)}, last saw "${last}"`);
}

async function addMember(page: Page, username: string): Promise<void> {
  await page.getByTestId('add-member-input').fill(username);
  await page.getByTestId('add-member-submit').click();
  await page.locator(`[data-testid=member-details][data-username=${username}]`).waitFor({ timeout: UI_TIMEOUT });
}

async function selectMember(page: Page, username: string): Promise<void> {
  await page.locator(`[data-testid=sandbox-member][data-username=${username}]`).click();
  await page.locator(`[data-testid=member-details][data-username=${username}]`).waitFor({ timeout: UI_TIMEOUT });
}

async function openChannel(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid=sandbox-channel][data-name=${name}]`).click();
  await page.locator('[data-testid=sandbox-chat] .panel-header h2', { hasText: `#${name}` }).waitFor();
}

async function postMessage(page: Page, content: string): Promise<void> {
  await page.getByTestId('compose-input').fill(content);
  await page.getByTestId('compose-submit').click();
  await page
    .locator('[data-testid=channel-messages] [data-testid=message]', { hasText: content })
    .waitFor({ timeout: UI_TIMEOUT });
}

function messageMentioning(page: Page, mention: string): Locator {
  return page.locator('[data-testid=channel-messages] [data-testid=message]', {
    has: page.locator('[data-testid=user-mention]', { hasText: mention }),
  });
}
