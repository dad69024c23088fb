import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { builtWebRoot } from '../webBuild.js';

/** Debian's chromium by default; GUILDHALL_CHROMIUM points elsewhere (another OS, another build). */
export const CHROMIUM = process.env.GUILDHALL_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const SKIP_REASON = `${CHROMIUM} is missing: install chromium (Debian: apt-get install -y chromium) or set GUILDHALL_CHROMIUM to run the browser test`;

/** Polling is every 2 s; a few periods is plenty on a slow machine. */
export const UI_TIMEOUT = 10_000;

/** Guildhall on the sandbox serving freshly built web sources, and a headless chromium. */
export interface BrowserHarness {
  guildhall: RunningGuildhall;
  browser: Browser;
  /** Closes the browser and Guildhall, drops the PostgreSQL schema. */
  close(): Promise<void>;
}

/**
 * Serves the dashboard built from the current web/ sources for this run (test/webBuild.ts, so a
 * test never serves a stale web/dist), starts Guildhall on the sandbox (in-memory SQLite, or a
 * fresh PostgreSQL schema) and launches Debian's chromium headless.
 * @param configText - community.yaml
 * @param schemaPrefix - PostgreSQL schema name prefix
 * @param options - Guildhall's environment (default none) and port (default a free one)
 */
export async function startBrowserHarness(
  configText: string,
  schemaPrefix: string,
  options: { env?: Record<string, string>; port?: number } = {},
): Promise<BrowserHarness> {
  // Built before the run (test/globalSetup.ts) unless its filters seemed to leave browser tests out.
  const webRoot = inject('webRoot') || (await builtWebRoot());
  const schema = testDialect === 'postgres' ? `${schemaPrefix}_${Date.now().toString(36)}` : undefined;
  const guildhall = await startGuildhall({
    configText,
    databaseUrl: testDialect === 'postgres' ? testPostgresUrl : ':memory:',
    ...(schema === undefined ? {} : { databaseSchema: schema }),
    port: options.port ?? 0,
    env: options.env ?? {},
    webRoot,
  });
  const browser = await chromium.launch({
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
  return {
    guildhall,
    browser,
    async close() {
      await browser.close();
      await guildhall.stop();
      if (schema !== undefined) await dropSchema(schema);
    },
  };
}

/**
 * Saves a screenshot: into docs/screenshots with GUILDHALL_SCREENSHOTS=1 (to refresh the
 * docs' images), else into a temp dir.
 * @param page - the page
 * @param name - file name, e.g. `sandbox.png`
 * @param fullPage - the whole scrollable page, not only the viewport
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir =
    process.env.GUILDHALL_SCREENSHOTS === '1'
      ? join(repoRoot, 'docs', 'screenshots')
      : join(tmpdir(), 'guildhall-screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name), fullPage });
}

/** Waits for the element, then returns its text. */
export async function visibleText(locator: Locator): Promise<string> {
  await locator.first().waitFor({ timeout: UI_TIMEOUT });
  return (await locator.first().innerText()).trim();
}

/** Waits until the element's text matches (the page polls every 2 s). */
export async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().innerText({ timeout: UI_TIMEOUT })).trim();
    if (pattern.test(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected text matching ${String(pattern)}, last saw "${last}"`);
}

/**
 * Opens a page signed in to the dashboard with the sandbox dev login (the login page's
 * "Sandbox dev login"), on the overview.
 * @param browser - the harness's browser
 * @param url - Guildhall's address
 * @param viewport - the page's size
 * @param name - the sandbox member to sign in as (the seeded owner, Mira, is an admin)
 */
export async function signedInPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  name = 'Mira',
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}/login`);
  await page.getByTestId('dev-login-member').selectOption({ label: name });
  await page.getByTestId('dev-login-submit').click();
  await page.getByTestId('account-name').waitFor({ timeout: UI_TIMEOUT });
  return page;
}

/**
 * Calls the API as the page's signed-in user (its cookies, and the session's CSRF token on
 * POST) and returns the JSON answer; fails the test on an error status.
 * @param page - a page from {@link signedInPage}
 * @param method - GET or POST
 * @param path - e.g. `/api/sandbox/members`
 * @param body - the JSON body of a POST
 */
export async function pageApi<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const session = (await (await page.request.get(`${origin}/api/session`)).json()) as { csrfToken: string };
  const response = await page.request.fetch(`${origin}${path}`, {
    method,
    headers: { 'x-csrf-token': session.csrfToken },
    ...(body === undefined ? {} : { data: body }),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Selects a member in the sandbox panel (the one the panel acts as). */
export async function selectMember(page: Page, username: string): Promise<void> {
  await page.locator(`[data-testid=sandbox-member][data-username=${username}]`).click();
  await page.locator(`[data-testid=member-details][data-username=${username}]`).waitFor({ timeout: UI_TIMEOUT });
}

/** Opens a channel in the sandbox panel's chat. */
export async function openChannel(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid=sandbox-channel][data-name=${name}]`).click();
  await page.locator('[data-testid=sandbox-chat] .panel-header h2', { hasText: `#${name}` }).waitFor();
}
