import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { domainEvent, type DomainEvent } from '../../src/core/DomainEvent.js';
import type { ChannelSnapshot } from '../../src/platform/Platform.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  pageApi,
  screenshot,
  signedInPage,
  startBrowserHarness,
  visibleText,
  waitForText,
  type BrowserHarness,
} from './browserHarness.js';

/**
 * Members are dashboard viewers (so `sam` signs in as a viewer), the owner an admin. The KPIs
 * are set so the last complete week's history below makes one ok, one warning, one critical
 * and one not measured yet; the digest posts in #general.
 */
const configText = `version: 1
community:
  name: Lighthouse Makers
dashboard:
  roles:
    admin: []
    moderator: [Moderator]
    viewer: [Member]
analytics:
  kpis:
    messages_per_day: { target: 0.9, critical: 0.5 }
    new_members_daily: { target: 0.2, critical: 0.1 }
    support_response_time_hours: { target: 2, critical: 6 }
    event_attendance_rate: { target: 0.3, critical: 0.15 }
  alerts:
    checkEvery: 1m
  digest:
    channel: general
`;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Today, UTC day number. */
const today = Math.floor(Date.now() / DAY);
/** A Monday about ten weeks ago: the first day of the past window (1970-01-05, day 4, was a Monday). */
const W = today - 70 - ((today - 70 + 3) % 7);
/** The past window the page is asked for: three weeks, W to W+20. */
const FROM = iso(W);
const TO = iso(W + 20);

function iso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

if (!hasChromium) console.warn(`analytics page e2e skipped: ${SKIP_REASON}`);

