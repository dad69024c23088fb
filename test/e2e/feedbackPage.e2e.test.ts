import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import type { ItemDetail } from '../../src/modules/feedback/http/FeedbackApi.js';
import { feedbackDb, type FeedbackItemTable } from '../../src/modules/feedback/FeedbackTables.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { testDialect } from '../testStore.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  pageApi,
  screenshot,
  signedInPage,
  startBrowserHarness,
  type BrowserHarness,
} from './browserHarness.js';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Writes seven items over the last week (a critical bug, voted features, a merged duplicate,
 * done and declined ones), their votes, a week of message sentiment in two channels and three
 * closed NPS surveys with answers.
 */
async function seed(guildhall: RunningGuildhall, now: number): Promise<void> {
  if (!(guildhall.platform instanceof SandboxPlatform)) throw new Error('not on the sandbox');
  const members = await guildhall.platform.listMembers();
  const id = (username: string): string => {
    const found = members.find((m) => m.username === username);
    if (found === undefined) throw new Error(`no seeded ${username}`);
    return found.userId;
  };
  const [sam, kenji, lena, tomas, priya, noor] = ['sam', 'kenji', 'lena', 'tomas', 'priya', 'noor'].map(id) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const g = guildhall.guildId;
  const general = (await guildhall.platform.listChannels()).find((c) => c.name === 'general')?.id ?? 'general';
  const t0 = now - 6 * DAY;
  const item = (
    number: number,
    fields: Partial<FeedbackItemTable> & Pick<FeedbackItemTable, 'type' | 'title' | 'author_id' | 'created_at'>,
  ): FeedbackItemTable => ({
    guild_id: g,
    id: `e2e-f${number}`,
    number,
    body: '',
    source: 'command',
    channel_id: general,
    thread_id: null,
    message_id: null,
    status: 'new',
    status_note: null,
    status_by: null,
    status_at: fields.created_at,
    merged_into: null,
    sentiment_label: 'neutral',
    sentiment_score: 0,
    critical_reason: null,
    critical_alerted_at: null,
    up_votes: 0,
    down_votes: 0,
    updated_at: fields.created_at,
    ...fields,
  });
  const db = feedbackDb(guildhall.store.db);
  await db
    .insertInto('feedback_items')
    .values([
      item(1, {
        type: 'bug',
        title: 'Data loss when the sync is interrupted',
        author_id: tomas,
        created_at: now - 5 * HOUR,
        sentiment_label: 'negative',
        sentiment_score: -0.7,
        critical_reason: 'keyword:data loss',
        up_votes: 2,
      }),
      item(2, {
        type: 'feature',
        title: 'Dark mode for the dashboard',
        author_id: kenji,
        created_at: t0,
        status: 'planned',
        sentiment_label: 'positive',
        sentiment_score: 0.5,
        up_votes: 9,
        down_votes: 1,
      }),
      item(3, {
        type: 'suggestion',
        title: 'Monthly game night on Fridays',
        author_id: lena,
        created_at: t0 + DAY,
        status: 'triaged',
        sentiment_label: 'positive',
        sentiment_score: 0.6,
        up_votes: 5,
      }),
      item(4, {
        type: 'feature',
        title: 'Dark theme please',
        author_id: priya,
        created_at: t0 + 2 * DAY,
        status: 'merged',
        merged_into: 'e2e-f2',
      }),
      item(5, {
        type: 'bug',
        title: 'Leaderboard shows last week',
        author_id: sam,
        created_at: t0 + 2 * DAY,
        status: 'in_progress',
        sentiment_label: 'negative',
        sentiment_score: -0.2,
        up_votes: 3,
      }),
      item(6, {
        type: 'general',
        title: 'The new welcome flow is great',
        author_id: priya,
        created_at: t0 + 3 * DAY,
        status: 'done',
        sentiment_label: 'positive',
        sentiment_score: 0.9,
        up_votes: 1,
      }),
      item(7, {
        type: 'feature',
        title: 'Paid tiers for the server',
        author_id: sam,
        created_at: t0 + 4 * DAY,
        status: 'declined',
        status_note: 'Not for this community',
        sentiment_label: 'neutral',
        up_votes: 1,
        down_votes: 4,
      }),
    ])
    .execute();
  const today = Math.floor(now / DAY);
  const days = [];
  for (let back = 13; back >= 0; back--) {
    const positive = 12 + ((back * 7) % 9);
    const negative = 2 + ((back * 5) % 6);
    days.push(
      {
        guild_id: g,
        day: today - back,
        channel_id: general,
        positive,
        neutral: 8 + (back % 4),
        negative,
        score_sum: (positive - negative) * 0.4,
      },
      { guild_id: g, day: today - back, channel_id: 'e2e-help', positive: 3, neutral: 4, negative: 1, score_sum: 0.8 },
    );
  }
  await db.insertInto('feedback_sentiment_days').values(days).execute();
  const survey = (n: number, openedAt: number) => ({
    guild_id: g,
    id: `e2e-s${n}`,
    kind: 'nps' as const,
    question: 'How likely are you to recommend this community to a friend?',
    channel_id: general,
    message_id: null,
    schedule_id: null,
    opened_by: noor,
    opened_at: openedAt,
    closes_at: openedAt + 7 * DAY,
    closed_at: openedAt + 7 * DAY,
  });
  await db
    .insertInto('feedback_surveys')
    .values([survey(1, now - 95 * DAY), survey(2, now - 65 * DAY), survey(3, now - 35 * DAY)])
    .execute();
  const answers: [number, string, number][] = [
    [1, sam, 9],
    [1, kenji, 6],
    [1, lena, 8],
    [1, tomas, 3],
    [2, sam, 10],
    [2, kenji, 7],
    [2, lena, 9],
    [2, priya, 5],
    [3, sam, 10],
    [3, kenji, 9],
    [3, lena, 9],
    [3, priya, 8],
  ];
  await db
    .insertInto('feedback_survey_responses')
    .values(
      answers.map(([n, user, score]) => ({
        guild_id: g,
        survey_id: `e2e-s${n}`,
        user_id: user,
        score,
        comment: null,
        answered_at: now - (100 - n * 30) * DAY,
      })),
    )
    .execute();
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const column = (page: Page, status: string) => page.locator(`[data-testid=feedback-column][data-status=${status}]`);
const card = (page: Page, number: number) => page.locator(`[data-testid=feedback-card][data-number="${number}"]`);

if (!hasChromium) console.warn(`feedback page e2e skipped: ${SKIP_REASON}`);

describe(`feedback page in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(starterConfig(), 'e2e_feedback');
    ({ guildhall, browser } = harness);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('a fresh community: an empty board and no survey yet', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-feedback').click();
    await page.getByTestId('feedback-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('feedback-board').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('feedback-column').count()).toBe(6);
    expect(await page.getByTestId('feedback-card').count()).toBe(0);
    await page.getByTestId('feedback-top-empty').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('feedback-nps-empty').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('feedback-report').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'feedback-empty.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the board, top votes, sentiment, NPS and the report; staff move an item', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    await seed(guildhall, Date.now());
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/feedback`);
    await card(page, 1).waitFor({ timeout: UI_TIMEOUT });
    const counts = await page.getByTestId('feedback-column-count').allInnerTexts();
    expect(counts).toEqual(['1', '1', '1', '1', '1', '1']);
    expect(await card(page, 1).getAttribute('data-status')).toBe('new');
    expect(await card(page, 1).getByTestId('feedback-critical').count()).toBe(1);
    expect(await card(page, 4).count()).toBe(0); // merged: only counted
    // Net votes: #2 (+8), #3 (+5), #5 (+3), #1 (+2), #6 (+1), #4 (0), #7 (−3).
    const top = await page
      .getByTestId('feedback-top-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-number')));
    expect(top).toEqual(['2', '3', '5', '1', '6', '4', '7']);
    await page.getByTestId('feedback-sentiment-chart').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('feedback-item-sentiment-chart').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('feedback-nps-chart').waitFor({ timeout: UI_TIMEOUT });
    // NPS: (1 − 2) / 4 → −25; (2 − 1) / 4 → 25; (3 − 0) / 4 → 75.
    expect(await page.getByTestId('feedback-nps-table').locator('td').allTextContents()).toEqual(['-25', '25', '75']);
    expect(await page.getByTestId('feedback-nps-value').innerText()).toBe('75');
    await screenshot(page, 'feedback-dashboard.png', true);

    // Mira (the owner) is feedback staff: she triages the critical bug from its card.
    await card(page, 1).getByTestId('feedback-status-select').selectOption('triaged');
    await column(page, 'triaged')
      .locator('[data-testid=feedback-card][data-number="1"]')
      .waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('feedback-column-count').allInnerTexts()).toEqual(['0', '2', '1', '1', '1', '1']);
    const detail = await pageApi<ItemDetail>(page, 'GET', '/api/feedback/items/1');
    expect(detail.item.status).toBe('triaged');
    expect(detail.history.map((h) => [h.from, h.to])).toEqual([['new', 'triaged']]);
    await screenshot(page, 'feedback-board-moved.png');

    // The item's dialog: a status change with a note, then a merge of another item.
    await card(page, 1).getByTestId('feedback-open').click();
    const dialog = page.getByTestId('feedback-dialog');
    await dialog.getByTestId('feedback-history').locator('li').first().waitFor({ timeout: UI_TIMEOUT });
    await dialog.getByTestId('feedback-dialog-status').selectOption('planned');
    await dialog.getByTestId('feedback-dialog-note').fill('Fix planned for 2.4');
    await dialog.getByTestId('feedback-dialog-save').click();
    await dialog.getByText('“Fix planned for 2.4”').waitFor({ timeout: UI_TIMEOUT });
    expect(await dialog.getByTestId('feedback-history').locator('li').count()).toBe(2);
    await screenshot(page, 'feedback-item.png');
    await page.keyboard.press('Escape');
    await card(page, 5).getByTestId('feedback-open').click();
    await dialog.getByTestId('feedback-dialog-merge-into').fill('2');
    await dialog.getByTestId('feedback-dialog-merge').click();
    await dialog.getByText('merged into #2').waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Escape');
    await card(page, 5).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.getByTestId('feedback-column-count').allInnerTexts()).toEqual(['0', '1', '2', '0', '1', '1']);
    const merged = await pageApi<ItemDetail>(page, 'GET', '/api/feedback/items/5');
    expect(merged.item).toMatchObject({ status: 'merged', mergedInto: 2 });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('a viewer sees the board without the status selects', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP, 'Sam');
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/feedback`);
    await card(page, 2).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('feedback-status-select').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('fits a 390 px wide phone', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.setViewportSize(PHONE);
    await page.goto(`${guildhall.url}/feedback`);
    await card(page, 2).waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('feedback-summary').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'feedback-390.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
