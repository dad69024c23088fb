import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { seedLearning, type LearningSeed } from '../learning/httpFixture.js';
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

/** Writes the learning fixture's cohort (test/learning/httpFixture.ts) into the running Guildhall. */
async function seed(guildhall: RunningGuildhall): Promise<LearningSeed> {
  const platform = guildhall.platform;
  if (!(platform instanceof SandboxPlatform)) throw new Error('not on the sandbox');
  const members = await platform.listMembers();
  return seedLearning({
    db: guildhall.store.db,
    guildId: guildhall.guildId,
    now: () => Date.now(),
    user: (username) => {
      const found = members.find((m) => m.username === username);
      return found === undefined ? Promise.reject(new Error(`no seeded ${username}`)) : Promise.resolve(found.userId);
    },
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

if (!hasChromium) console.warn(`learning page e2e skipped: ${SKIP_REASON}`);

describe(`learning page in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(starterConfig(), 'e2e_learning');
    ({ guildhall, browser } = harness);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('a fresh community: every panel says what is missing and how it starts', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-learning').click();
    await page.getByTestId('learning-page').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('learning-profiles-value').innerText()).toBe('0');
    for (const id of [
      'learning-skill-chart-empty',
      'learning-pace-chart-empty',
      'learning-groups-empty',
      'learning-rounds-empty',
      'learning-mentors-empty',
      'learning-journeys-empty',
    ]) {
      await page.getByTestId(id).waitFor({ timeout: UI_TIMEOUT });
    }
    expect(await page.getByTestId('learning-groups-empty').innerText()).toContain('/study-groups form');
    await screenshot(page, 'learning-empty.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the cohort, groups, rounds, mentor load and journeys; staff preview groups and the assignment', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    await seed(guildhall);
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/learning`);
    await page.getByTestId('learning-group-row').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('learning-profiles-value').innerText()).toBe('5');
    expect(await page.getByTestId('learning-seeking-value').innerText()).toBe('2');
    expect(await page.getByTestId('learning-mentors-count-value').innerText()).toBe('1');
    // Skill levels: beginner 2, intermediate 1, advanced 1, expert 1.
    await page.getByTestId('learning-skill-chart').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('learning-skill-chart-table').locator('td').allTextContents()).toEqual([
      '2',
      '1',
      '1',
      '1',
    ]);
    // The active group only, its members best fitting first.
    const group = page.locator('[data-testid=learning-group-row][data-number="1"]');
    expect(await page.getByTestId('learning-group-row').count()).toBe(1);
    expect(await group.locator('.learning-members li').allInnerTexts()).toEqual(['Sam 85%', 'Kenji 75%']);
    expect(await group.getByTestId('learning-group-compatibility').innerText()).toContain('80%');
    await page.getByTestId('learning-groups-filter').selectOption('all');
    await page.locator('[data-testid=learning-group-row][data-number="2"]').waitFor({ timeout: UI_TIMEOUT });
    // Rounds newest first: the exact preview, then round 1 with its gap and Priya unplaced.
    expect(await page.getByTestId('learning-round-gap').allInnerTexts()).toEqual(['exact', '16.7 %']);
    expect(
      await page
        .locator('[data-testid=learning-round-row][data-number="1"]')
        .getByTestId('learning-round-unplaced')
        .innerText(),
    ).toContain('Priya: no group of at least 3 fits');
    // Mentor load: Priya 1 of 2, Tomás paused.
    await page.getByTestId('learning-mentor-load').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('learning-mentor').allInnerTexts()).toEqual([
      expect.stringContaining('1/2') as string,
      expect.stringMatching(/0\/1\s*paused/) as string,
    ]);
    // The journey: met 1, no-show 1, skipped 0, pending 2; next the second check-in.
    const journey = page.locator('[data-testid=learning-journey-row][data-id=m1]');
    expect(await journey.getByTestId('learning-journey-sessions').innerText()).toBe('1 / 1 / 0 / 2');
    expect(await journey.innerText()).toContain('Check-in 2');
    await screenshot(page, 'learning-page.png', true);

    // Mira (the owner) is learning staff: she previews cross-domain groups over the three taking part.
    await page.getByTestId('learning-group-type').selectOption('cross-domain');
    await page.getByTestId('learning-preview-groups').click();
    const result = page.getByTestId('learning-round-result');
    await result.waitFor({ timeout: UI_TIMEOUT });
    expect(await result.innerText()).toMatch(/Round #3 \(preview: nothing made\): 3 learners/);
    await page.getByTestId('learning-preview-assignment').click();
    const assignment = page.getByTestId('learning-assignment-result');
    await assignment.waitFor({ timeout: UI_TIMEOUT });
    expect(await assignment.innerText()).toContain('Assignment preview (nothing made)');
    await page.getByTestId('learning-actions-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'learning-actions.png');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('a viewer sees the dashboard without the staff actions, and the API refuses them', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP, 'Sam');
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/learning`);
    await page.getByTestId('learning-group-row').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('learning-actions-panel').count()).toBe(0);
    await expect(
      pageApi(page, 'POST', '/api/learning/rounds', { type: 'cross-domain', preview: true }),
    ).rejects.toThrow(/403/);
    await expect(pageApi(page, 'GET', '/api/learning/profiles')).rejects.toThrow(/403/);
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
    await page.goto(`${guildhall.url}/learning`);
    await page.getByTestId('learning-group-row').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'learning-390.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