describe('analytics page in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_analytics');
    ({ guildhall, browser } = harness);
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const channels = await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels');
    await page.close();
    const general = channelId(channels, 'general');
    const showcase = channelId(channels, 'showcase');
    // History, as `guildhall import` brings it: replayed through analytics only, never acted on.
    const result = await guildhall.engine.replay(history(guildhall.guildId, general, showcase), {
      modules: ['analytics'],
    });
    expect(result.failures).toBe(0);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the hand-computed figures of a past range, exports them as CSV, and the admin posts the digest', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    // The overview's health line links to the page.
    await waitForText(page.getByTestId('overview-health-score'), /^\d{1,3}$/);
    await screenshot(page, 'analytics-overview-card.png');
    await page.getByTestId('overview-health').click();
    await page.getByTestId('analytics-page').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('nav-analytics').getAttribute('class')).toContain('nav-item-active');
    // The default range is the last 30 days; 7 days goes into the URL.
    expect(await page.getByTestId('range-30').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('range-7').click();
    expect(new URL(page.url()).searchParams.get('range')).toBe('7');

    // A custom range with the native date inputs: it goes into the URL, so it can be shared.
    await page.getByTestId('range-from').fill(FROM);
    await page.getByTestId('range-to').fill(TO);
    await page.waitForURL((url) => url.searchParams.get('from') === FROM && url.searchParams.get('to') === TO);
    await page.locator('[data-testid=range-custom].range-chip-on').waitFor({ timeout: UI_TIMEOUT });
    await page.reload();
    expect(await page.getByTestId('range-from').inputValue()).toBe(FROM);
    expect(await page.getByTestId('range-to').inputValue()).toBe(TO);

    // Headline figures: 4 joined (ana, ben, cai, dee), cai left; 7 messages, 1 reply; nobody was
    // active in the last 7 days of the range, all four in its last 30; ben answered ana's
    // question 48 hours later.
    await waitForText(page.getByTestId('metric-joins-value'), /^4 \/ 1$/);
    expect(await visibleText(page.getByTestId('metric-active-value'))).toBe('0 / 0 / 4');
    expect(await visibleText(page.getByTestId('metric-messages-value'))).toBe('7');
    expect(await visibleText(page.getByTestId('metric-messages'))).toContain('1 reply');
    expect(await visibleText(page.getByTestId('metric-first-response-value'))).toBe('48 h');
    expect(await visibleText(page.getByTestId('joins-leaves-total'))).toBe('+4 / −1');
    await page.getByTestId('chart-active-members').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('chart-joins-leaves').waitFor({ timeout: UI_TIMEOUT });

    // Retention by join: the week of W (ana, ben, cai) kept 2 of 3 in week 1 and 1 of 3 in
    // week 2; the week after (dee) 1 of 1 in week 1.
    const rows = page.getByTestId('retention-row');
    await rows.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await rows.count()).toBe(2);
    const first = rows.nth(0);
    expect(await first.getAttribute('data-week')).toBe(iso(W));
    expect(await visibleText(first.getByTestId('retention-size'))).toBe('3');
    const firstCells = first.getByTestId('retention-cell');
    expect(await firstCells.nth(0).innerText()).toBe('67%');
    expect(await firstCells.nth(1).innerText()).toBe('33%');
    expect(await firstCells.nth(2).innerText()).toBe('0%');
    expect(await firstCells.nth(0).getAttribute('aria-label')).toContain('were active in week 1 (2)');
    const second = rows.nth(1);
    expect(await second.getAttribute('data-week')).toBe(iso(W + 7));
    expect(await visibleText(second.getByTestId('retention-size'))).toBe('1');
    expect(await second.getByTestId('retention-cell').nth(0).innerText()).toBe('100%');

    // Channels, busiest first, named from the sandbox: #general 5 (1 reply), #showcase 2.
    const channelRows = page.getByTestId('channel-row');
    await channelRows.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await channelRows.getByTestId('channel-name').allInnerTexts()).toEqual(['#general', '#showcase']);
    expect(await channelRows.getByTestId('channel-messages').allInnerTexts()).toEqual(['5', '2']);
    expect(await channelRows.getByTestId('channel-replies').allInnerTexts()).toEqual(['1', '0']);
    await page.getByTestId('channel-sort-channel').click();
    expect(await channelRows.getByTestId('channel-name').allInnerTexts()).toEqual(['#general', '#showcase']);
    await page.getByTestId('channel-sort-channel').click();
    expect(await channelRows.getByTestId('channel-name').allInnerTexts()).toEqual(['#showcase', '#general']);

    // Health: sentiment is neutral until a day of messages is scored, and the page says so.
    await page.getByTestId('health-score-value').waitFor({ timeout: UI_TIMEOUT });
    expect(await visibleText(page.getByTestId('health-part-sentiment-value'))).toBe('50');
    expect(await visibleText(page.getByTestId('health-sentiment-pending'))).toContain('neutral');

    // KPIs over the last complete week: 7 messages (1 a day ≥ 0.9: ok), 1 join (0.14 a day,
    // between 0.1 and 0.2: warning), first response 10 h (over 6 h: critical), attendance n/a.
    await kpiLevel(page, 'messages_per_day', 'ok');
    await kpiLevel(page, 'new_members_daily', 'warning');
    await kpiLevel(page, 'support_response_time_hours', 'critical');
    await kpiLevel(page, 'event_attendance_rate', 'none');
    expect(await visibleText(kpiRow(page, 'support_response_time_hours').getByTestId('kpi-value'))).toBe('10 h');
    expect(await visibleText(page.getByTestId('kpi-counts'))).toBe('1 ok · 1 warning · 1 critical');
    // The KPI check (every minute here) opens an alert for the warning and one for the critical.
    await waitForOpenAlerts(page, 2);
    await page.reload();
    const alerts = page.getByTestId('alert-item');
    await alerts.first().waitFor({ timeout: UI_TIMEOUT });
    expect((await alerts.evaluateAll((items) => items.map((i) => i.getAttribute('data-kpi')))).sort()).toEqual([
      'new_members_daily',
      'support_response_time_hours',
    ]);

    // The digest of the last complete week: Eve was active on 3 days.
    expect(await visibleText(page.getByTestId('digest-spotlight'))).toContain('Eve: active 3 days');
    expect(await visibleText(page.getByTestId('digest-quick-wins'))).toContain('1 new member ·');
    expect(await visibleText(page.getByTestId('digest-top-discussion'))).toContain('#general');

    // CSV of the daily figures: a header and one line per day; W is ana's join and message.
    await page.getByTestId('csv-dataset').selectOption('series');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
    expect(download.suggestedFilename()).toBe(`analytics-series-${FROM}-to-${TO}.csv`);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('date,members,joins,leaves,messages,replies,reactions,dau,wau,mau,stickiness');
    expect(csv).toHaveLength(22);
    const [date, , joins, leaves, messages] = (csv[1] ?? '').split(',');
    expect([date, joins, leaves, messages]).toEqual([FROM, '1', '0', '1']);

    // The reload above put the table back in its default order, busiest first.
    expect(await channelRows.getByTestId('channel-name').allInnerTexts()).toEqual(['#general', '#showcase']);
    await screenshot(page, 'analytics-wide.png', true);

    // The admin posts the digest now: it lands in #general and cannot be posted twice.
    await page.getByTestId('digest-post-now').click();
    await waitForText(page.getByTestId('digest-posted'), /^Posted the digest for \d{4}-W\d{2} in #general\.$/);
    await waitForText(page.getByTestId('digest-post-now'), /^Posted$/);
    expect(await page.getByTestId('digest-post-now').isDisabled()).toBe(true);
    await waitForBotEmbed(
      page,
      channelId(await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels'), 'general'),
    );
    expect(errors).toEqual([]);
  }, 180_000);

  it('opens for a viewer, on a phone, without the Post now button', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP, 'Sam');
    const errors = collectErrors(page);
    expect(await page.getByTestId('account-role').textContent()).toBe('viewer');
    await page.setViewportSize(PHONE);
    await page.getByTestId('menu-button').click();
    await page.getByTestId('nav-analytics').click();
    await page.getByTestId('analytics-page').waitFor({ timeout: UI_TIMEOUT });
    await page.goto(`${guildhall.url}/analytics?from=${FROM}&to=${TO}`);
    await waitForText(page.getByTestId('metric-joins-value'), /^4 \/ 1$/);
    expect(await visibleText(page.getByTestId('metric-active-value'))).toBe('0 / 0 / 4');
    await page.getByTestId('retention-row').first().waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('digest-sections').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('digest-post-now').count()).toBe(0);
    await page.getByTestId('chart-active-members').waitFor({ timeout: UI_TIMEOUT });
    // Nothing wider than the phone: wide tables scroll inside their panels.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'analytics-mobile.png', true);
    expect(errors).toEqual([]);
  }, 120_000);
});

