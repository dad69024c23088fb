import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { ChannelSnapshot } from '../../src/platform/Platform.js';
import type { SandboxMember } from '../../src/platform/sandbox/sandboxViews.js';
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
 * Moderators are dashboard moderators, members viewers (so `sam` signs in as a viewer). The
 * newcomers below join within seconds: the raid rule would lock the server down.
 */
const configText = `version: 1
community:
  name: Lighthouse Makers
dashboard:
  roles:
    admin: []
    moderator: [Moderator]
    viewer: [Member]
automod:
  builtInRules:
    raid: false
`;

/**
 * Members who join at the start: with the 8 seeded ones they make more than a page (50). Their
 * joins reach the member directory, which /api/members reads.
 */
const NEWCOMERS = [
  'Ada',
  'Aiko',
  'Alba',
  'Arjun',
  'Bea',
  'Bram',
  'Bruno',
  'Chen',
  'Clara',
  'Cleo',
  'Dario',
  'Dev',
  'Elif',
  'Emil',
  'Farah',
  'Felix',
  'Gabi',
  'Hana',
  'Hugo',
  'Ines',
  'Ivan',
  'Jade',
  'Jonas',
  'Kai',
  'Lara',
  'Leo',
  'Luca',
  'Maya',
  'Milo',
  'Nadia',
  'Olga',
  'Omar',
  'Pablo',
  'Quinn',
  'Ravi',
  'Rosa',
  'Sofia',
  'Theo',
  'Uma',
  'Vera',
  'Wen',
  'Xavi',
  'Yara',
  'Yusuf',
  'Zoe',
];

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

if (!hasChromium) console.warn(`members page e2e skipped: ${SKIP_REASON}`);

