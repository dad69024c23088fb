import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { eventsDb, type EventsEventTable } from '../../src/modules/events/EventsTables.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  screenshot,
  selectMember,
  signedInPage,
  startBrowserHarness,
  waitForText,
  type BrowserHarness,
} from './browserHarness.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** The starter config with a weekly programme of two series and a one-off. */
function eventsConfig(): string {
  const programme = [
    '  programme:',
    '    - { id: standup, title: Monday standup, type: community_call, rrule: "FREQ=WEEKLY;BYDAY=MO", start: "2026-01-05T18:00", duration: 30m, channel: Lounge }',
    '    - { id: community-day, title: Community day, type: showcase, rrule: "FREQ=MONTHLY;BYDAY=1SA", start: "2026-01-03T15:00", duration: 3h, location: Town hall, capacity: 40 }',
    '  oneOff:',
    '    - { id: spring-hack, title: Spring hackathon, type: hackathon, start: "2027-04-10T09:00", duration: 8h, location: Berlin }',
  ].join('\n');
  // After `events.calendar.baseUrl`, the last key of the starter's events section.
  const config = starterConfig().replace(/^ {4}baseUrl: null$/m, (line) => `${line}\n${programme}`);
  if (!config.includes('standup')) throw new Error('the starter config has no events.calendar section to extend');
  return config;
}

type Row = EventsEventTable;

/** Writes a few events around now: two ended (with RSVPs, attendance, survey), one soon and full, one cancelled. */
async function seed(guildhall: RunningGuildhall, now: number): Promise<{ workshop: string; members: string[] }> {
  if (!(guildhall.platform instanceof SandboxPlatform)) throw new Error('not on the sandbox');
  const members = (await guildhall.platform.listMembers()).filter((m) => !m.bot).map((m) => m.userId);
  const db = eventsDb(guildhall.store.db);
  const g = guildhall.guildId;
  const day = (offset: number, hour: number): number => {
    const d = new Date(now + offset * DAY);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour);
  };
  const event = (id: string, fields: Partial<Row> & Pick<Row, 'title' | 'type' | 'start_at'>): Row => ({
    id,
    guild_id: g,
    source: 'command',
    series_id: null,
    local_date: null,
    description: null,
    end_at: fields.start_at + HOUR,
    channel_id: null,
    location: 'Workshop Room',
    capacity: null,
    host_id: members[0] ?? null,
    status: 'scheduled',
    platform_event_id: null,
    announce_channel_id: null,
    announce_message_id: null,
    sequence: 0,
    created_by: null,
    created_at: now - 20 * DAY,
    updated_at: now - 20 * DAY,
    closed_at: null,
    ...fields,
  });
  const workshop = 'e2e-rust-workshop';
  await db
    .insertInto('events_events')
    .values([
      event(workshop, {
        title: 'Rust workshop',
        type: 'workshop',
        description: 'Ownership and borrowing, hands on.',
        start_at: day(-6, 17),
        status: 'completed',
        closed_at: day(-6, 18),
        capacity: 8,
      }),
      event('e2e-showcase', {
        title: 'Thursday showcase',
        type: 'showcase',
        start_at: day(-2, 18),
        status: 'completed',
        closed_at: day(-2, 19),
      }),
      event('e2e-office-hours', { title: 'Office hours', type: 'office_hours', start_at: day(1, 16), capacity: 3 }),
      event('e2e-ama', {
        title: 'AMA with the maintainers',
        type: 'ama',
        start_at: day(3, 19),
        status: 'canceled',
        sequence: 1,
      }),
    ])
    .execute();
  const rsvp = (
    eventId: string,
    userId: string,
    status: 'going' | 'maybe' | 'not_going' | 'waitlisted',
    i: number,
  ) => ({
    guild_id: g,
    event_id: eventId,
    user_id: userId,
    status,
    interested: i % 2,
    waitlisted_at: status === 'waitlisted' ? now - DAY + i * MIN : null,
    created_at: now - 10 * DAY + i * MIN,
    updated_at: now - 10 * DAY + i * MIN,
  });
  const [a, b, c, d, e, f] = members;
  if (f === undefined || a === undefined || b === undefined || c === undefined || d === undefined || e === undefined) {
    throw new Error('the sandbox has fewer than 6 members');
  }
  await db
    .insertInto('events_rsvps')
    .values([
      rsvp(workshop, a, 'going', 0),
      rsvp(workshop, b, 'going', 1),
      rsvp(workshop, c, 'going', 2),
      rsvp(workshop, d, 'going', 3),
      rsvp(workshop, e, 'maybe', 4),
      rsvp('e2e-showcase', a, 'going', 0),
      rsvp('e2e-showcase', c, 'going', 1),
      rsvp('e2e-office-hours', a, 'going', 0),
      rsvp('e2e-office-hours', b, 'going', 1),
      rsvp('e2e-office-hours', c, 'going', 2),
      rsvp('e2e-office-hours', d, 'waitlisted', 3),
      rsvp('e2e-office-hours', e, 'waitlisted', 4),
    ])
    .execute();
  const attendance = (eventId: string, userId: string, minutes: number, unmuted: number) => ({
    guild_id: g,
    event_id: eventId,
    user_id: userId,
    present_ms: minutes * MIN,
    unmuted_ms: unmuted * MIN,
    joined_at: null,
    unmuted_since: null,
    attended: minutes >= 15 ? 1 : 0,
    updated_at: now - 6 * DAY,
  });
  await db
    .insertInto('events_attendance')
    .values([
      attendance(workshop, a, 62, 20),
      attendance(workshop, b, 55, 8),
      attendance(workshop, c, 9, 0),
      attendance(workshop, f, 40, 12),
      attendance('e2e-showcase', a, 58, 3),
    ])
    .execute();
  const survey = (
    userId: string,
    rating: number,
    quality: number,
    engagement: number,
    improvements: string | null,
  ) => ({
    guild_id: g,
    event_id: workshop,
    user_id: userId,
    rating,
    content_quality: quality,
    engagement,
    improvements,
    future_topics: rating === 5 ? 'Async Rust' : null,
    submitted_at: now - 5 * DAY,
  });
  await db
    .insertInto('events_surveys')
    .values([survey(a, 5, 5, 4, 'More exercises'), survey(b, 4, 4, 4, null), survey(f, 3, 4, 2, 'Start on time')])
    .execute();
  return { workshop, members };
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

