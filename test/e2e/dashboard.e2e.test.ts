import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  openChannel,
  pageApi,
  screenshot,
  selectMember,
  signedInPage,
  startBrowserHarness,
  visibleText,
  waitForText,
  type BrowserHarness,
} from './browserHarness.js';

const COMMUNITY = 'Lighthouse Makers';
const configText = `version: 1
community:
  name: ${COMMUNITY}
`;

if (!hasChromium) console.warn(`dashboard e2e skipped: ${SKIP_REASON}`);

describe('dashboard in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e');
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('a newcomer adds ada, sees her welcomed, posts, ranks and finds her on the leaderboard', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const url = guildhall.url;
    const page = await signedInPage(browser, url, { width: 1440, height: 900 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
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
    await screenshot(page, 'sandbox-tour.png');

    await page.getByTestId('nav-overview').click();
    const adaRow = page.locator('[data-testid=leaderboard-row]', { hasText: 'ada' });
    expect(await visibleText(adaRow.getByTestId('leaderboard-value'))).toBe('1');

    // Period tabs: this week's board, a category with nobody on it, then back to all time.
    await showBoard(page, 'This week', 'week');
    expect(await visibleText(page.getByTestId('leaderboard-period-label'))).toMatch(/^week of \d{4}-\d{2}-\d{2}$/);
    expect(await visibleText(adaRow.getByTestId('leaderboard-value'))).toBe('1');
    await page.getByTestId('leaderboard-category').selectOption({ label: 'Helpful answers' });
    await page
      .locator('[data-testid=leaderboard-board][data-category=helpful_answers]')
      .waitFor({ timeout: UI_TIMEOUT });
    expect(await visibleText(page.getByTestId('leaderboard-empty'))).toBe('No helpful answers this week yet.');
    await page.getByTestId('leaderboard-category').selectOption({ label: 'Points' });
    await showBoard(page, 'All time', 'all');
    expect(await visibleText(page.getByTestId('leaderboard-period-label'))).toBe('all time');
    expect(await visibleText(adaRow.getByTestId('leaderboard-value'))).toBe('1');
    // The platform's member count: everyone in the sandbox guild (seeded members, bot, ada, grace).
    const members = await pageApi<unknown[]>(page, 'GET', '/api/sandbox/members');
    await waitForText(page.getByTestId('stat-members-value'), new RegExp(`^${members.length}$`));
    // The feed shows the latest events; ada's /rank was the last thing done.
    await page
      .locator('[data-testid=event-row]', { hasText: 'ada ran /rank' })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=chart-events-by-type-bar][data-label="message.created"]').waitFor();
    await screenshot(page, 'overview-leaderboard.png', true);

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);
});

async function addMember(page: Page, username: string): Promise<void> {
  await page.getByTestId('add-member-input').fill(username);
  await page.getByTestId('add-member-submit').click();
  await page.locator(`[data-testid=member-details][data-username=${username}]`).waitFor({ timeout: UI_TIMEOUT });
}

async function postMessage(page: Page, content: string): Promise<void> {
  await page.getByTestId('compose-input').fill(content);
  await page.getByTestId('compose-submit').click();
  await page
    .locator('[data-testid=channel-messages] [data-testid=message]', { hasText: content })
    .waitFor({ timeout: UI_TIMEOUT });
}

/** Clicks a period tab and waits for its board (the tab is selected, the board answered). */
async function showBoard(page: Page, tab: string, period: string): Promise<void> {
  const button = page.getByRole('tablist', { name: 'Leaderboard period' }).getByRole('tab', { name: tab });
  await button.click();
  expect(await button.getAttribute('aria-selected')).toBe('true');
  await page
    .locator(`[data-testid=leaderboard-board][data-period=${period}][data-category=points]`)
    .waitFor({ timeout: UI_TIMEOUT });
}

function messageMentioning(page: Page, mention: string): Locator {
  return page.locator('[data-testid=channel-messages] [data-testid=message]', {
    has: page.locator('[data-testid=user-mention]', { hasText: mention }),
  });
}