/**
 * The history replayed at start. Past window (W = a Monday ten weeks ago, 10:00 UTC):
 * ana joins W and posts W, W+3 (a question), W+9; ben joins W+1, posts W+1 and W+5 (a reply to
 * ana's question); cai joins W+2, posts W+2 in #showcase, leaves W+10; dee joins W+7, posts W+8
 * in #showcase. Last complete week (today−7 … today−1): eve joins today−3 and asks a question
 * at 10:00, ana answers at 20:00, eve posts 5 more times over today−2 and today−1.
 */
function history(guildId: string, general: string, showcase: string): DomainEvent[] {
  const events: DomainEvent[] = [];
  const users = {
    ana: '900000000000000001',
    ben: '900000000000000002',
    cai: '900000000000000003',
    dee: '900000000000000004',
    eve: '900000000000000005',
  };
  let n = 0;
  const at = (day: number, hour = 10): number => day * DAY + hour * HOUR;
  const join = (name: keyof typeof users, day: number): void => {
    const joinedAt = at(day, 9);
    events.push(
      domainEvent('member.joined', {
        id: `import:member.joined:${users[name]}:${day}`,
        guildId,
        occurredAt: joinedAt,
        source: 'import',
        payload: {
          userId: users[name],
          username: name,
          displayName: `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
          bot: false,
          joinedAt,
          accountCreatedAt: joinedAt - 400 * DAY,
          roles: [],
        },
      }),
    );
  };
  const post = (
    name: keyof typeof users,
    day: number,
    channel: string,
    content: string,
    options: { hour?: number; replyTo?: string } = {},
  ): string => {
    n += 1;
    const messageId = `91000000000000${String(n).padStart(4, '0')}`;
    events.push(
      domainEvent('message.created', {
        id: `import:message.created:${messageId}`,
        guildId,
        occurredAt: at(day, options.hour),
        source: 'import',
        payload: {
          messageId,
          channelId: channel,
          authorId: users[name],
          authorBot: false,
          content,
          mentionedUserIds: [],
          mentionedRoleIds: [],
          referencedMessageId: options.replyTo ?? null,
          attachmentCount: 0,
        },
      }),
    );
    return messageId;
  };
  join('ana', W);
  post('ana', W, general, 'Hello from the workshop.');
  join('ben', W + 1);
  post('ben', W + 1, general, 'Hi all, glad to be here.');
  join('cai', W + 2);
  post('cai', W + 2, showcase, 'My first synth build.');
  const question = post('ana', W + 3, general, 'Anyone tried the new synth firmware?');
  post('ben', W + 5, general, 'Yes, it fixed the MIDI lag for me.', { replyTo: question });
  join('dee', W + 7);
  post('dee', W + 8, showcase, 'A lamp made from an old radio.');
  post('ana', W + 9, general, 'Meetup notes are up.');
  events.push(
    domainEvent('member.left', {
      id: `import:member.left:${users.cai}`,
      guildId,
      occurredAt: at(W + 10),
      source: 'import',
      payload: { userId: users.cai, username: 'cai' },
    }),
  );
  join('eve', today - 3);
  const asked = post('eve', today - 3, general, 'How do I wire a MIDI port?');
  post('ana', today - 3, general, 'Use an optocoupler on the input.', { hour: 20, replyTo: asked });
  for (const [i, day] of [today - 2, today - 2, today - 1, today - 1, today - 1].entries()) {
    post('eve', day, general, `Progress note ${i + 1}.`, { hour: 11 + i });
  }
  return events;
}

function channelId(channels: readonly ChannelSnapshot[], name: string): string {
  const found = channels.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no #${name}`);
  return found.id;
}

function kpiRow(page: Page, kpi: string) {
  return page.locator(`[data-testid=kpi-row][data-kpi=${kpi}]`);
}

/** Waits for the KPI's row to show the level (`none` while not measured), then checks its badge. */
async function kpiLevel(page: Page, kpi: string, level: 'ok' | 'warning' | 'critical' | 'none'): Promise<void> {
  await page.locator(`[data-testid=kpi-row][data-kpi=${kpi}][data-level=${level}]`).waitFor({ timeout: UI_TIMEOUT });
  const badge = await kpiRow(page, kpi).getByTestId('kpi-level').textContent();
  expect(badge).toBe(level === 'none' ? 'n/a' : level);
}

/** Waits until the bot's latest message in the channel carries an embed (the digest). */
async function waitForBotEmbed(page: Page, channel: string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  while (Date.now() < deadline) {
    const messages = await pageApi<{ authorBot?: boolean; embeds?: unknown[] }[]>(
      page,
      'GET',
      `/api/sandbox/channels/${channel}/messages?limit=5`,
    );
    if (messages.some((m) => (m.embeds ?? []).length > 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the digest did not reach #general');
}

/** Waits (up to 90 s: the check runs at the next whole minute) until the KPI check has opened `count` alerts. */
async function waitForOpenAlerts(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const open = await pageApi<{ alerts: unknown[] }>(page, 'GET', '/api/analytics/alerts?status=open');
    if (open.alerts.length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the KPI check did not open ${count} alerts`);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