if (!hasChromium) console.warn(`events pages e2e skipped: ${SKIP_REASON}`);

describe('events pages in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;
  let workshop = '';

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(eventsConfig(), 'e2e_events');
    ({ guildhall, browser } = harness);
    ({ workshop } = await seed(guildhall, Date.now()));
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the month, the list, an event and the programme without a console error', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-events').click();
    await page.getByTestId('events-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('events-calendar').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('events-attendance-chart').waitFor({ timeout: UI_TIMEOUT });
    // Rust workshop: 2 of the 4 going attended (the third stayed 9 minutes); showcase: 1 of 2.
    expect(await page.getByTestId('events-attendance-chart-table').locator('td').allTextContents()).toEqual([
      '50%',
      '50%',
    ]);
    await screenshot(page, 'events-calendar.png', true);

    await page.getByTestId('events-view-list').click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'list');
    const rows = page.getByTestId('events-row');
    await rows.first().waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'events-list.png', true);

    await page.goto(`${guildhall.url}/events/${workshop}`);
    await page.getByTestId('event-page').waitFor({ timeout: UI_TIMEOUT });
    // The heading says "Event" until the event is read.
    await waitForText(page.getByTestId('event-title'), /^Rust workshop$/);
    await page.getByTestId('event-rating-chart').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('event-rsvp').count()).toBe(5);
    expect(await page.getByTestId('event-attendee').count()).toBe(4);
    expect(await page.getByTestId('event-rating-chart-table').locator('td').allTextContents()).toEqual([
      '0',
      '0',
      '1',
      '1',
      '1',
    ]);
    await screenshot(page, 'events-event.png', true);

    await page.goto(`${guildhall.url}/events/e2e-office-hours`);
    await page.getByTestId('event-waitlisted').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('event-waitlisted').count()).toBe(2);

    await page.goto(`${guildhall.url}/events/programme`);
    await page.getByTestId('programme-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('programme-series').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('programme-rule').allInnerTexts()).toEqual([
      expect.stringMatching(/^Every week on Monday at 18:00 · 30 min · Lounge/) as unknown as string,
      expect.stringMatching(
        /^Every month on the 1st Saturday at 15:00 · 180 min · Town hall · 40 places/,
      ) as unknown as string,
    ]);
    expect(await page.getByTestId('programme-occurrence').count()).toBe(11);
    await screenshot(page, 'events-programme.png', true);
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
    for (const [path, testId, name] of [
      ['/events', 'events-attendance-chart', 'events-calendar-390.png'],
      [`/events/${workshop}`, 'event-rating-chart', 'events-event-390.png'],
      ['/events/programme', 'programme-series', 'events-programme-390.png'],
    ] as const) {
      await page.goto(`${guildhall.url}${path}`);
      await page.getByTestId(testId).first().waitFor({ timeout: UI_TIMEOUT });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, name, true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the sandbox panel marks a scheduled event "interested" and joins its voice channel for the member played', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/sandbox`);
    await selectMember(page, 'lena');
    const first = page.getByTestId('sandbox-event').first();
    await first.waitFor({ timeout: UI_TIMEOUT });
    const toggle = first.getByTestId('sandbox-event-interested');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=sandbox-event] [data-testid=sandbox-event-interested]')
          ?.getAttribute('aria-pressed') === 'true',
      undefined,
      { timeout: UI_TIMEOUT },
    );
    // Joining the event's voice channel as the member (attendance is measured from voice).
    const voiceButton = page.getByTestId('sandbox-event-voice').first();
    expect(await voiceButton.getAttribute('aria-pressed')).toBe('false');
    await voiceButton.click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=sandbox-event-voice]')?.getAttribute('aria-pressed') === 'true',
      undefined,
      { timeout: UI_TIMEOUT },
    );
    await screenshot(page, 'events-sandbox.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