describe('members page in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_members');
    ({ guildhall, browser } = harness);
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const general = await channelNamed(page, 'general');
    for (const [i, name] of NEWCOMERS.entries()) {
      const member = await pageApi<SandboxMember>(page, 'POST', '/api/sandbox/members', {
        username: name.toLowerCase(),
        displayName: name,
      });
      // Some say hello, so the list has some activity to show.
      if (i % 3 === 0) {
        await pageApi(page, 'POST', `/api/sandbox/channels/${general.id}/messages`, {
          userId: member.userId,
          content: `Hi, I am ${name}!`,
        });
      }
    }
    await page.close();
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('search finds noor, Staff lists the moderators, and a profile shows roles, points and cases', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const url = guildhall.url;
    const page = await signedInPage(browser, url, DESKTOP);
    const errors = collectErrors(page);
    const members = await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members');
    const noor = memberNamed(members, 'noor');
    const sam = memberNamed(members, 'sam');
    const general = await channelNamed(page, 'general');
    const post = (member: SandboxMember, content: string) =>
      pageApi(page, 'POST', `/api/sandbox/channels/${general.id}/messages`, { userId: member.userId, content });
    await post(noor, 'Morning all! The meetup notes are pinned in #general.');
    await post(sam, 'Thanks Noor, I will bring the synth to the meetup.');
    await post(memberNamed(members, 'kenji'), 'Anyone tried the new Node release?');
    await pageApi(page, 'POST', '/api/sandbox/commands', {
      userId: noor.userId,
      channelId: general.id,
      name: 'warn',
      options: { member: sam.userId, reason: 'Posting invite links in #general' },
    });

    await page.getByTestId('nav-members').click();
    await waitForRows(page, (names) => names.includes('noor') && names.includes('sam'));
    expect(await visibleText(page.getByTestId('member-total'))).toMatch(/^\d+ members$/);
    const samRow = page.locator('[data-testid=member-row][data-username=sam]');
    expect(await visibleText(samRow.getByTestId('member-messages'))).toBe('1');
    expect(await samRow.getByTestId('member-role-chip').evaluateAll(chipNames)).toEqual(['Member']);
    await screenshot(page, 'members.png');

    // The search waits for a pause in typing, then goes into the URL.
    await page.getByTestId('member-search').pressSequentially('noo');
    await waitForRows(page, (names) => names.join() === 'noor');
    expect(new URL(page.url()).searchParams.get('q')).toBe('noo');
    expect(await visibleText(page.getByTestId('member-total'))).toBe('1 member found');
    // The URL is a link to the same list.
    await page.goto(`${url}/members?q=noor`);
    await waitForRows(page, (names) => names.join() === 'noor');
    expect(await page.getByTestId('member-search').inputValue()).toBe('noor');

    await page.getByTestId('member-search').fill('');
    await waitForRows(page, (names) => names.includes('sam'));
    await page.getByTestId('member-filter-staff').click();
    await waitForRows(page, (names) => names.includes('noor') && !names.includes('sam'));
    expect(new URL(page.url()).searchParams.get('filter')).toBe('staff');
    expect(await page.getByTestId('member-filter-staff').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('member-search').fill('nobody-by-that-name');
    expect(await visibleText(page.getByTestId('member-empty'))).toBe('No member matches “nobody-by-that-name”.');
    await page.getByTestId('member-search').fill('');
    await waitForRows(page, (names) => names.includes('noor'));

    // Noor's profile: the name from the platform's member list (she was there before Guildhall).
    await page.locator('[data-testid=member-row][data-username=noor]').getByTestId('member-link').click();
    expect(await visibleText(page.getByTestId('profile-name'))).toBe('Noor');
    expect(await visibleText(page.getByTestId('profile-username'))).toBe('@noor');
    expect(await visibleText(page.getByTestId('profile-user-id'))).toBe(noor.userId);
    const roles = page.getByTestId('profile-roles').getByTestId('member-role-chip');
    await roles.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await roles.evaluateAll(chipNames)).toEqual(['Moderator', 'Member']);
    await waitForText(page.getByTestId('profile-points'), /^[1-9]\d*$/);
    expect(await visibleText(page.getByTestId('profile-staff'))).toBe('Staff');
    expect(await visibleText(page.getByTestId('profile-cases-empty'))).toContain('No cases');
    await timelineEntry(page, 'activity', 'Morning all!').waitFor({ timeout: UI_TIMEOUT });
    // Back to the list as it was: the Staff filter.
    await page.getByTestId('profile-back').click();
    await waitForRows(page, (names) => names.includes('noor') && !names.includes('sam'));
    expect(new URL(page.url()).searchParams.get('filter')).toBe('staff');

    // Sam's profile: the warning Noor gave is a case a moderator (here the owner) sees.
    await page.goto(`${url}/members/${sam.userId}`);
    const warning = page.getByTestId('profile-case');
    expect(await visibleText(warning)).toContain('Posting invite links in #general');
    expect(await visibleText(page.getByTestId('profile-active-strikes'))).toMatch(/^1 active strike$/);
    await waitForText(page.getByTestId('profile-points'), /^[1-9]\d*$/);
    await screenshot(page, 'member-profile.png', true);

    // Signed in wide (the account block is in the closed menu on a phone), then narrowed.
    const phone = await signedInPage(browser, url, DESKTOP);
    await phone.setViewportSize(PHONE);
    const phoneErrors = collectErrors(phone);
    await phone.goto(`${url}/members`);
    await waitForRows(phone, (names) => names.includes('sam'));
    // Under 600 px each member is a card: no table header, the labels beside the values.
    expect(await phone.locator('.member-table thead').isVisible()).toBe(false);
    await screenshot(phone, 'members-mobile.png');
    await phone.goto(`${url}/members/${sam.userId}`);
    await phone.getByTestId('profile-case').waitFor({ timeout: UI_TIMEOUT });
    await waitForText(phone.getByTestId('profile-points'), /^[1-9]\d*$/);
    await screenshot(phone, 'member-profile-mobile.png', true);
    await phone.close();

    expect([...errors, ...phoneErrors]).toEqual([]);
    await page.close();
  }, 120_000);

  it('a viewer reads a profile without its cases, which the API refuses them too', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP, 'Sam');
    const errors = collectErrors(page);
    expect(await page.getByTestId('account-role').textContent()).toBe('viewer');
    const sam = memberNamed(await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members'), 'sam');
    await page.goto(`${guildhall.url}/members/${sam.userId}`);
    expect(await visibleText(page.getByTestId('profile-name'))).toBe('Sam');
    await page.getByTestId('profile-recognition').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('timeline-entry').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('profile-cases').count()).toBe(0);
    const cases = await page.request.get(`${guildhall.url}/api/moderation/members/${sam.userId}/cases`);
    expect(cases.status()).toBe(403);
    expect(errors).toEqual([]);

    await page.goto(`${guildhall.url}/members/123456789012345678`);
    expect(await visibleText(page.getByTestId('profile-not-found'))).toContain('No such member');
    await page.close();
  }, 60_000);

  it('shows the first 50 members and the rest on "Load more"', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    await page.goto(`${guildhall.url}/members`);
    await waitForRows(page, (names) => names.length === 50);
    // The seeded owner, bot and six members, and the newcomers.
    const total = 8 + NEWCOMERS.length;
    expect(await visibleText(page.getByTestId('member-total'))).toBe(`${total} members`);
    await page.getByTestId('member-load-more').click();
    await waitForRows(page, (names) => names.length === total);
    expect(await page.getByTestId('member-load-more').count()).toBe(0);
    const usernames = await page
      .locator('[data-testid=member-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-username') ?? ''));
    expect(new Set(usernames).size).toBe(total);
    // Filtered to a search, one page holds them all.
    await page.getByTestId('member-search').fill('ya');
    await waitForRows(page, (names) => names.join() === 'maya,priya,yara');
    expect(await page.getByTestId('member-load-more').count()).toBe(0);
    await page.close();
  }, 120_000);
});

function memberNamed(members: readonly SandboxMember[], username: string): SandboxMember {
  const found = members.find((m) => m.username === username);
  if (found === undefined) throw new Error(`no sandbox member ${username}`);
  return found;
}

async function channelNamed(page: Page, name: string): Promise<ChannelSnapshot> {
  const channels = await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels');
  const found = channels.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no #${name}`);
  return found;
}

function chipNames(chips: Element[]): string[] {
  return chips.map((chip) => chip.getAttribute('data-name') ?? '');
}

function timelineEntry(page: Page, kind: string, text: string): Locator {
  return page.locator(`[data-testid=timeline-entry][data-kind=${kind}]`, { hasText: text }).first();
}

/** Waits until the usernames of the listed rows satisfy `done`. */
async function waitForRows(page: Page, done: (usernames: string[]) => boolean): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await page
      .locator('[data-testid=member-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-username') ?? ''));
    // A row list still greyed out is the previous search's.
    const stale = await page.locator('.member-list-stale').count();
    if (stale === 0 && done(seen)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`member rows never matched; last saw ${seen.join(', ')}`);
}

/** Console errors and uncaught exceptions of the page, as they happen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
