import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import { reportsConfig } from '../onboarding/reportsFixture.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  screenshot,
  signedInPage,
  startBrowserHarness,
  visibleText,
  waitForText,
  type BrowserHarness,
} from './browserHarness.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const MIN = 60_000;
const HOUR = 60 * MIN;
const TYPES = ['developer', 'designer', 'learner', null] as const;

/** One generated joiner: i = 0 joined an hour ago, each next one 12 hours earlier. */
interface Joiner {
  user: string;
  joined: number;
  type: string | null;
  welcomed: boolean;
  rules: boolean;
  intro: boolean;
  verified: boolean;
}

function joiners(now: number): Joiner[] {
  return Array.from({ length: 56 }, (_, i) => {
    const type = TYPES[i % 4] ?? null;
    const rules = i % 5 !== 3;
    const intro = i % 3 !== 2;
    return {
      user: `5${String(i).padStart(17, '0')}`,
      joined: now - HOUR - i * 12 * HOUR,
      type,
      welcomed: i % 10 !== 9,
      rules,
      intro,
      verified: type !== null && rules && intro && i > 0,
    };
  });
}

/** Writes the joiners' rows, their experiment arms and a few journey steps. */
async function seed(guildhall: RunningGuildhall, list: readonly Joiner[]): Promise<void> {
  const db = onboardingDb(guildhall.store.db);
  const g = guildhall.guildId;
  await db
    .insertInto('onboarding_members')
    .values(
      list.map((j, i) => ({
        guild_id: g,
        user_id: j.user,
        join_event_id: `e2e:member.joined:${j.user}`,
        joined_at: j.joined,
        member_type: j.type,
        type_chosen_at: j.type === null ? null : j.joined + (2 + (i % 7)) * MIN,
        rules_accepted_at: j.rules ? j.joined + (5 + i) * MIN : null,
        intro_posted_at: j.intro ? j.joined + (i % 4) * 6 * HOUR + 20 * MIN : null,
        intro_message_id: null,
        verified_at: j.verified ? j.joined + (i % 4) * 6 * HOUR + 21 * MIN : null,
        pending: 0,
        invite_code: null,
        dm_opt_in_at: null,
        dm_opt_out_at: null,
        thread_id: null,
        stopped_at: null,
        stopped_reason: null,
        left_at: null,
        updated_at: j.joined,
      })),
    )
    .execute();
  await db
    .insertInto('onboarding_welcomes')
    .values(
      list
        .filter((j) => j.welcomed)
        .map((j) => ({
          guild_id: g,
          user_id: j.user,
          join_event_id: `e2e:member.joined:${j.user}`,
          joined_at: j.joined,
          welcomed_at: j.joined + 2_000,
          role_id: null,
          welcome_channel_id: 'welcome',
          welcome_message_id: `w${j.user}`,
        })),
    )
    .execute();
  await db
    .insertInto('onboarding_assignments')
    .values(
      list.flatMap((j, i) => [
        {
          guild_id: g,
          user_id: j.user,
          experiment_id: 'welcome-tone',
          variant_id: i % 2 === 0 ? 'plain' : 'warm',
          assigned_at: j.joined,
        },
        {
          guild_id: g,
          user_id: j.user,
          experiment_id: 'tea',
          variant_id: i % 2 === 0 ? 'milk' : 'tea',
          assigned_at: j.joined,
        },
      ]),
    )
    .execute();
  const outcomes = ['thread', 'dm', 'channel', 'skipped', null] as const;
  await db
    .insertInto('onboarding_steps')
    .values(
      list.flatMap((j, i) =>
        ['orientation', 'introduce', 'day-1-check-in'].map((step, k) => ({
          guild_id: g,
          user_id: j.user,
          step_id: step,
          due_at: j.joined + (k + 1) * HOUR,
          outcome: outcomes[(i + k) % outcomes.length] ?? null,
          detail: (i + k) % 5 === 2 && i % 2 === 0 ? 'dm_closed' : null,
          message_id: null,
          done_at: null,
        })),
      ),
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

if (!hasChromium) console.warn(`onboarding page e2e skipped: ${SKIP_REASON}`);

describe('onboarding page in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;
  let list: Joiner[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(reportsConfig(), 'e2e_onboarding');
    ({ guildhall, browser } = harness);
    list = joiners(Date.now());
    await seed(guildhall, list);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the funnel, the completion rate, the splits and the experiments without a console error', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-onboarding').click();
    await page.getByTestId('onboarding-page').waitFor({ timeout: UI_TIMEOUT });

    // The default range is the last 30 days: all 56 joiners (the oldest joined 27.5 days ago).
    const completed = list.filter((j) => j.verified).length;
    await page.getByTestId('funnel-chart').waitFor({ timeout: UI_TIMEOUT });
    const steps = page.getByTestId('funnel-step');
    await steps.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await steps.getByTestId('funnel-step-members').allInnerTexts()).toEqual(
      [
        list.length,
        list.filter((j) => j.welcomed).length,
        list.filter((j) => j.type !== null).length,
        list.filter((j) => j.rules).length,
        list.filter((j) => j.intro).length,
        completed,
      ].map(String),
    );
    const rate = `${Number(((completed / list.length) * 100).toFixed(1))}%`;
    expect(await visibleText(page.getByTestId('completion-rate'))).toBe(rate);
    expect(await visibleText(page.getByTestId('completion-verdict'))).toBe(
      completed / list.length >= 0.6 ? 'target met' : 'below target',
    );

    // Experiments: welcome-tone needs 1,094 per arm; tea needs 4 and is complete.
    const statuses = page.getByTestId('experiment-status');
    await statuses.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await statuses.nth(0).getAttribute('data-status')).toBe('collecting');
    expect(await statuses.nth(0).innerText()).toMatch(/collecting [\d,]+ more members needed/);
    expect(await statuses.nth(1).getAttribute('data-status')).toBe('complete');
    expect(await statuses.nth(1).innerText()).toMatch(/p [=<] [\d.]+, (two-proportion z-test|Fisher's exact test)/);
    await screenshot(page, 'onboarding.png', true);

    // By type: one row per configured type, then the members with no type yet.
    await page.getByTestId('funnel-by-type').click();
    await page.waitForURL((url) => url.searchParams.get('by') === 'type');
    const groups = page.getByTestId('funnel-group');
    await groups.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await groups.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')))).toEqual([
      'type:developer',
      'type:designer',
      'type:learner',
      'type:',
    ]);
    await page.getByTestId('funnel-by-variant').click();
    await waitForText(page.getByTestId('funnel-group').first(), /welcome-tone · plain/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390 px wide phone', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    // Signed in on a wide screen (the phone layout hides the account block), then narrowed.
    await page.setViewportSize(PHONE);
    await page.goto(`${guildhall.url}/onboarding?by=type`);
    await page.getByTestId('funnel-chart').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('funnel-group').first().waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('experiment-status').first().waitFor({ timeout: UI_TIMEOUT });
    // Nothing wider than the phone: wide tables scroll inside their panels.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'onboarding-390.png', true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
