import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { FAKE_CLIENT, startFakeDiscordOAuth, type FakeDiscordOAuth } from '../auth/fakeDiscordOAuth.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  screenshot,
  signedInPage,
  startBrowserHarness,
  visibleText,
  type BrowserHarness,
} from './browserHarness.js';

/** Moderators and members get in (Moderator → moderator, Member → viewer); the owner is admin. */
const configText = `version: 1
community:
  name: Lighthouse Makers
dashboard:
  roles:
    admin: []
    moderator: [Moderator]
    viewer: [Member]
`;

const WIDE = { width: 1280, height: 800 };

if (!hasChromium) console.warn(`login e2e skipped: ${SKIP_REASON}`);

describe('signing in to the dashboard in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;
  let discord: FakeDiscordOAuth | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    discord = await startFakeDiscordOAuth();
    // DASHBOARD_URL is Guildhall's own address (the OAuth2 redirect), so it needs a known port.
    const port = await freePort();
    harness = await startBrowserHarness(configText, 'e2e_login', {
      port,
      env: {
        DASHBOARD_URL: `http://127.0.0.1:${port}`,
        DISCORD_CLIENT_ID: FAKE_CLIENT.id,
        DISCORD_CLIENT_SECRET: FAKE_CLIENT.secret,
        DISCORD_OAUTH_BASE_URL: discord.baseUrl,
        DISCORD_API_BASE_URL: discord.apiBaseUrl,
      },
    });
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
    await discord?.close();
  });

  it('offers Discord and the sandbox dev login, and signs in with the dev login', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await browser.newPage({ viewport: WIDE });
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/`);
    // Without a session every page sends the visitor to the login page.
    await page.getByTestId('login-page').waitFor({ timeout: UI_TIMEOUT });
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await visibleText(page.getByTestId('login-discord'))).toBe('Sign in with Discord');
    expect(await visibleText(page.getByTestId('dev-login'))).toContain('Sandbox dev login');
    await screenshot(page, 'login.png');

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${guildhall.url}/login`);
    await phone.getByTestId('login-discord').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(phone, 'login-mobile.png');
    await phone.close();

    await page.getByTestId('dev-login-member').selectOption({ label: 'Noor' });
    await page.getByTestId('dev-login-submit').click();
    expect(await visibleText(page.getByTestId('account-name'))).toBe('Noor');
    expect((await visibleText(page.getByTestId('account-role'))).toLowerCase()).toBe('moderator');
    expect(await visibleText(page.getByTestId('account'))).toMatch(/dev login/i);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('signs in through the Discord OAuth2 provider, then signs out', async (ctx) => {
    if (guildhall === undefined || browser === undefined || discord === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const noor = await sandboxMember(guildhall, 'noor');
    discord.signInAs({ id: noor.userId, username: 'noor', global_name: 'Noor N.' });
    const page = await browser.newPage({ viewport: WIDE });
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/login`);
    await page.getByTestId('login-discord').click();

    // Our /auth/login → the provider's authorize page → our /auth/callback → the overview.
    expect(await visibleText(page.getByTestId('account-name'))).toBe('Noor N.');
    expect((await visibleText(page.getByTestId('account-role'))).toLowerCase()).toBe('moderator');
    expect(await visibleText(page.getByTestId('account'))).not.toMatch(/dev login/i);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(discord.scopesAsked.at(-1)).toBe('identify');
    const session = await sessionOf(page);
    expect(session.user).toEqual({ userId: noor.userId, name: 'Noor N.', role: 'moderator', devLogin: false });

    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-page').waitFor({ timeout: UI_TIMEOUT });
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await sessionOf(page)).user).toBeNull();
    // Signed out, a page address leads to the login page, which would come back to it.
    await page.goto(`${guildhall.url}/audit`);
    await page.getByTestId('login-page').waitFor({ timeout: UI_TIMEOUT });
    expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe('/login?next=%2Faudit');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows each role only its pages: sam (viewer), noor (moderator), mira (owner)', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const url = guildhall.url;
    const sam = await signedInPage(browser, url, WIDE, 'Sam');
    expect((await visibleText(sam.getByTestId('account-role'))).toLowerCase()).toBe('viewer');
    expect(await navIds(sam)).toEqual([
      'overview',
      'members',
      'analytics',
      'onboarding',
      'events',
      'support',
      'feedback',
      'learning',
      'integrations',
      'tutorials',
      'challenges',
      'sandbox',
    ]);
    for (const path of ['/moderation', '/audit', '/config']) await expectForbidden(sam, `${url}${path}`, path);
    await sam.close();

    const noor = await signedInPage(browser, url, WIDE, 'Noor');
    expect(await navIds(noor)).toEqual([
      'overview',
      'members',
      'analytics',
      'onboarding',
      'events',
      'support',
      'feedback',
      'learning',
      'integrations',
      'tutorials',
      'challenges',
      'moderation',
      'audit',
      'sandbox',
    ]);
    await noor.goto(`${url}/audit`);
    await noor.getByTestId('audit-page').waitFor({ timeout: UI_TIMEOUT });
    await expectForbidden(noor, `${url}/config`, '/config');
    await noor.close();

    const mira = await signedInPage(browser, url, WIDE, 'Mira');
    expect((await visibleText(mira.getByTestId('account-role'))).toLowerCase()).toBe('admin');
    expect(await navIds(mira)).toEqual([
      'overview',
      'members',
      'analytics',
      'onboarding',
      'events',
      'support',
      'feedback',
      'learning',
      'integrations',
      'tutorials',
      'challenges',
      'moderation',
      'audit',
      'config',
      'sandbox',
    ]);
    await mira.close();
  }, 60_000);

  it('opens every page of the dashboard for the admin without a console error', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const url = guildhall.url;
    const sam = await sandboxMember(guildhall, 'sam');
    const page = await signedInPage(browser, url, WIDE, 'Mira');
    const errors = collectErrors(page);
    const pages: [string, string][] = [
      ['/', 'Overview'],
      ['/members', 'Members'],
      [`/members/${sam.userId}`, 'Sam'],
      ['/analytics', 'Analytics'],
      ['/onboarding', 'Onboarding'],
      ['/events', 'Events'],
      ['/events/programme', 'Programme'],
      ['/feedback', 'Feedback'],
      ['/learning', 'Learning'],
      ['/integrations', 'Integrations'],
      ['/tutorials', 'Tutorials'],
      ['/challenges', 'Challenges'],
      ['/moderation', 'Moderation'],
      ['/audit', 'Audit log'],
      ['/config', 'Config'],
      ['/sandbox', 'Sandbox'],
    ];
    for (const [path, label] of pages) {
      await page.goto(`${url}${path}`);
      await page.locator('main.content h1').first().waitFor({ timeout: UI_TIMEOUT });
      // Let the page's queries answer before judging it.
      await page.waitForLoadState('networkidle');
      for (const refusal of ['forbidden-page', 'route-error-page', 'not-found-page']) {
        expect(await page.getByTestId(refusal).count(), `${label} (${path})`).toBe(0);
      }
      expect(await page.getByTestId('error-banner').count(), `${label} (${path})`).toBe(0);
      expect(errors, `${label} (${path})`).toEqual([]);
    }
    await page.close();
  }, 90_000);
});

/** A port nobody listens on right now (Guildhall takes it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function sandboxMember(guildhall: RunningGuildhall, username: string): Promise<{ userId: string }> {
  if (!(guildhall.platform instanceof SandboxPlatform)) throw new Error('not on the sandbox');
  const found = (await guildhall.platform.listMembers()).find((m) => m.username === username);
  if (found === undefined) throw new Error(`no sandbox member ${username}`);
  return found;
}

async function sessionOf(page: Page): Promise<{ user: unknown }> {
  const origin = new URL(page.url()).origin;
  return (await (await page.request.get(`${origin}/api/session`)).json()) as { user: unknown };
}

/** The navigation's entries, in order. */
async function navIds(page: Page): Promise<string[]> {
  await page.getByTestId('nav-overview').waitFor({ timeout: UI_TIMEOUT });
  // The sandbox entry shows once the overview says which platform this is.
  await page.getByTestId('nav-sandbox').waitFor({ timeout: UI_TIMEOUT });
  return page
    .locator('nav [data-testid^="nav-"]')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('data-testid') ?? '').slice('nav-'.length)));
}

async function expectForbidden(page: Page, address: string, path: string): Promise<void> {
  await page.goto(address);
  const forbidden = page.getByTestId('forbidden-page');
  expect(await visibleText(forbidden), path).toMatch(/Not for your role/);
  expect(new URL(page.url()).pathname).toBe(path);
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
